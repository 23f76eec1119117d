import type { SqlExecutor } from '@scq/platform-persistence';
import { verifyAnchors, type AnchoredHead, type HistoryAnchor } from './history-anchor';
import { canonicalJson, flag, verifyChain, type ChainProblem, type EntryCheck, type HistoryFacts } from './history-chain';
import type { Actor, LifecycleCatalog } from './lifecycle-definition';
import type { HistoryEntry, LifecycleInstance, StoredSnapshot } from './lifecycle-instance';
import type { LifecycleRunner } from './lifecycle.runner';

export interface AuditReport {
  instanceId: string;
  /** Every link holds, every anchor is reached, every event was allowed, and the history replays to the stored state. */
  ok: boolean;
  /** How strong the links are: all keyed, some legacy (plain SHA-256, recomputable by anyone), or all legacy. */
  integrity: 'keyed' | 'partly-legacy' | 'legacy-unkeyed';
  rows: number;
  /** One verdict per history row. */
  entries: EntryCheck[];
  /** Problems of the chain as a whole, of rows that are gone, and of the anchors. */
  problems: ChainProblem[];
  /** The anchored heads of this instance that were checked, and the newest anchor of the schema. */
  anchors: { checked: number; latest: number | null };
  /** The history replayed through the machines reproduces the stored state. */
  replay: { ok: boolean; stage: string | null; problem?: string };
}

type Runner = Pick<LifecycleRunner, 'store' | 'catalog' | 'keys'>;

/**
 * Verifies an instance's history: the keyed links (an edited, deleted or inserted row; a downgrade to plain hashes),
 * the anchored heads (a truncated tail, a rewritten anchored row), that each recorded actor was allowed to send each
 * event under its machine version's permissions, and that the history replays to the stored state.
 */
export async function auditInstance(db: SqlExecutor, runner: Runner, instance: LifecycleInstance<unknown>): Promise<AuditReport> {
  const { store, keys } = runner;
  const history = await store.historyOf(db, instance.id);
  const anchors = await store.anchors.list(db);
  const anchored = await store.anchors.anchoredHeadsOf(db, instance.id);
  // The first anchor covers every instance there was when keyed links began: only what it covers may be legacy.
  const legacyUpTo = anchors.length === 0 ? null : (anchored.find((head) => head.anchor === 1)?.sequence ?? -1);
  const { entries, problems } = verifyChain(
    history.map(({ previousHash, hash, ...facts }) => ({ facts, previousHash, hash })),
    { hash: instance.historyHead, length: instance.historyLength },
    keys,
    legacyUpTo,
  );

  // Replayed only when the chain holds together (anchors aside: a shorter but consistent chain still replays).
  const linksHold = problems.length === 0 && entries.every((entry) => entry.verdict !== 'link-mismatch');
  checkAnchoredHeads(history, entries, anchored, problems);
  // Every anchor made since the instance began is checked in full: one that lost the heads of this instance — to hide
  // a deleted tail — no longer folds into its digest. When it began is taken from the first row only if its keyed link
  // holds (the instance's own created_at is no evidence), with an hour's grace for the clocks of other replicas.
  const began = history[0]?.keyId && entries[0].verdict === 'ok' ? new Date(history[0].occurredAt).getTime() : 0;
  const since = new Date(Math.max(0, began - 3_600_000));
  const heads = await store.anchors.headsSince(db, since);
  const headsOf = (anchor: HistoryAnchor) => (new Date(anchor.anchoredAt) >= since ? (heads.get(anchor.sequence) ?? []) : undefined);
  for (const { anchor, problem } of verifyAnchors(anchors, keys, headsOf)) problems.push({ sequence: null, code: 'anchor-invalid', problem: `锚点 #${anchor} anchor #${anchor}: ${problem}` });

  checkAuthorisation(runner.catalog, history, entries, instance.subject as Record<string, unknown>);
  const replay = linksHold ? replayHistory(runner.catalog, history, instance.snapshot) : { ok: false, stage: null, problem: '链已断开，未重放 chain broken: not replayed' };
  const legacy = entries.filter((entry) => entry.keyId === null).length;
  return {
    instanceId: instance.id,
    ok: problems.length === 0 && entries.every((entry) => entry.verdict === 'ok' || entry.verdict === 'legacy-unkeyed') && replay.ok,
    integrity: legacy === 0 ? 'keyed' : legacy === entries.length ? 'legacy-unkeyed' : 'partly-legacy',
    rows: history.length,
    entries,
    problems,
    anchors: { checked: anchored.length, latest: anchors.at(-1)?.sequence ?? null },
    replay,
  };
}

