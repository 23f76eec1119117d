import { z } from 'zod';
import { SCENARIO_TIERS } from '@scq/registry-domain';
import { taxonomyVersions, UNIT_REGIONS, type TaxonomyVersionId } from '@scq/taxonomy';

/*
 * What the taxonomy routes answer (the reference data of `@scq/taxonomy`, as `taxonomy.types.ts` describes it),
 * for the API document and the console's generated client. The other registry routes reuse the version id,
 * the source quote and the bilingual text.
 */

/** A taxonomy version id: one of the versions the platform carries (oldest first). */
export const TaxonomyVersionIdSchema = z
  .enum(taxonomyVersions() as readonly [TaxonomyVersionId, ...TaxonomyVersionId[]])
  .meta({ id: 'TaxonomyVersionId', description: '分类版本 A taxonomy version id' });

/** A sentence (or part of one) quoted verbatim from a seed document. */
export const TaxonomySourceQuoteSchema = z
  .object({ seed: z.string().describe('The seed document the quote comes from'), quote: z.string() })
  .meta({ id: 'TaxonomySourceQuote', description: '原文出处 A verbatim quote from a source document' });

/** `{ zh, en }`: the same words in both languages (not named: a fresh schema per use). */
export const bilingualText = () => z.object({ zh: z.string(), en: z.string() });

/** `GET /api/taxonomy`: one version with its sources and counts. */
export const TaxonomyVersionSchema = z
  .object({
    id: TaxonomyVersionIdSchema,
    zhTitle: z.string(),
    enTitle: z.string(),
    source: z.string().describe('Where the data comes from (zh and en)'),
    derived: z.boolean().describe('true when (part of) the data is derived from another version'),
    derivedFrom: z.object({ version: TaxonomyVersionIdSchema, assumptions: z.array(z.string()) }).nullable(),
    targetYear: z.number().int(),
    aspects: z.number().int().describe('How many aspects the version has'),
    domains: z.number().int().describe('How many domains the version has'),
  })
  .meta({ id: 'TaxonomyVersion', description: '分类版本 A taxonomy version with its counts' });

export const TaxonomyVersionsSchema = z.array(TaxonomyVersionSchema).meta({ id: 'TaxonomyVersions', description: '分类版本 The taxonomy versions, oldest first' });

/** 方面. */
export const TaxonomyAspectSchema = z
  .object({
    code: z.string(),
    numeral: z.string().describe('(一)…(五) as in the plan'),
    zhName: z.string(),
    zhLabel: z.string().describe('A short label for tables and menus'),
    enName: z.string(),
  })
  .meta({ id: 'TaxonomyAspect', description: '方面 An aspect the domains are grouped under' });

export const TaxonomyAspectsSchema = z.array(TaxonomyAspectSchema).meta({ id: 'TaxonomyAspects', description: '方面 The aspects of a version, in the plan’s order' });

/** 责任单位. */
export const TaxonomyUnitSchema = z
  .object({
    code: z.string(),
    zhName: z.string(),
    fullName: z.string().describe('The official name, e.g. 重庆市发展和改革委员会'),
    enName: z.string(),
    aliases: z.array(z.string()).optional().describe('Other short names the sources use for the unit'),
    region: z.enum(UNIT_REGIONS).describe('重庆 or 四川: a co-owner of another region makes a scenario a 成渝 joint scenario'),
  })
  .meta({ id: 'TaxonomyUnit', description: '责任单位 A responsible unit' });

export const TaxonomyUnitsSchema = z.array(TaxonomyUnitSchema).meta({ id: 'TaxonomyUnits', description: '责任单位 The units of a version' });

const domainShape = {
  code: z.string(),
  number: z.number().int().describe('1-based position in the version’s list'),
  zhName: z.string(),
  enName: z.string(),
  aspect: z.string().describe('The code of the aspect the domain belongs to'),
  derivedFrom: z.array(z.string()).optional().describe('Derived versions only: the codes of the domains it comes from'),
  sourceMentions: z.array(z.string()).optional().describe('Derived versions only: phrases of the source that point at the domain'),
};

/** 领域 with its responsible units as units (`/domains` and the overview). */
export const TaxonomyDomainSchema = z
  .object({ ...domainShape, responsibleUnits: z.array(TaxonomyUnitSchema) })
  .meta({ id: 'TaxonomyDomain', description: '领域 A domain with its responsible units' });

