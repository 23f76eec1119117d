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

/** A scenario's profile was edited before its recognition (title, tier, district…): who shows its title updates it. */
export const scenarioProfileChangedV1 = z.object({
  scenarioId: z.string().uuid(),
  title: z.object({ zh: z.string().min(1), en: z.string().optional() }),
  tier: z.string().min(1),
  district: z.string().min(1).optional(),
  taxonomyVersion: z.string().min(1),
  profileRevision: z.number().int().min(2),
  changedFields: z.array(z.string().min(1)).min(1),
  changedBy: z.string().min(1),
  changedAt: z.string().datetime({ offset: true }),
});
export type ScenarioProfileChangedV1 = z.infer<typeof scenarioProfileChangedV1>;
