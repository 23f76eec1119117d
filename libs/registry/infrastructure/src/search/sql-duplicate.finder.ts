import type { SqlExecutor } from '@scq/platform-persistence';
import type { DuplicateFinder, NearDuplicate } from '@scq/registry-application';
import {
  anyOfQuery,
  DUPLICATE_THRESHOLD,
  duplicatePriority,
  GENERIC_SHINGLES,
  prepareScenarioText,
  scenarioSimilarity,
  type ScenarioRegistration,
} from '@scq/registry-domain';

interface CandidateRow {
  id: string;
  title_zh: string;
  title_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  domain_code: string;
  district: string | null;
  owner_unit: string;
}

const NO_ID = '00000000-0000-0000-0000-000000000000';
/**
 * A second filing shares at least this share of the draft's distinctive title bigrams (the 5th percentile on
 * the labelled set is 0.33). By the pigeonhole principle such a title contains at least one of the draft's
 * n − ⌈share·n⌉ + 1 RAREST bigrams, so only those are looked up: the most common ones, which match the most
 * rows and say the least, are left out without losing a candidate above that share.
 */
const MIN_SHARED_SHARE = 0.3;
/** How long PostgreSQL's bigram frequencies (pg_stats of the title vector) are reused. */
const STATISTICS_TTL_MS = 5 * 60_000;
/** Candidates fetched: the best title matches overall, and the best in the draft's own domain. */
const OVERALL_CANDIDATES = 60;
const SAME_DOMAIN_CANDIDATES = 40;

/**
 * 避免重复建设 on registration: candidates from the title index of the narrow projection
 * (`scenario_search.title`, character bigrams) — titles holding one of the draft's rarest distinctive bigrams
 * (generic ones such as 场景/平台/智慧 are never used), the 60 sharing the most of its bigrams overall and the 40
 * in its own domain — then scored by the pure `scenarioSimilarity` and kept at or above DUPLICATE_THRESHOLD,
 * same domain and district first.
 */
export class SqlDuplicateFinder implements DuplicateFinder {
  private frequencies: { at: number; of: Map<string, number> } | null = null;

  constructor(private readonly threshold = DUPLICATE_THRESHOLD) {}

  async findNearDuplicates(db: SqlExecutor, draft: ScenarioRegistration, options: { limit?: number; excludeId?: string } = {}): Promise<NearDuplicate[]> {
    const prepared = prepareScenarioText(draft);
    const distinctive = [...prepared.title].filter((feature) => !GENERIC_SHINGLES.has(feature));
    const features = distinctive.length > 0 ? distinctive : [...prepared.title];
    // Match on the rarest bigrams (few rows), rank by all of them (how much of the title is shared).
    const query = anyOfQuery(await this.rarest(db, features));
    const rank = anyOfQuery(features);
    if (!query || !rank) return [];
    // Candidates are chosen in the narrow projection (title vector, domain), then read in full.
    const match = 't.title @@ $1::tsquery AND t.id <> $2::uuid';
    const order = 'ORDER BY ts_rank(t.title, $4::tsquery) DESC, t.registered_at DESC, t.id DESC';
    const { rows } = await db.query<CandidateRow>(
      `WITH candidate AS (
         (SELECT t.id FROM registry.scenario_search t WHERE ${match} ${order} LIMIT ${OVERALL_CANDIDATES})
         UNION
         (SELECT t.id FROM registry.scenario_search t WHERE ${match} AND t.domain_code = $3::text ${order} LIMIT ${SAME_DOMAIN_CANDIDATES}))
       SELECT s.id, s.title_zh, s.title_en, s.description_zh, s.description_en, s.domain_code, s.district, s.owner_unit
         FROM registry.scenario s JOIN candidate ON candidate.id = s.id`,
      [query, options.excludeId ?? NO_ID, draft.domainCode, rank],
    );
    const seen = new Set<string>();
    const found: NearDuplicate[] = [];
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const similarity = scenarioSimilarity(
        prepared,
        prepareScenarioText({
          title: { zh: row.title_zh, en: row.title_en },
          description: { zh: row.description_zh, en: row.description_en },
          domainCode: row.domain_code,
          district: row.district,
          ownerUnit: row.owner_unit,
        }),
      );
      if (similarity.score < this.threshold) continue;
      found.push({
        scenarioId: row.id,
        score: similarity.score,
        title: { zh: row.title_zh, ...(row.title_en ? { en: row.title_en } : {}) },
        domainCode: row.domain_code,
        district: row.district,
        sameDomain: similarity.sameDomain,
        sameDistrict: similarity.sameDistrict,
      });
    }
    found.sort((a, b) => duplicatePriority(a) - duplicatePriority(b) || b.score - a.score || a.scenarioId.localeCompare(b.scenarioId));
    return found.slice(0, options.limit ?? 10);
  }

  /** The draft's rarest bigrams, enough of them that every title sharing MIN_SHARED_SHARE of them contains one. */
  private async rarest(db: SqlExecutor, features: string[]): Promise<string[]> {
    const keep = features.length - Math.ceil(MIN_SHARED_SHARE * features.length) + 1;
    if (keep >= features.length) return features;
    const frequency = await this.frequencyOf(db);
    return [...features].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || a.localeCompare(b)).slice(0, keep);
  }

  /**
   * The most common title bigrams and their share of rows, as ANALYZE last measured them (empty before the
   * first ANALYZE, e.g. a fresh embedded database: then every bigram counts as rare and all are used).
   */
  private async frequencyOf(db: SqlExecutor): Promise<Map<string, number>> {
    if (this.frequencies && Date.now() - this.frequencies.at < STATISTICS_TTL_MS) return this.frequencies.of;
    const { rows } = await db.query<{ elems: string[] | null; freqs: Array<number | string> | null }>(
      `SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs
         FROM pg_stats WHERE schemaname = 'registry' AND tablename = 'scenario_search' AND attname = 'title'`,
    );
    const of = new Map<string, number>();
    const { elems, freqs } = rows[0] ?? { elems: null, freqs: null };
    if (elems && freqs) elems.forEach((lexeme, i) => of.set(lexeme, Number(freqs[i])));
    this.frequencies = { at: Date.now(), of };
    return of;
  }
}
