import type { Actor } from '@scq/contracts';
import { decodeTimeIdCursor, type Database, type TimeIdPosition } from '@scq/platform-persistence';
import { MatchmakingRuleError, type ProcurementFilter, type Scenario, type ScenarioProcurement } from '@scq/registry-domain';
import type { ScenarioRepository } from '../scenario.repository.port';
import { scenarioReachFilter } from '../scenario-reach';
import type { ProcurementRepository } from './procurement.repository.port';

/** At most this many scenarios in one export: more is 422 `EXPORT_TOO_LARGE` (filter the list). */
export const MAX_SCENARIO_EXPORT_ROWS = 10_000;
const PAGE = 500;

export interface ScenarioExportRow {
  scenario: Scenario;
  procurement: ScenarioProcurement | null;
}

/** The scenarios the caller reads, filtered as the list is, with their procurement route and 首台(套) recognitions. */
export class ScenarioExportQuery {
  constructor(
    private readonly db: Database,
    private readonly scenarios: ScenarioRepository,
    private readonly procurement: ProcurementRepository,
  ) {}

  async rows(actor: Actor, filter: ProcurementFilter & { stage?: string; joint?: boolean }): Promise<ScenarioExportRow[]> {
    const reach = scenarioReachFilter(actor);
    const scenarios: Scenario[] = [];
    let after: TimeIdPosition | null = null;
    for (;;) {
      const page = await this.scenarios.list(this.db, { ...filter, reach, limit: PAGE, ...(after ? { after } : {}) });
      scenarios.push(...page.items);
      if (scenarios.length > MAX_SCENARIO_EXPORT_ROWS) {
        throw new MatchmakingRuleError(
          'conflict',
          'EXPORT_TOO_LARGE',
          `导出超过 ${MAX_SCENARIO_EXPORT_ROWS} 个场景，请先筛选 More than ${MAX_SCENARIO_EXPORT_ROWS} scenarios to export: narrow the filters first`,
        );
      }
      // The list's own cursor, as a client would pass it back.
      after = page.nextCursor ? decodeTimeIdCursor(page.nextCursor) : null;
      if (!after) break;
    }
    const records = await this.procurement.findMany(this.db, scenarios.map((s) => s.id));
    return scenarios.map((scenario) => ({ scenario, procurement: records.get(scenario.id) ?? null }));
  }
}