export const TaxonomyDomainsSchema = z.array(TaxonomyDomainSchema).meta({ id: 'TaxonomyDomains', description: '领域 Domains with their responsible units' });

/** 领域 as the taxonomy holds it: responsible units by their zh names (a unit's domains). */
export const TaxonomyDomainEntrySchema = z
  .object({ ...domainShape, responsibleUnits: z.array(z.string()).describe('The responsible units’ zh names, in the source’s order') })
  .meta({ id: 'TaxonomyDomainEntry', description: '领域 A domain, its responsible units by zh name' });

/** `GET /api/taxonomy/:version/units/:unit/domains`. */
export const TaxonomyUnitDomainsSchema = z
  .object({ unit: TaxonomyUnitSchema, domains: z.array(TaxonomyDomainEntrySchema) })
  .meta({ id: 'TaxonomyUnitDomains', description: '单位领域 A unit and the domains it is responsible for' });

/** A cross-cutting mechanism section of the plan. */
export const TaxonomyMechanismSchema = z
  .object({
    code: z.string(),
    numeral: z.string(),
    chapter: z.string(),
    zhTitle: z.string(),
    enTitle: z.string(),
    responsibleUnits: z.array(z.string()).describe('The responsible units’ zh names'),
    instruments: z.array(z.string()),
  })
  .meta({ id: 'TaxonomyMechanism', description: '机制 A cross-cutting mechanism of the plan' });

export const TaxonomyMechanismsSchema = z.array(TaxonomyMechanismSchema).meta({ id: 'TaxonomyMechanisms', description: '机制 The mechanisms of a version' });

export const TaxonomyCoordinatorSchema = z
  .object({ unit: z.string().describe('The unit’s zh name'), duties: z.array(bilingualText()), source: TaxonomySourceQuoteSchema })
  .meta({ id: 'TaxonomyCoordinator', description: '统筹单位 The unit that coordinates the plan' });

export const TaxonomyAnnualTargetsSchema = z
  .object({
    comprehensiveMajorScenarios: z.number().int(),
    matchmakingEvents: z.number().int(),
    scenarioOpportunities: z.number().int(),
    source: TaxonomySourceQuoteSchema,
  })
  .meta({ id: 'TaxonomyAnnualTargets', description: '年度目标 The plan’s annual targets (yearly minimums)' });

export const TaxonomyScenarioTierSchema = z
  .object({
    code: z.enum(SCENARIO_TIERS),
    zhName: z.string(),
    enName: z.string(),
    sources: z.array(TaxonomySourceQuoteSchema),
    requirementSource: z.object({ document: z.string(), wording: z.string() }).optional(),
    note: z.string(),
  })
  .meta({ id: 'TaxonomyScenarioTier', description: '场景层级 A scenario tier the plans speak of' });

export const TaxonomyPlanTargetsSchema = z
  .object({
    targetYear: z.number().int(),
    targetYearSource: TaxonomySourceQuoteSchema,
    annualTargets: TaxonomyAnnualTargetsSchema.nullable(),
    annualTargetsNote: z.string(),
    budgetReserveMinShare: z.number().nullable().describe('0…1; null when the version sets none'),
    budgetReserveSource: TaxonomySourceQuoteSchema.nullable(),
    scenarioTiers: z.array(TaxonomyScenarioTierSchema),
  })
  .meta({ id: 'TaxonomyPlanTargets', description: '规划目标 The plan facts of a version' });

/** An aspect with its domains (the overview). */
export const TaxonomyAspectOverviewSchema = TaxonomyAspectSchema.extend({ domains: z.array(TaxonomyDomainSchema) }).meta({
  id: 'TaxonomyAspectOverview',
  description: '方面 An aspect with its domains and their responsible units',
});

/** `GET /api/taxonomy/:version`. */
export const TaxonomyOverviewSchema = z
  .object({
    version: TaxonomyVersionIdSchema,
    aspects: z.array(TaxonomyAspectOverviewSchema),
    coordinator: TaxonomyCoordinatorSchema,
    planTargets: TaxonomyPlanTargetsSchema,
  })
  .meta({ id: 'TaxonomyOverview', description: '分类总览 A version: aspects with their domains and units, coordinator, plan targets' });
