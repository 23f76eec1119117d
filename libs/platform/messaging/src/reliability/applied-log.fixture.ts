import type { EventDataOf, EventEnvelope } from '@scq/contracts';
import { quoteIdentifier, type SqlExecutor } from '@scq/platform-persistence';

/**
 * The side effect the reliability tests count: one row per application of an event, deliberately NOT
 * unique on the event id, so an event applied twice shows up as two rows. `n` records the order in
 * which the rows were written; `applied_by` the process that wrote them.
 */
export type ScenarioRegistered = EventDataOf<'registry.scenario.v1', 'registry.scenario.registered'>;

export interface AppliedRow {
  n: string;
  event_id: string;
  scenario_id: string;
  seq: number;
  applied_by: number;
}

/** Valid `registry.scenario.registered` data; `seq` (the publish order within the scenario) rides in the English title. */
export function scenarioRegistered(scenarioId: string, seq: number, zh = `可靠性演练场景 第${seq}号`): ScenarioRegistered {
  return {
    scenarioId,
    title: { zh, en: `seq:${seq}` },
    domainCode: 'smart-logistics',
    ownerUnit: '市发展改革委',
    taxonomyVersion: '2028-final',
    registeredAt: new Date().toISOString(),
  };
}

export function seqOf(data: ScenarioRegistered): number {
  const match = /^seq:(\d+)$/.exec(data.title.en ?? '');
  if (!match) throw new Error(`no sequence number in the title of scenario ${data.scenarioId}`);
  return Number(match[1]);
}

export async function createAppliedTable(db: SqlExecutor, schema: string): Promise<void> {
  await db.query(
    `CREATE TABLE IF NOT EXISTS ${quoteIdentifier(schema)}.applied (
       n bigserial PRIMARY KEY,
       event_id text NOT NULL,
       scenario_id text NOT NULL,
       seq int NOT NULL,
       applied_by int NOT NULL
     )`,
  );
}

/** Applies an event: meant to run in the consumer's transaction, beside its inbox row. */
export async function recordApplied(tx: SqlExecutor, schema: string, event: EventEnvelope<ScenarioRegistered>, appliedBy: number): Promise<void> {
  await tx.query(`INSERT INTO ${quoteIdentifier(schema)}.applied (event_id, scenario_id, seq, applied_by) VALUES ($1, $2, $3, $4)`, [
    event.id,
    event.data.scenarioId,
    seqOf(event.data),
    appliedBy,
  ]);
}

export async function appliedRows(db: SqlExecutor, schema: string): Promise<AppliedRow[]> {
  const { rows } = await db.query<AppliedRow>(`SELECT a.n::text AS n, a.event_id, a.scenario_id, a.seq, a.applied_by FROM ${quoteIdentifier(schema)}.applied a ORDER BY a.n`);
  return rows;
}

export async function appliedCounts(db: SqlExecutor, schema: string): Promise<{ total: number; distinct: number }> {
  const { rows } = await db.query<{ total: number; distinct: number }>(
    `SELECT count(*)::int AS total, count(DISTINCT event_id)::int AS distinct FROM ${quoteIdentifier(schema)}.applied`,
  );
  return rows[0];
}
