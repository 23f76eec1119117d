import { z } from 'zod';

/**
 * The coordinator or an administrator set a supplier's credit status in the registry: `restricted` is a 失信
 * restriction (the supplier may not apply to take a scenario), with its reason and date; `normal` lifts it. The
 * organisation is the directory's name of the supplier, as the caller's `organisation` spells it.
 */
export const supplierCreditChangedV1 = z.object({
  supplierId: z.string().uuid(),
  organisation: z.string().min(1),
  status: z.enum(['normal', 'restricted']),
  reason: z.string().nullable(),
  /** YYYY-MM-DD: since when the restriction holds; null when normal. */
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  changedBy: z.string().min(1),
  at: z.string().datetime({ offset: true }),
});
export type SupplierCreditChangedV1 = z.infer<typeof supplierCreditChangedV1>;
