import { z } from 'zod';

/** A scenario's lifecycle instance moved to another stage (or was started: `from` is null). */
export const scenarioStageChangedV1 = z.object({
  scenarioId: z.string().uuid(),
  instanceId: z.string().uuid(),
  machine: z.object({ id: z.string().min(1), version: z.number().int().positive() }),
  from: z.string().nullable(),
  to: z.string().min(1),
  event: z.string().min(1),
  actor: z.string().nullable(),
  sequence: z.number().int().nonnegative(),
  changedAt: z.string().datetime({ offset: true }),
});
export type ScenarioStageChangedV1 = z.infer<typeof scenarioStageChangedV1>;