/** Each anchored (sequence, link) must still be in the chain: a deleted tail or a rewritten anchored row is found. */
function checkAnchoredHeads(history: HistoryEntry[], entries: EntryCheck[], anchored: Array<AnchoredHead & { anchor: number }>, problems: ChainProblem[]): void {
  for (const head of anchored) {
    const index = history.findIndex((entry) => entry.sequence === head.sequence);
    if (index < 0) {
      problems.push({
        sequence: head.sequence,
        code: 'anchor-missing',
        problem: `锚点 #${head.anchor} 记录的第 ${head.sequence} 条已不存在（尾部被删除） anchor #${head.anchor} recorded the chain up to row ${head.sequence}, which is gone (a deleted tail)`,
      });
    } else if (history[index].hash !== head.link) {
      flag(entries[index], 'anchor-mismatch', `与锚点 #${head.anchor} 记录的链接不符（已锚定的记录被改写） the link differs from the one anchor #${head.anchor} recorded (an anchored row was rewritten)`);
    }
  }
}

/** Each recorded event, sent by the recorded actor, must pass the permissions of its machine version against the subject as recorded. */
function checkAuthorisation(catalog: LifecycleCatalog, history: HistoryEntry[], entries: EntryCheck[], currentSubject: Record<string, unknown>): void {
  history.forEach((entry, index) => {
    if (entry.kind !== 'transition') return;
    let decision: ReturnType<ReturnType<LifecycleCatalog['get']>['authorize']>;
    try {
      decision = catalog.get(entry.machineId, entry.machineVersion).authorize(actorOf(entry.actor), entry.event.type, (entry.subject ?? currentSubject) as never);
    } catch (error) {
      decision = { allowed: false, reason: (error as Error).message };
    }
    if (decision.allowed) return;
    if (entry.subject === null) {
      // A legacy row did not record the subject: a refusal against today's subject (evaluators replaced since) proves nothing.
      entries[index].problems.push(`按当前对象无法确认授权（旧记录未保存当时的对象） authorisation not confirmed against today's subject (a legacy row did not record the subject then): ${decision.reason}`);
      return;
    }
    flag(entries[index], 'not-authorised', `记录的执行者无权发送 ${entry.event.type} the recorded actor was not allowed to send ${entry.event.type}: ${decision.reason}`);
  });
}

/** The recorded actor, as the permissions see it: events are permitted by role and unit, never by district (not recorded). */
function actorOf(actor: HistoryFacts['actor']): Actor {
  return { id: actor.id, roles: actor.roles as Actor['roles'], unit: actor.unit, organisation: actor.organisation ?? null, district: null };
}

function replayHistory(catalog: LifecycleCatalog, history: HistoryEntry[], expected: StoredSnapshot): AuditReport['replay'] {
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
        if (!step) throw new Error(`第 ${entry.sequence} 条重放时不被接受 row ${entry.sequence}: ${entry.event.type} is not accepted on replay`);
        ({ snapshot, stage } = step);
      }
      if (stage !== entry.to) throw new Error(`第 ${entry.sequence} 条重放到 ${stage}，记录为 ${entry.to} row ${entry.sequence} replays to ${stage}, recorded ${entry.to}`);
    }
    if (!snapshot) throw new Error('empty history');
    const stage = history[history.length - 1].to;
    const ok = canonicalJson(snapshot) === canonicalJson(expected);
    return ok ? { ok, stage } : { ok, stage, problem: '重放结果与存储状态不符 replayed state differs from the stored snapshot' };
  } catch (error) {
    return { ok: false, stage: null, problem: (error as Error).message };
  }
}
