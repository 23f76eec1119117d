/**
 * A deterministic generator of realistic scenario filings (same seed → same rows), for the registry bench
 * (100k rows) and as background rows for the duplicate evaluation. Titles and descriptions are composed from
 * the per-domain vocabulary in scenario-lexicon.ts with a few templates filings actually use
 * (「区县 + 对象 + 技术 + 示范」, 「技术在对象中的应用」, …).
 */
import { domain as taxonomyDomain } from '@scq/taxonomy';
import { DISTRICTS, LEXICON, type DomainLexicon, type Pair } from './scenario-lexicon';

/** mulberry32: a tiny, fast, deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** A v4-shaped uuid from the generator (deterministic, unique enough for 10^6 rows). */
export function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface GeneratedScenario {
  id: string;
  titleZh: string;
  titleEn: string | null;
  descriptionZh: string | null;
  descriptionEn: string | null;
  domainCode: string;
  aspectCode: string;
  ownerUnit: string;
  ownerType: 'municipal-department' | 'district' | 'municipal-soe' | 'enterprise' | 'university-institute';
  tier: 'comprehensive-major' | 'industry-integrated' | 'high-value-niche';
  district: string | null;
  taxonomyVersion: '2025-draft';
  tags: string[];
  stage: string | null;
  registeredAt: Date;
}

const SUFFIXES = ['应用场景', '示范应用', '示范工程', '试点', '场景建设', '应用', '平台建设', '一体化应用', '示范项目', '创新应用'];
const NEEDS = ['的管理痛点', '的服务需求', '存在的效率瓶颈', '的安全隐患', '的数字化需求', '长期存在的人工依赖'];
const VERBS = ['应用', '集成', '引入', '融合'];
const ACTIONS = ['建设统一的业务平台', '开展规模化示范应用', '打通上下游数据', '形成标准化解决方案', '建立常态化运营机制', '编制场景开放清单'];
const PLACES = ['区县', '场所', '园区', '站点', '村镇', '企业', '社区'];
const STAGES = [null, 'proposed', 'cultivating', 'recognition', 'listed', 'open', 'matched', 'operating.piloting', 'operating.piloting.sandbox', 'effectiveness', 'scaling', 'scaled', 'suspended', 'terminated'];
const TIERS: GeneratedScenario['tier'][] = ['high-value-niche', 'high-value-niche', 'industry-integrated', 'comprehensive-major'];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function title(random: Random, subject: Pair, technique: Pair, district: string | null): string {
  const suffix = pick(random, SUFFIXES);
  switch (Math.floor(random() * 5)) {
    case 0:
      return `${district ?? ''}${subject[0]}${technique[0]}${suffix}`;
    case 1:
      return `${technique[0]}在${subject[0]}中的应用`;
    case 2:
      return `${district ?? '全市'}${technique[0]}${suffix}`;
    case 3:
      return `“${technique[0]}+${subject[0]}”${suffix}`;
    default:
      return `${subject[0]}${technique[0]}${suffix}`;
  }
}

function description(random: Random, lexicon: DomainLexicon, subject: Pair, technique: Pair, other: Pair): string {
  const year = 2025 + Math.floor(random() * 4);
  const count = 3 + Math.floor(random() * 60);
  const invest = (0.2 + random() * 9.8).toFixed(1);
  return (
    `围绕${subject[0]}${pick(random, NEEDS)}，${pick(random, VERBS)}${technique[0]}与${other[0]}等技术，${pick(random, ACTIONS)}，${pick(random, lexicon.outcomes)}。` +
    `计划${year}年底前覆盖${count}个${pick(random, PLACES)}，带动相关投资约${invest}亿元。`
  );
}

