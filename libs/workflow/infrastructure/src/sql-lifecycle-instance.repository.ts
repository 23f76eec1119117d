import type { SqlExecutor } from '@scq/platform-persistence';
import type { HistoryEntry, LifecycleInstance, LifecycleInstanceRepository, TransitionRecord } from '@scq/workflow-application';
import type { StoredSnapshot } from '@scq/workflow-domain';

interface InstanceRow {
  id: string;
  scenario_id: string;
  machine_id: string;
  machine_version: number;
  stage: string;
  snapshot: StoredSnapshot;
  version: number;
}

interface HistoryRow {
  instance_id: string;
  sequence: number;
  machine_id: string;
  machine_version: number;
  from_stage: string | null;
  to_stage: string;
  event: string;
  actor: string | null;
  reason: string | null;
  correlation_id: string;
  occurred_at: Date;
}

export class SqlLifecycleInstanceRepository implements LifecycleInstanceRepository {
  async findByScenario(db: SqlExecutor, scenarioId: string): Promise<LifecycleInstance | null> {
    const { rows } = await db.query<InstanceRow>('SELECT * FROM workflow.lifecycle_instance WHERE scenario_id = $1', [scenarioId]);
    return rows[0] ? toInstance(rows[0]) : null;
  }

  async insert(tx: SqlExecutor, instance: LifecycleInstance): Promise<boolean> {
    const { rowCount } = await tx.query(
      `INSERT INTO workflow.lifecycle_instance (id, scenario_id, machine_id, machine_version, stage, snapshot, version)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) ON CONFLICT (scenario_id) DO NOTHING`,
      [instance.id, instance.scenarioId, instance.machineId, instance.machineVersion, instance.stage, JSON.stringify(instance.snapshot), instance.version],
    );
    return rowCount === 1;
  }

  async updateIfVersion(tx: SqlExecutor, instance: LifecycleInstance, expectedVersion: number): Promise<boolean> {
    const { rowCount } = await tx.query(
      `UPDATE workflow.lifecycle_instance SET stage = $2, snapshot = $3::jsonb, version = $4, updated_at = now()
       WHERE id = $1 AND version = $5`,
      [instance.id, instance.stage, JSON.stringify(instance.snapshot), instance.version, expectedVersion],
    );
    return rowCount === 1;
  }

  async appendHistory(tx: SqlExecutor, record: TransitionRecord): Promise<number> {
    const { rows } = await tx.query<{ sequence: number }>(
      `INSERT INTO workflow.transition_history (instance_id, sequence, machine_id, machine_version, from_stage, to_stage, event, actor, reason, correlation_id)
       SELECT $1, COALESCE(MAX(sequence) + 1, 0), $2, $3, $4, $5, $6, $7, $8, $9 FROM workflow.transition_history WHERE instance_id = $1
       RETURNING sequence`,
      [record.instanceId, record.machineId, record.machineVersion, record.from, record.to, record.event, record.actor, record.reason, record.correlationId],
    );
    return rows[0].sequence;
  }

  async history(db: SqlExecutor, instanceId: string): Promise<HistoryEntry[]> {
    const { rows } = await db.query<HistoryRow>('SELECT * FROM workflow.transition_history WHERE instance_id = $1 ORDER BY sequence', [instanceId]);
    return rows.map((row) => ({
      instanceId: row.instance_id,
      sequence: row.sequence,
      machineId: row.machine_id,
      machineVersion: row.machine_version,
      from: row.from_stage,
      to: row.to_stage,
      event: row.event,
      actor: row.actor,
      reason: row.reason,
      correlationId: row.correlation_id,
      occurredAt: row.occurred_at,
    }));
  }
}

function toInstance(row: InstanceRow): LifecycleInstance {
  return { id: row.id, scenarioId: row.scenario_id, machineId: row.machine_id, machineVersion: row.machine_version, stage: row.stage, snapshot: row.snapshot, version: row.version };
}
