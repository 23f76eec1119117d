import { z } from 'zod';
import { bilingualText, TaxonomySourceQuoteSchema, TaxonomyVersionIdSchema } from '../taxonomy.http.responses';

/** What `GET /api/targets/:year` answers (`TargetProgressReport` of `@scq/registry-domain`). */

export const TargetProgressBreakdownItemSchema = z
  .object({
    code: z.string().nullable().describe('The aspect or domain code; null is the 未归类 (unclassified) line'),
    zhName: z.string(),
    enName: z.string(),
    count: z.number().int(),
  })
  .meta({ id: 'TargetProgressBreakdownItem', description: '分项 A count under one aspect or domain' });

export const TargetProgressDistrictItemSchema = z
  .object({ district: z.string().nullable().describe('null counts what names no district (municipal level)'), count: z.number().int() })
  .meta({ id: 'TargetProgressDistrictItem', description: '区县 A count under one district' });

export const TargetProgressMetricSchema = z
  .object({
    key: z.enum(['comprehensiveMajorScenarios', 'matchmakingEvents', 'scenarioOpportunities', 'crossRegionalMajorScenarios']),
    zhName: z.string(),
    enName: z.string(),
    target: z.number().int().nullable().describe('The yearly minimum; null when the taxonomy version sets no annual targets'),
    actual: z.number().int(),
    percent: z.number().nullable().describe('actual / target × 100, one decimal; null without a target'),
    met: z.boolean().nullable(),
    countingRule: bilingualText(),
    byAspect: z.array(TargetProgressBreakdownItemSchema),
    byDomain: z.array(TargetProgressBreakdownItemSchema),
    byDistrict: z.array(TargetProgressDistrictItemSchema),
  })
  .meta({ id: 'TargetProgressMetric', description: '目标进度 Progress against one annual target, with breakdowns' });

export const TargetProgressBudgetReserveSchema = z
  .object({
    minimumShare: z.number().nullable().describe('The plan’s minimum share (0…1); null when no version sets one'),
    minimumShareVersion: TaxonomyVersionIdSchema.nullable().describe('The version the minimum comes from'),
    source: TaxonomySourceQuoteSchema.nullable(),
    rule: bilingualText(),
    governmentInvestmentScenarios: z.number().int(),
    compliant: z.number().int(),
    nonCompliant: z.number().int(),
    complianceRate: z.number().nullable().describe('compliant / governmentInvestmentScenarios (0…1); null when there are none'),
    nonCompliantScenarioIds: z.array(z.uuid()),
  })
  .meta({ id: 'TargetProgressBudgetReserve', description: '预留合规 How the year’s government-investment scenarios comply with the reserve minimum' });

export const TargetProgressSchema = z
  .object({
    year: z.number().int(),
    taxonomyVersion: TaxonomyVersionIdSchema,
    asOf: z.iso.date().describe('The Beijing date the figures are as of'),
    targets: z.object({ defined: z.boolean(), note: z.string(), source: TaxonomySourceQuoteSchema.nullable() }),
    comprehensiveMajorScenarios: TargetProgressMetricSchema,
    matchmakingEvents: TargetProgressMetricSchema,
    scenarioOpportunities: TargetProgressMetricSchema,
    budgetReserve: TargetProgressBudgetReserveSchema,
    crossRegionalMajorScenarios: TargetProgressMetricSchema.describe('跨区域综合性重大场景: the comprehensive-major scenarios counted that are 成渝 joint scenarios (no annual target)'),
  })
  .meta({ id: 'TargetProgress', description: '年度目标 A year’s progress against the plan’s annual targets, with the 5% reserve compliance' });
