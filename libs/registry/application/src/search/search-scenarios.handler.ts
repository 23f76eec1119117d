import { pageOf, type Database } from '@scq/platform-persistence';
import { beijingYearStart, parseTextQuery, type ScenarioSearchQuery, type TextQuery } from '@scq/registry-domain';
import { domainsForUnit, findUnit, taxonomyVersions } from '@scq/taxonomy';
import type { ScenarioSearchCriteria, ScenarioSearchIndex, SearchHit, StageCount } from './scenario-search.port';
import { decodeSearchCursor, encodeSearchCursor, queryFingerprint } from './search-cursor';
import { SearchRequestRefused } from './search.errors';
import type { ScenarioReachFilter } from '../scenario-reach';

export interface ScenarioSearchResult {
  items: Array<Omit<SearchHit, 'position'>>;
  /** Pass back as `after` for the next page; null on the last page. */
  nextCursor: string | null;
  /** How the query text was understood (phrases of bigrams, prefixes). */
  terms: TextQuery['terms'];
}

/**
 * Full-text search over Chinese and English with filters: title matches first, then matches in the
 * description or tags, newest first within each, paged by an opaque keyset cursor: rows that exist for the
 * whole walk are seen exactly once, however many are added meanwhile (a new row lands at its own place in
 * the order; pages already shown do not move).
 */
export class SearchScenariosHandler {
  constructor(private readonly index: ScenarioSearchIndex) {}

  async execute(db: Database, query: ScenarioSearchQuery, reach: ScenarioReachFilter | null = null): Promise<ScenarioSearchResult> {
    const text = parseTextQuery(query.q);
    const criteria = criteriaOf(query, text);
    const fingerprint = queryFingerprint(criteria);
    if (reach) criteria.reach = reach;
    let after: ScenarioSearchCriteria['after'];
    if (query.after) {
      const decoded = decodeSearchCursor(query.after);
      if (!decoded.ok) throw new SearchRequestRefused('invalid-cursor', '无效的分页游标 invalid cursor: pass back nextCursor unchanged', 'after');
      if (decoded.fingerprint !== fingerprint) {
        throw new SearchRequestRefused('cursor-mismatch', '分页游标属于另一组查询条件 the cursor belongs to a different query: keep q and the filters unchanged while paging', 'after');
      }
      after = decoded.position;
    }
    const hits = await this.index.search(db, { ...criteria, limit: query.limit, ...(after ? { after } : {}) });
    const page = pageOf(hits, query.limit, (last) => encodeSearchCursor(last.position, fingerprint));
    return { items: page.items.map(({ position: _position, ...hit }) => hit), nextCursor: page.nextCursor, terms: text.terms };
  }

  /**
   * How many scenarios of the same search (text and filters, what the caller reads) are in each stage: the board's
   * column counts, without reading the scenarios. A scenario the workflow has not started yet has stage null.
   */
  async stageCounts(db: Database, query: Omit<ScenarioSearchQuery, 'limit' | 'after'>, reach: ScenarioReachFilter | null = null): Promise<{ total: number; byStage: StageCount[] }> {
    const criteria = criteriaOf(query, parseTextQuery(query.q));
    const byStage = await this.index.stageCounts(db, reach ? { ...criteria, reach } : criteria);
    return { total: byStage.reduce((sum, row) => sum + row.count, 0), byStage };
  }
}

function criteriaOf(query: Omit<ScenarioSearchQuery, 'limit' | 'after'>, text: TextQuery): Omit<ScenarioSearchCriteria, 'limit' | 'after'> {
  return {
    tsquery: text.tsquery,
    ...(query.aspect ? { aspectCode: query.aspect } : {}),
    ...(query.domain ? { domainCode: query.domain } : {}),
    ...(query.unit ? { unit: resolveUnit(query.unit) } : {}),
    ...(query.district ? { district: query.district } : {}),
    ...(query.stage ? { stage: query.stage } : {}),
    ...(query.tier ? { tier: query.tier } : {}),
    ...(query.joint !== undefined ? { joint: query.joint } : {}),
    ...(query.procurementRoute ? { procurementRoute: query.procurementRoute } : {}),
    ...(query.procurementMethod ? { procurementMethod: query.procurementMethod } : {}),
    ...(query.firstSet !== undefined ? { firstSet: query.firstSet } : {}),
    ...(query.ids ? { ids: [...new Set(query.ids.map((id) => id.toLowerCase()))].sort() } : {}),
    ...(query.sort === 'oldest' ? { sort: 'oldest' as const } : {}),
    ...(query.year !== undefined ? { registeredFrom: beijingYearStart(query.year), registeredBefore: beijingYearStart(query.year + 1) } : {}),
  };
}

/**
 * A unit filter covers what the unit owns (by any of its names) and what it is responsible for: the domains
 * the taxonomy names it for, per version (a scenario keeps the version it was filed under). A unit the
 * taxonomy does not know (a district, an enterprise) matches by owner only.
 */
export function resolveUnit(ref: string): NonNullable<ScenarioSearchCriteria['unit']> {
  const ownerNames = new Set<string>([ref]);
  const domains: Array<{ taxonomyVersion: string; domainCode: string }> = [];
  for (const version of taxonomyVersions()) {
    const unit = findUnit(version, ref);
    if (!unit) continue;
    ownerNames.add(unit.zhName);
    ownerNames.add(unit.code);
    for (const alias of unit.aliases ?? []) ownerNames.add(alias);
    for (const d of domainsForUnit(version, unit)) domains.push({ taxonomyVersion: version, domainCode: d.code });
  }
  return { ownerNames: [...ownerNames].sort(), domains };
}
