import type { HistoryFacts } from './history-chain';

/**
 * What the engine persists of a machine's state: the state value, the context, and the states remembered
 * by history nodes (as ids) once such a state was left — never actor refs.
 */
export interface StoredSnapshot {
  value: unknown;
  context: Record<string, unknown>;
  historyValue?: Record<string, Array<{ id: string }>>;
}

export interface LifecycleInstance<Subject = Record<string, unknown>> {
  id: string;
  machineId: string;
  machineVersion: number;
  /** The thing the lifecycle is about (a scenario id, an application id, …); unique per machine. */
  subjectId: string;
  /** What authorisation and listing need to know about it (domain, responsible units, owner, district, …). */
  subject: Subject;
  stage: string;
  snapshot: StoredSnapshot;
  /** Optimistic-concurrency version: a transition is `UPDATE … WHERE version = $expected`. */
  version: number;
  historyLength: number;
  historyHead: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface HistoryEntry extends HistoryFacts {
  previousHash: string;
  hash: string;
}
