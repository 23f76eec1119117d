import { z } from 'zod';

/**
 * A scenario's employment indicators for a period (就业风险监测) crossed one or more of the registry's thresholds: the
 * notification service alerts `alertUnits` (市人力社保局 and the scenario's owner unit). Counts are whole people;
 * shares are basis points (1 % = 100), never floats. Published once per newly breached rule of a period (a revised
 * report that breaches the same rule again says nothing new).
 */
export const employmentRiskBreachV1 = z.object({
  /** The rule's key, e.g. `net-displaced` or `group-displaced-share`. */
  rule: z.string().min(1),
  name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** The group the rule looked at (农民工 …), or null for the scenario's total. */
  group: z.string().min(1).nullable(),
  /** `people` (a count) or `basis-points` (a share, 1 % = 100). */
  measure: z.enum(['people', 'basis-points']),
  value: z.number().int(),
  threshold: z.number().int(),
});
export type EmploymentRiskBreachV1 = z.infer<typeof employmentRiskBreachV1>;

export const employmentRiskBreachedV1 = z.object({
  scenarioId: z.string().uuid(),
  /** `YYYY-MM` (a month) or `YYYY-Qn` (a quarter). */
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/),
  ownerUnit: z.string().min(1),
  breaches: z.array(employmentRiskBreachV1).min(1),
  jobsCreated: z.number().int().nonnegative(),
  jobsDisplaced: z.number().int().nonnegative(),
  /** Who is alerted: 市人力社保局 and the owner unit. */
  alertUnits: z.array(z.string().min(1)).min(1),
  reportedBy: z.string().min(1),
  reportedAt: z.string().datetime({ offset: true }),
});
export type EmploymentRiskBreachedV1 = z.infer<typeof employmentRiskBreachedV1>;
