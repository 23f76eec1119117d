import type { Actor } from '@scq/contracts';
import { decodeTimeIdCursor, type Database, type TimeIdPosition } from '@scq/platform-persistence';
import { MatchmakingRuleError, type ProcurementFilter, type Scenario, type ScenarioProcurement, type ScenarioSearchQuery } from '@scq/registry-domain';
import type { ScenarioRepository } from '../scenario.repository.port';
import { scenarioReachFilter } from '../scenario-reach';
import type { ProcurementRepository } from './procurement.repository.port';
import type { SearchScenariosHandler } from '../search/search-scenarios.handler';

/** At most this many scenarios in one export: more is 409 `EXPORT_TOO_LARGE` (filter the list). */
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

  /** The hits of a search (the board's text and filters), in its order, over what the caller reads. */
  async rowsOfSearch(actor: Actor, search: SearchScenariosHandler, query: Omit<ScenarioSearchQuery, 'limit' | 'after'>): Promise<ScenarioExportRow[]> {
    const ids: string[] = [];
    let after: string | undefined;
    do {
      const page = await search.execute(this.db, { ...query, limit: 100, ...(after ? { after } : {}) }, scenarioReachFilter(actor));
      ids.push(...page.items.map((hit) => hit.id));
      if (ids.length > MAX_SCENARIO_EXPORT_ROWS) throw tooLarge();
      after = page.nextCursor ?? undefined;
    } while (after);
    const byId = new Map<string, Scenario>();
    for (let i = 0; i < ids.length; i += PAGE) {
      const chunk = ids.slice(i, i + PAGE);
      for (const scenario of (await this.scenarios.list(this.db, { ids: chunk, limit: PAGE })).items) byId.set(scenario.id, scenario);
    }
    const scenarios = ids.flatMap((id) => byId.get(id) ?? []);
    const records = await this.procurement.findMany(this.db, scenarios.map((s) => s.id));
    return scenarios.map((scenario) => ({ scenario, procurement: records.get(scenario.id) ?? null }));
  }

  async rows(actor: Actor, filter: ProcurementFilter & { stage?: string; joint?: boolean }): Promise<ScenarioExportRow[]> {
    const reach = scenarioReachFilter(actor);
    const scenarios: Scenario[] = [];
    let after: TimeIdPosition | null = null;
    for (;;) {
      const page = await this.scenarios.list(this.db, { ...filter, reach, limit: PAGE, ...(after ? { after } : {}) });
      scenarios.push(...page.items);
      if (scenarios.length > MAX_SCENARIO_EXPORT_ROWS) throw tooLarge();
      // The list's own cursor, as a client would pass it back.
      after = page.nextCursor ? decodeTimeIdCursor(page.nextCursor) : null;
      if (!after) break;
    }
    const records = await this.procurement.findMany(this.db, scenarios.map((s) => s.id));
    return scenarios.map((scenario) => ({ scenario, procurement: records.get(scenario.id) ?? null }));
  }
}

function tooLarge(): MatchmakingRuleError {
  return new MatchmakingRuleError('conflict', 'EXPORT_TOO_LARGE', `导出超过 ${MAX_SCENARIO_EXPORT_ROWS} 个场景，请先筛选 More than ${MAX_SCENARIO_EXPORT_ROWS} scenarios to export: narrow the filters first`);
}
