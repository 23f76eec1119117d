/**
 * The policy taxonomy of 场景重庆 as versioned reference data (docs/taxonomy.md).
 *
 * Chinese names (`zhName`, `zhTitle`, responsible units) are kept exactly as the source documents
 * write them; codes are kebab-case English and never change once published, because scenarios keep
 * the taxonomy version and domain code they were filed under.
 */

/** The identifiers of the taxonomy versions this library carries. */
export type TaxonomyVersionId = '2025-draft' | '2026-final';

/** Which seed document a fact comes from (files in `../shared/seeds/`). */
export type SeedFile = '000_af6b83ffc61223da.txt' | '003_5c6542698b279700.txt';

/** A sentence (or part of one) quoted verbatim from a seed document. */
export interface SourceQuote {
  readonly seed: SeedFile;
  readonly quote: string;
}

/** 方面: one of the five aspects the domains are grouped under. */
export interface Aspect {
  readonly code: string;
  /** (一)…(五) as in the draft. */
  readonly numeral: string;
  /** The heading exactly as the draft writes it, e.g. "打造一批新领域新赛道应用场景". */
  readonly zhName: string;
  /** A short label for tables and menus, e.g. "新领域新赛道". */
  readonly zhLabel: string;
  readonly enName: string;
}

/** 领域: a policy domain with the units responsible for it (责任单位). */
export interface Domain {
  readonly code: string;
  /** 1-based position in the version's list (the draft's own numbering for 2025-draft). */
  readonly number: number;
  /** The zh name, e.g. "数字经济领域" (for a merged domain in a derived version: a derived name). */
  readonly zhName: string;
  readonly enName: string;
  /** The code of the aspect the domain belongs to. */
  readonly aspect: string;
  /** The responsible units' zh names, exactly as written in the source and in its order. */
  readonly responsibleUnits: readonly string[];
  /** Derived versions only: the codes of the domains (in `derivedFrom.version`) this one comes from. */
  readonly derivedFrom?: readonly string[];
  /** Derived versions only: phrases in the later source that point at this domain (evidence for the mapping). */
  readonly sourceMentions?: readonly string[];
}

/** 责任单位: a municipal unit that can be responsible for domains and mechanisms. */
export interface Unit {
  readonly code: string;
  /** The zh short name exactly as the source writes it, e.g. "市发展改革委". */
  readonly zhName: string;
  /** The official name, e.g. "重庆市发展和改革委员会". */
  readonly fullName: string;
  readonly enName: string;
  /** Other short names the sources use for the same unit, e.g. "市发改委" in the press article. */
  readonly aliases?: readonly string[];
  /** 重庆 or 四川: a scenario with co-owner units of another region is a 成渝 joint scenario (跨区域). */
  readonly region: UnitRegion;
}

/** The regions of the 成渝地区双城经济圈. */
export const UNIT_REGIONS = ['重庆', '四川'] as const;
export type UnitRegion = (typeof UNIT_REGIONS)[number];

/** A cross-cutting mechanism section of the plan ((六)–(十一), and 五、加强组织实施). */
export interface Mechanism {
  readonly code: string;
  /** "六"…"十一" for the numbered measures, "五" for the organisation section. */
  readonly numeral: string;
  /** The chapter of the plan the mechanism sits in, e.g. "三、深入推动场景开放和公平高效配置". */
  readonly chapter: string;
  readonly zhTitle: string;
  readonly enTitle: string;
  /** The responsible units' zh names, exactly as written and in order. */
  readonly responsibleUnits: readonly string[];
  /** Key instruments the section names, quoted as phrases from the source. */
  readonly instruments: readonly string[];
}

/** The unit that coordinates the whole plan (统筹推进). */
export interface Coordinator {
  /** The unit's zh name. */
  readonly unit: string;
  readonly duties: readonly { readonly zh: string; readonly en: string }[];
  readonly source: SourceQuote;
}

/** Scenario tiers the plans speak of (综合性重大 / 行业集成式 / 高价值小切口). */
export interface ScenarioTier {
  readonly code: 'comprehensive-major' | 'industry-integrated' | 'high-value-niche';
  readonly zhName: string;
  readonly enName: string;
  /** Quotes from the seeds that use the tier's words; empty when neither seed uses them. */
  readonly sources: readonly SourceQuote[];
  /** Where the tier's name comes from when the seeds do not attest it (a public page, quoted). */
  /** Where a tier name the seeds do not contain comes from. */
  readonly requirementSource?: { readonly document: string; readonly wording: string };
  /** How well the seeds attest the tier, in words (zh and en). */
  readonly note: string;
}

/** Annual targets of a plan; every number is a yearly minimum the coordinator watches. */
export interface AnnualTargets {
  /** 综合性重大场景 built per year. */
  readonly comprehensiveMajorScenarios: number;
  /** 供需对接活动 held per year (以上: at least). */
  readonly matchmakingEvents: number;
  /** 有效场景机会 opened per year (以上: at least). */
  readonly scenarioOpportunities: number;
  readonly source: SourceQuote;
}

/** The plan facts of one version, as data the logic reads (never hard-coded). */
export interface PlanTargets {
  /** The year by which the 场景创新活力之城 is to be basically built. */
  readonly targetYear: number;
  readonly targetYearSource: SourceQuote;
  /** null when the version's source has no numeric annual targets (the 2025 draft). */
  readonly annualTargets: AnnualTargets | null;
  /** Why annualTargets is what it is (zh and en). */
  readonly annualTargetsNote: string;
  /** Minimum share of government investment project budgets reserved for new scenarios; null when not set. */
  readonly budgetReserveMinShare: number | null;
  readonly budgetReserveSource: SourceQuote | null;
  readonly scenarioTiers: readonly ScenarioTier[];
}

/** One version of the taxonomy: everything the platform needs to classify and authorise scenarios. */
export interface TaxonomyVersion {
  readonly version: TaxonomyVersionId;
  readonly zhTitle: string;
  readonly enTitle: string;
  /** Where the data comes from (zh and en). */
  readonly source: string;
  readonly seed: SeedFile;
  /** true when (part of) the data is not written in the source but derived from another version. */
  readonly derived: boolean;
  /** For a derived version: the version it is derived from and the assumptions made (docs/taxonomy.md). */
  readonly derivedFrom: { readonly version: TaxonomyVersionId; readonly assumptions: readonly string[] } | null;
  readonly aspects: readonly Aspect[];
  readonly domains: readonly Domain[];
  readonly units: readonly Unit[];
  readonly mechanisms: readonly Mechanism[];
  readonly coordinator: Coordinator;
  readonly planTargets: PlanTargets;
}
