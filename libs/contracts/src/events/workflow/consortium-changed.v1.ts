import { z } from 'zod';

/**
 * A 场景创新联合体 was created or its members changed in the workflow: its whole present membership (as the directory
 * names each member), so a reader keeps the newest `version` of each consortium and drops older ones.
 */
export const consortiumChangedV1 = z.object({
  consortiumId: z.string().uuid(),
  name: z.object({ zh: z.string().min(1), en: z.string().min(1).optional() }),
  leadOrganisation: z.string().min(1),
  members: z
    .array(
      z.object({
        organisation: z.string().min(1),
        /** The directory's organisation kinds (`university`, `enterprise`, …). */
        kind: z.string().min(1),
        role: z.enum(['lead', 'member']),
        contribution: z.string(),
      }),
    )
    .min(1),
  /** Grows by one with every change of the members; 1 when created. */
  version: z.number().int().min(1),
  at: z.string().datetime({ offset: true }),
});
export type ConsortiumChangedV1 = z.infer<typeof consortiumChangedV1>;
