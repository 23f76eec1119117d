import { z } from 'zod';

/** An application (申报/揭榜) for a scenario moved to another stage, or was started (`from` null). */
export const applicationStageChangedV1 = z.object({
  applicationId: z.string().uuid(),
  scenarioId: z.string().uuid(),
  applicantId: z.string().min(1),
  instanceId: z.string().uuid(),
  machine: z.object({ id: z.string().min(1), version: z.number().int().positive() }),
  from: z.string().nullable(),
  to: z.string().min(1),
  event: z.string().min(1),
  actor: z.string().nullable(),
  sequence: z.number().int().nonnegative(),
  changedAt: z.string().datetime({ offset: true }),
});
export type ApplicationStageChangedV1 = z.infer<typeof applicationStageChangedV1>;
