import type { SqlExecutor } from '@scq/platform-persistence';
import type { StoredSnapshot } from '@scq/workflow-domain';

export interface LifecycleInstance {
  id: string;
  scenarioId: string;
  machineId: string;
  machineVersion: number;
  stage: string;
  snapshot: StoredSnapshot;
  /** Optimistic-concurrency version: every transition is `UPDATE … WHERE version = $expected`. */
  version: number;
}

export interface TransitionRecord {
  instanceId: string;
  machineId: string;
  machineVersion: number;
  from: string | null;
  to: string;
  event: string;
  actor: string | null;
  reason: string | null;
  correlationId: string;
}

export interface HistoryEntry extends TransitionRecord {
  sequence: number;
  occurredAt: Date;
}

export interface LifecycleInstanceRepository {
  findByScenario(db: SqlExecutor, scenarioId: string): Promise<LifecycleInstance | null>;
  /** False when the scenario already has an instance (a redelivered start). */
  insert(tx: SqlExecutor, instance: LifecycleInstance): Promise<boolean>;
  /** False when another transition won the race (the stored version moved on). */
  updateIfVersion(tx: SqlExecutor, instance: LifecycleInstance, expectedVersion: number): Promise<boolean>;
  /** Appends to the history; returns the entry's sequence number within the instance. */
  appendHistory(tx: SqlExecutor, record: TransitionRecord): Promise<number>;
  history(db: SqlExecutor, instanceId: string): Promise<HistoryEntry[]>;
}

export const LIFECYCLE_INSTANCE_REPOSITORY = Symbol('LIFECYCLE_INSTANCE_REPOSITORY');