/** One scenario per call; `index` spaces registrations ~10 minutes apart from 2024-01-01 (Beijing time). */
export function generateScenario(random: Random, index: number): GeneratedScenario {
  const lexicon = pick(random, LEXICON);
  const subject = pick(random, lexicon.subjects);
  const technique = pick(random, lexicon.techniques);
  let other = pick(random, lexicon.techniques);
  if (other === technique) other = lexicon.techniques[(lexicon.techniques.indexOf(technique) + 1) % lexicon.techniques.length];
  const districtOwned = random() < 0.35;
  const district = districtOwned || random() < 0.3 ? pick(random, DISTRICTS) : null;
  const ownerType: GeneratedScenario['ownerType'] = districtOwned ? 'district' : pick(random, ['municipal-department', 'municipal-department', 'municipal-soe', 'enterprise', 'university-institute'] as const);
  const english = random() < 0.3;
  const registeredAt = new Date(Date.UTC(2024, 0, 1, -8) + index * 600_000 + Math.floor(random() * 300_000));
  return {
    id: uuidFrom(random),
    titleZh: title(random, subject, technique, district),
    titleEn: english ? `${capitalise(technique[1])} for ${subject[1]}` : null,
    descriptionZh: random() < 0.95 ? description(random, lexicon, subject, technique, other) : null,
    descriptionEn: english && random() < 0.4 ? `Applies ${technique[1]} and ${other[1]} to ${subject[1]} in Chongqing.` : null,
    domainCode: lexicon.code,
    aspectCode: taxonomyDomain('2025-draft', lexicon.code).aspect,
    ownerUnit: districtOwned && district ? district : pick(random, lexicon.owners),
    ownerType,
    tier: pick(random, TIERS),
    district,
    taxonomyVersion: '2025-draft',
    tags: random() < 0.5 ? [technique[0]] : [],
    stage: pick(random, STAGES),
    registeredAt,
  };
}

export function* generateScenarios(count: number, seed = 20251122): Generator<GeneratedScenario> {
  const random = prng(seed);
  for (let i = 0; i < count; i++) yield generateScenario(random, i);
}

/**
 * Bulk insert (one statement per batch: `INSERT … SELECT FROM unnest($1::uuid[], …)`), far faster than a
 * statement per row; the generated search columns are computed by PostgreSQL as the rows go in.
 */
export const BULK_INSERT_SQL = `
  INSERT INTO registry.scenario (id, title_zh, title_en, description_zh, description_en, domain_code, aspect_code, owner_unit, owner_type, tier,
    district, taxonomy_version, tags, stage, stage_sequence, registered_at)
  SELECT u.id, u.title_zh, u.title_en, u.description_zh, u.description_en, u.domain_code, u.aspect_code, u.owner_unit, u.owner_type, u.tier,
    u.district, u.taxonomy_version, CASE WHEN u.tags = '' THEN '{}'::text[] ELSE string_to_array(u.tags, '|') END, u.stage,
    CASE WHEN u.stage IS NULL THEN NULL ELSE 1 END, u.registered_at
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
    $11::text[], $12::text[], $13::text[], $14::text[], $15::timestamptz[])
    AS u(id, title_zh, title_en, description_zh, description_en, domain_code, aspect_code, owner_unit, owner_type, tier, district, taxonomy_version, tags, stage, registered_at)`;

export function bulkInsertParams(rows: GeneratedScenario[]): unknown[] {
  const col = <T>(f: (r: GeneratedScenario) => T) => rows.map(f);
  return [
    col((r) => r.id),
    col((r) => r.titleZh),
    col((r) => r.titleEn),
    col((r) => r.descriptionZh),
    col((r) => r.descriptionEn),
    col((r) => r.domainCode),
    col((r) => r.aspectCode),
    col((r) => r.ownerUnit),
    col((r) => r.ownerType),
    col((r) => r.tier),
    col((r) => r.district),
    col((r) => r.taxonomyVersion),
    col((r) => r.tags.join('|')),
    col((r) => r.stage),
    col((r) => r.registeredAt.toISOString()),
  ];
}
