import { z } from 'zod';

/**
 * A reading of a sandbox indicator lay beyond its threshold: the scenario went to its sandbox re-review
 * (沙盒复审). Published with that stage change, in its transaction; the responsible units are told.
 */
export const sandboxIndicatorBreachedV1 = z.object({
  scenarioId: z.string().uuid(),
  instanceId: z.string().uuid(),
  indicator: z.object({
    key: z.string().min(1),
    name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    unit: z.string(),
    threshold: z.object({ max: z.number().optional(), min: z.number().optional() }),
  }),
  value: z.number(),
  observedOn: z.string().date(),
  note: z.string().nullable(),
  stage: z.string().min(1),
  responsibleUnits: z.array(z.string()),
  reportedBy: z.string(),
  reportedAt: z.string().datetime({ offset: true }),
});
export type SandboxIndicatorBreachedV1 = z.infer<typeof sandboxIndicatorBreachedV1>;
