import { shingles } from './search-text';

/**
 * 避免重复建设 — how alike two scenarios are, 0…1. Pure: the finder retrieves candidates from the index and
 * scores them here; the labelled set (tools/duplicates) chose the weights and the threshold.
 */
export interface ScenarioText {
  title: { zh: string; en?: string | null };
  description?: { zh?: string | null; en?: string | null } | null;
  domainCode: string;
  district?: string | null;
  ownerUnit?: string | null;
}

export interface Similarity {
  score: number;
  title: number;
  description: number | null;
  sameDomain: boolean;
  sameDistrict: boolean;
}

/** At or above this score a scenario is reported as a near-duplicate (chosen on tools/duplicates/labelled-pairs.json). */
export const DUPLICATE_THRESHOLD = 0.55;

/**
 * Bigrams every other scenario title contains (场景, 应用, 智慧, 平台, …): they say a text is a scenario, not
 * which one. They count a fifth of a distinctive bigram, and are not used to retrieve candidates.
 */
export const GENERIC_SHINGLES: ReadonlySet<string> = new Set(
  [
    '应用', '场景', '示范', '建设', '平台', '系统', '智慧', '智能', '服务', '管理', '数字', '项目', '重庆', '全市', '一体', '体化',
    '综合', '创新', '试点', '推广', '提升', '技术', '工程', '中心', '开展', '实现', '提供', '打造', '推动', '推进', '运营', '数据',
    '化应', '化管', '化服', '能化', '字化', '景建', '用场', '用示', '设与', '与应', '范应', '市级', '一站', '站式', '网络', '信息',
    '全面', '构建', '依托', '基于', '利用', '通过', '面向', '围绕', '支撑', '能力', '水平', '效率', '模式', '机制', '一批', '新区',
  ],
);
const GENERIC_WEIGHT = 0.2;

function weight(feature: string): number {
  return GENERIC_SHINGLES.has(feature) ? GENERIC_WEIGHT : 1;
}

function weightOf(set: Set<string>): number {
  let total = 0;
  for (const f of set) total += weight(f);
  return total;
}

function sharedWeight(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let total = 0;
  for (const f of small) if (large.has(f)) total += weight(f);
  return total;
}

/** Weighted Dice coefficient: 2|A∩B| / (|A|+|B|), generic bigrams discounted. */
export function dice(a: Set<string>, b: Set<string>): number {
  const denominator = weightOf(a) + weightOf(b);
  return denominator === 0 ? 0 : (2 * sharedWeight(a, b)) / denominator;
}

/** Weighted overlap coefficient |A∩B| / min(|A|,|B|): an abbreviated title inside a longer one scores high. */
export function overlap(a: Set<string>, b: Set<string>): number {
  const denominator = Math.min(weightOf(a), weightOf(b));
  return denominator === 0 ? 0 : sharedWeight(a, b) / denominator;
}

const CONTAINMENT_WEIGHT = 0.9;

/** Title similarity: Dice, or (for an abbreviation) a discounted containment, whichever is higher. */
function titleSimilarity(a: Set<string>, b: Set<string>): number {
  return Math.max(dice(a, b), CONTAINMENT_WEIGHT * overlap(a, b));
}

export interface PreparedScenarioText {
  source: ScenarioText;
  title: Set<string>;
  description: Set<string>;
}

/** Tokenise once, compare many times. */
export function prepareScenarioText(s: ScenarioText): PreparedScenarioText {
  const title = shingles(s.title.zh);
  for (const word of shingles(s.title.en)) title.add(word);
  const description = shingles(`${s.description?.zh ?? ''} ${s.description?.en ?? ''}`);
  return { source: s, title, description };
}

const TITLE_WEIGHT = 0.5;
/** A second filing may be described in other words: a description never pulls the text score below 30% of the title's. */
const DESCRIPTION_FLOOR = 0.3;
const SAME_DOMAIN_BOOST = 0.05;
const SAME_DISTRICT_BOOST = 0.05;

/**
 * score = title similarity, blended 50/50 with description Dice (floored at 30% of the title similarity) when
 * both have a description, plus small boosts for the same domain and the same district (a different owner
 * filing the same scenario is exactly the case to catch, so the owner earns nothing). Capped at 1. Weights
 * and threshold: tools/duplicates/tune-threshold.ts on the labelled set (docs/search.md).
 */
export function scenarioSimilarity(a: PreparedScenarioText, b: PreparedScenarioText): Similarity {
  const title = titleSimilarity(a.title, b.title);
  const description = a.description.size > 0 && b.description.size > 0 ? dice(a.description, b.description) : null;
  const text = description === null ? title : TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * Math.max(description, title * DESCRIPTION_FLOOR);
  const sameDomain = a.source.domainCode === b.source.domainCode;
  const sameDistrict = Boolean(a.source.district) && a.source.district === b.source.district;
  const score = Math.min(1, text + (sameDomain ? SAME_DOMAIN_BOOST : 0) + (sameDistrict ? SAME_DISTRICT_BOOST : 0));
  return { score: round(score), title: round(title), description: description === null ? null : round(description), sameDomain, sameDistrict };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Same domain and district first, then same domain, then same district, then the rest; each by score. */
export function duplicatePriority(s: Pick<Similarity, 'sameDomain' | 'sameDistrict'>): number {
  if (s.sameDomain && s.sameDistrict) return 0;
  if (s.sameDomain) return 1;
  if (s.sameDistrict) return 2;
  return 3;
}
