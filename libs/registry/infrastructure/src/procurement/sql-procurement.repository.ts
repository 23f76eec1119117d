import type { SqlExecutor } from '@scq/platform-persistence';
import type { ProcurementRepository } from '@scq/registry-application';
import type { FirstSetRecognition, ProcurementFilter, ProcurementMethod, ProcurementRoute, ScenarioProcurement } from '@scq/registry-domain';

interface ProcurementRow {
  scenario_id: string;
  route: ProcurementRoute;
  method: ProcurementMethod | null;
  note: string | null;
  first_set_recognitions: FirstSetRecognition[];
  updated_by: string;
  updated_at: Date;
}

const COLUMNS = 'scenario_id, route, method, note, first_set_recognitions, updated_by, updated_at';

export class SqlProcurementRepository implements ProcurementRepository {
  async save(tx: SqlExecutor, p: ScenarioProcurement): Promise<void> {
    await tx.query(
      `INSERT INTO registry.scenario_procurement (scenario_id, route, method, note, first_set_recognitions, first_set, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)
       ON CONFLICT (scenario_id) DO UPDATE SET route = EXCLUDED.route, method = EXCLUDED.method, note = EXCLUDED.note,
         first_set_recognitions = EXCLUDED.first_set_recognitions, first_set = EXCLUDED.first_set, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [p.scenarioId, p.route, p.method, p.note, JSON.stringify(p.firstSetRecognitions), p.firstSetRecognitions.length > 0, p.updatedBy, p.updatedAt],
    );
  }

  async find(db: SqlExecutor, scenarioId: string): Promise<ScenarioProcurement | null> {
    const { rows } = await db.query<ProcurementRow>(`SELECT ${COLUMNS} FROM registry.scenario_procurement WHERE scenario_id = $1`, [scenarioId]);
    return rows[0] ? toProcurement(rows[0]) : null;
  }

  async findMany(db: SqlExecutor, scenarioIds: readonly string[]): Promise<Map<string, ScenarioProcurement>> {
    if (scenarioIds.length === 0) return new Map();
    const { rows } = await db.query<ProcurementRow>(`SELECT ${COLUMNS} FROM registry.scenario_procurement WHERE scenario_id = ANY($1::uuid[])`, [[...scenarioIds]]);
    return new Map(rows.map((row) => [row.scenario_id, toProcurement(row)]));
  }
}

/** The list's and search's procurement filters on the scenario table aliased `t` (`param` adds a cast parameter). */
export function procurementConditions(filter: ProcurementFilter, t: string, param: (value: unknown, cast: string) => string): string[] {
  const where: string[] = [];
  const record = (condition: string) => `EXISTS (SELECT 1 FROM registry.scenario_procurement p WHERE p.scenario_id = ${t}.id AND ${condition})`;
  if (filter.procurementRoute) where.push(record(`p.route = ${param(filter.procurementRoute, 'text')}`));
  if (filter.procurementMethod) where.push(record(`p.method = ${param(filter.procurementMethod, 'text')}`));
  if (filter.firstSet === true) where.push(record('p.first_set'));
  if (filter.firstSet === false) where.push(`NOT ${record('p.first_set')}`);
  return where;
}

function toProcurement(row: ProcurementRow): ScenarioProcurement {
  return {
    scenarioId: row.scenario_id,
    route: row.route,
    method: row.method,
    note: row.note,
    firstSetRecognitions: typeof row.first_set_recognitions === 'string' ? JSON.parse(row.first_set_recognitions) : row.first_set_recognitions,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}
