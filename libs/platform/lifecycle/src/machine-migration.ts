import type { SqlExecutor } from '@scq/platform-persistence';
import type { Actor, LifecycleCatalog } from './lifecycle-definition';
import { LifecycleError } from './lifecycle.errors';
import type { LifecycleInstance, StoredSnapshot } from './lifecycle-instance';
import { actorFacts, chainEntry, type LifecycleRunner } from './lifecycle.runner';
import type { SqlLifecycleStore } from './sql-lifecycle.store';

/** How instances move from one version of a machine to the next: a pure mapping of stored snapshots. */
export interface MachineMigration {
  machineId: string;
  fromVersion: number;
  toVersion: number;
  /** Defaults to keeping the state value and context as they are. */
  mapSnapshot?: (snapshot: StoredSnapshot) => StoredSnapshot;
}

export interface MigrationStep {
  instanceId: string;
  subjectId: string;
  from: { version: number; stage: string };
  to: { version: number; stage: string } | null;
  problem?: string;
}

/** The dry run: which instances move from which state to which, and which cannot (with why). Changes nothing. */
export async function planMigration(db: SqlExecutor, store: SqlLifecycleStore, catalog: LifecycleCatalog, migration: MachineMigration): Promise<MigrationStep[]> {
  const target = catalog.get(migration.machineId, migration.toVersion);
  const instances = await store.instancesOf(db, migration.machineId, migration.fromVersion);
  return instances.map((instance) => {
    const from = { version: instance.machineVersion, stage: instance.stage };
    try {
      const mapped = (migration.mapSnapshot ?? ((s) => s))(instance.snapshot);
      return { instanceId: instance.id, subjectId: instance.subjectId, from, to: { version: target.version, stage: target.stageOf(mapped) } };
    } catch (error) {
      return { instanceId: instance.id, subjectId: instance.subjectId, from, to: null, problem: (error as Error).message };
    }
  });
}

/**
 * Applies a migration: every instance still on the old version moves (version-checked), and each move is a
 * `migration` row in its history. Refuses to run if any instance cannot be mapped.
 */
export async function applyMigration(tx: SqlExecutor, runner: Pick<LifecycleRunner, 'store' | 'catalog' | 'keys'>, migration: MachineMigration, actor: Actor, correlationId: string): Promise<MigrationStep[]> {
  const { store, catalog } = runner;
  const plan = await planMigration(tx, store, catalog, migration);
  const blocked = plan.filter((step) => !step.to);
  if (blocked.length > 0) throw new LifecycleError('MIGRATION_INVALID', `${blocked.length} 个实例无法迁移 instances cannot be migrated: ${blocked.map((s) => `${s.instanceId} (${s.problem})`).join('; ')}`);
  const target = catalog.get(migration.machineId, migration.toVersion);
  for (const step of plan) {
    const instance = (await store.find(tx, step.instanceId, true)) as LifecycleInstance<unknown>;
    const snapshot = JSON.parse(JSON.stringify((migration.mapSnapshot ?? ((s) => s))(instance.snapshot))) as StoredSnapshot;
    const now = new Date();
    const entry = chainEntry(runner.keys, instance.historyHead, {
      instanceId: instance.id,
      sequence: instance.historyLength,
      kind: 'migration',
      machineId: instance.machineId,
      machineVersion: target.version,
      from: instance.stage,
      to: target.stageOf(snapshot),
      event: { type: 'migrate', fromVersion: migration.fromVersion, toVersion: migration.toVersion, snapshot },
      actor: actorFacts(actor),
      reason: `机器版本迁移 machine migration ${migration.machineId} v${migration.fromVersion} → v${migration.toVersion}`,
      correlationId,
      occurredAt: now.toISOString(),
      subject: instance.subject as Record<string, unknown>,
    });
    const moved = { ...instance, machineVersion: target.version, stage: entry.to, snapshot, version: instance.version + 1, historyLength: instance.historyLength + 1, historyHead: entry.hash, updatedAt: now };
    if (!(await store.recordTransition(tx, moved, instance.version, entry))) throw new LifecycleError('CONCURRENT_TRANSITION', `instance ${instance.id} changed during migration`);
  }
  return plan;
}
