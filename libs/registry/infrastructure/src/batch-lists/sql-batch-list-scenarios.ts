import type { SqlExecutor } from '@scq/platform-persistence';
import type { BatchListScenarios } from '@scq/registry-application';
import type { Scenario } from '@scq/registry-domain';
import { SCENARIO_COLUMNS, toScenario, type ScenarioRow } from '../sql-scenario.repository';

/** The registry's scenarios by id, in one statement whatever their number. */
export class SqlBatchListScenarios implements BatchListScenarios {
  async findMany(db: SqlExecutor, ids: readonly string[]): Promise<Scenario[]> {
    if (ids.length === 0) return [];
    const { rows } = await db.query<ScenarioRow>(`SELECT ${SCENARIO_COLUMNS} FROM registry.scenario WHERE id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))`, [JSON.stringify(ids)]);
    return rows.map(toScenario);
  }
}
