import { z } from 'zod';
import { EMPLOYMENT_GROUP_CODES, EMPLOYMENT_RULE_NAMES } from '@scq/registry-domain';

/* What the employment-risk routes answer: whole people, and shares in basis points (1 % = 100), never floats. */

const RULES = Object.keys(EMPLOYMENT_RULE_NAMES) as [string, ...string[]];
const name = z.object({ zh: z.string(), en: z.string() });

const BreachSchema = z
  .object({
    rule: z.enum(RULES),
    name,
    group: z.enum(EMPLOYMENT_GROUP_CODES).nullable(),
    measure: z.enum(['people', 'basis-points']),
    value: z.number().int().describe('people, or basis points (1 % = 100)'),
    threshold: z.number().int().describe('the value must not be above it'),
  })
  .meta({ id: 'EmploymentRiskBreach' });

export const EmploymentReportSchema = z
  .object({
    scenarioId: z.guid(),
    period: z.string().describe('YYYY-MM or YYYY-Qn'),
    periodKind: z.enum(['month', 'quarter']),
    ownerUnit: z.string(),
    groups: z.array(z.object({ group: z.enum(EMPLOYMENT_GROUP_CODES), jobsCreated: z.number().int(), jobsDisplaced: z.number().int(), workforce: z.number().int().optional() })),
    jobsCreated: z.number().int(),
    jobsDisplaced: z.number().int(),
    breaches: z.array(BreachSchema),
    note: z.object({ zh: z.string().optional(), en: z.string().optional() }).nullable(),
    revision: z.number().int(),
    reportedBy: z.string(),
    reportedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'EmploymentReport', description: '就业指标 A scenario’s jobs created and displaced in a period, by group, with the thresholds it breaches' });

export const EmploymentReportListSchema = z.object({ items: z.array(EmploymentReportSchema) }).meta({ id: 'EmploymentReportList' });

export const EmploymentDashboardSchema = z
  .object({
    period: z.string().nullable().describe('The period asked for; null: each scenario’s latest report'),
    counts: z.object({ breach: z.number().int(), watch: z.number().int(), ok: z.number().int() }),
    items: z.array(
      z.object({
        scenarioId: z.guid(),
        scenarioTitle: z.object({ zh: z.string(), en: z.string().nullable() }),
        domainCode: z.string(),
        district: z.string().nullable(),
        ownerUnit: z.string(),
        level: z.enum(['breach', 'watch', 'ok']).describe('breach: a threshold is breached; watch: more jobs displaced than created; ok'),
        period: z.string(),
        jobsCreated: z.number().int(),
        jobsDisplaced: z.number().int(),
        netDisplaced: z.number().int(),
        breaches: z.array(BreachSchema),
        reportedAt: z.iso.datetime({ offset: true }),
      }),
    ),
  })
  .meta({ id: 'EmploymentRiskDashboard', description: '就业风险看板 Scenarios by employment risk, breaches first' });

export const EmploymentThresholdsSchema = z
  .object({
    groups: z.array(z.object({ group: z.enum(EMPLOYMENT_GROUP_CODES), name })),
    rules: z.array(z.object({ rule: z.enum(RULES), name })),
    thresholds: z.object({
      netDisplaced: z.object({ month: z.number().int(), quarter: z.number().int() }),
      groupNetDisplaced: z.record(z.string(), z.object({ month: z.number().int(), quarter: z.number().int() })),
      groupDisplacedShareBp: z.record(z.string(), z.number().int()),
    }),
    alertUnits: z.array(z.string()),
  })
  .meta({ id: 'EmploymentRiskThresholds', description: '就业风险阈值 The groups, rules and thresholds (data)' });
