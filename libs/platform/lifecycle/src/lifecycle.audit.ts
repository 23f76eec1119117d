import type { SqlExecutor } from '@scq/platform-persistence';
import { canonicalJson, verifyChain, type ChainProblem } from './history-chain';
import type { LifecycleCatalog } from './lifecycle-definition';
import type { LifecycleInstance, StoredSnapshot } from './lifecycle-instance';
import type { SqlLifecycleStore } from './sql-lifecycle.store';

export interface AuditReport {
  instanceId: string;
  ok: boolean;
  rows: number;
  problems: ChainProblem[];
  /** The history replayed through the machines reproduces the stored state. */
  replay: { ok: boolean; stage: string | null; problem?: string };
}

/** Verifies an instance's history: the hash chain (tampered, deleted or truncated rows) and that it replays. */
export async function auditInstance(db: SqlExecutor, store: SqlLifecycleStore, catalog: LifecycleCatalog, instance: LifecycleInstance<unknown>): Promise<AuditReport> {
  const history = await store.historyOf(db, instance.id);
  const problems = verifyChain(
    history.map(({ previousHash, hash, ...facts }) => ({ facts, previousHash, hash })),
    { hash: instance.historyHead, length: instance.historyLength },
  );
  const replay = problems.length === 0 ? replayHistory(catalog, history, instance.snapshot) : { ok: false, stage: null, problem: 'chain broken: not replayed' };
  return { instanceId: instance.id, ok: problems.length === 0 && replay.ok, rows: history.length, problems, replay };
}

function replayHistory(catalog: LifecycleCatalog, history: Awaited<ReturnType<SqlLifecycleStore['historyOf']>>, expected: StoredSnapshot): AuditReport['replay'] {
  try {
    let snapshot: StoredSnapshot | null = null;
    for (const entry of history) {
      const definition = catalog.get(entry.machineId, entry.machineVersion);
      let stage: string;
      if (entry.kind === 'start') {
        ({ snapshot, stage } = definition.start(entry.event.input as Record<string, unknown>));
      } else if (entry.kind === 'migration') {
        snapshot = entry.event.snapshot as StoredSnapshot;
        stage = definition.stageOf(snapshot);
      } else {
        if (!snapshot) throw new Error('history does not begin with start');
        const step = definition.step(snapshot, entry.event);
        if (!step) throw new Error(`row ${entry.sequence}: ${entry.event.type} is not accepted on replay`);
        ({ snapshot, stage } = step);
      }
      if (stage !== entry.to) throw new Error(`row ${entry.sequence} replays to ${stage}, recorded ${entry.to}`);
    }
    if (!snapshot) throw new Error('empty history');
    const stage = history[history.length - 1].to;
    const ok = canonicalJson(snapshot) === canonicalJson(expected);
    return ok ? { ok, stage } : { ok, stage, problem: '重放结果与存储状态不符 replayed state differs from the stored snapshot' };
  } catch (error) {
    return { ok: false, stage: null, problem: (error as Error).message };
  }
}
