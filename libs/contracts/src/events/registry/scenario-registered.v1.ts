import { z } from 'zod';

/** A scenario was filed in the registry; the workflow starts its lifecycle. */
export const scenarioRegisteredV1 = z.object({
  scenarioId: z.string().uuid(),
  title: z.object({ zh: z.string().min(1), en: z.string().optional() }),
  domainCode: z.string().min(1),
  ownerUnit: z.string().min(1),
  taxonomyVersion: z.string().min(1),
  /** The district or county (区县) the scenario is in, when it is local. */
  district: z.string().min(1).optional(),
  registeredAt: z.string().datetime({ offset: true }),
});
export type ScenarioRegisteredV1 = z.infer<typeof scenarioRegisteredV1>;
