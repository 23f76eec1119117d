import { readFileSync } from 'node:fs';
import { z } from 'zod';

const probability = z.number().min(0).max(1);

/** The rates a simulation draws from (tools/simulate/profiles/default.json). Rates per working day unless named. */
export const profileSchema = z
  .object({
    /** Scenarios registered per year (250 working days). */
    scenariosPerYear: z.number().positive(),
    /** How many working days a unit waits between two steps of its scenario (min, max). */
    stepDelayDays: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
    withdrawBeforeListing: probability,
    rejectInCultivation: probability,
    /** The coordinator publishes a batch list every this many working days. */
    batchListEveryDays: z.number().int().positive(),
    batchCategories: z.array(z.string().min(1)).min(1),
    opportunitiesPerScenario: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
    applicationsPerOpportunity: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
    returnForRevision: probability,
    /** A returned application that is never resubmitted: its revision deadline lapses. */
    revisionLapses: probability,
    rejectByUnit: probability,
    /** Mean score of an evaluator (0–5) and the spread between evaluators of one panel. */
    evaluatorMeanScore: z.number().min(0).max(5),
    evaluatorDisagreement: z.number().min(0).max(5),
    /** An evaluator recuses from an assignment, declaring a conflict. */
    recuse: probability,
    /** Conflicts declared up front per evaluator with a unit. */
    declaredConflicts: probability,
    enterSandbox: probability,
    /** A sandbox reading beyond its threshold (re-review). */
    sandboxBreach: probability,
    /** The sandbox is left to expire (re-review by the deadline). */
    sandboxExpires: probability,
    /** Per scenario in operation per working day. */
    incidentPerDay: probability,
    /** Matchmaking events per year, each presenting open opportunities and recording outcomes. */
    matchmakingEventsPerYear: z.number().min(0),
    agreementOutcome: probability,
    accounts: z.object({ officersPerUnit: z.number().int().min(1), applicants: z.number().int().min(1), evaluators: z.number().int().min(3) }).strict(),
    /** Shares of the scenarios registered per tier (default: equal); the plan wants ~20 综合性重大场景 a year. */
    tierShares: z.object({ 'comprehensive-major': z.number().min(0), 'industry-integrated': z.number().min(0), 'high-value-niche': z.number().min(0) }).strict().optional(),
    /** How many domains (of the taxonomy, in its order) the run uses; 0 = all. */
    domains: z.number().int().min(0),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;

export function loadProfile(path: string): Profile {
  return profileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}
