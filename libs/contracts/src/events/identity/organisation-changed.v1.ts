import { z } from 'zod';

/**
 * The directory created or changed an organisation: its canonical name, the other names it goes by and its
 * 统一社会信用代码, so that every service spells it the one way (`重交大` → `重庆交通大学`). The full state each time:
 * a consumer keeps the latest per organisation.
 */
export const organisationChangedV1 = z.object({
  organisationId: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  uscc: z.string().nullable(),
  kind: z.string().min(1),
  at: z.string().datetime({ offset: true }),
});
export type OrganisationChangedV1 = z.infer<typeof organisationChangedV1>;
