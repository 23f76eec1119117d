import { initialTransition, transition } from 'xstate';
import type { SqlExecutor } from '@scq/platform-persistence';
import { verifyChain, type ChainProblem } from './history-chain';
import type { LifecycleCatalog } from './lifecycle-definition';
import type { LifecycleInstance, StoredSnapshot } from './lifecycle-instance';
import { resolve, toStored } from './lifecycle.runner';
import { stageOf } from './stage';
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
      if (entry.kind === 'start') {
        snapshot = toStored(initialTransition(definition.machine, entry.event.input as never)[0]);
      } else if (entry.kind === 'migration') {
        snapshot = entry.event.snapshot as StoredSnapshot;
      } else {
        if (!snapshot) throw new Error('history does not begin with start');
        snapshot = toStored(transition(definition.machine, resolve(definition.machine, snapshot) as never, entry.event as never)[0]);
      }
      if (stageOf(snapshot.value) !== entry.to) throw new Error(`row ${entry.sequence} replays to ${stageOf(snapshot.value)}, recorded ${entry.to}`);
    }
    if (!snapshot) throw new Error('empty history');
    const ok = JSON.stringify(snapshot) === JSON.stringify(expected);
    return ok ? { ok, stage: stageOf(snapshot.value) } : { ok, stage: stageOf(snapshot.value), problem: '重放结果与存储状态不符 replayed state differs from the stored snapshot' };
  } catch (error) {
    return { ok: false, stage: null, problem: (error as Error).message };
  }
}
