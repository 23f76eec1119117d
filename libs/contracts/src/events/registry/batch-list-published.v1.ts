import { z } from 'zod';

/**
 * A revision of a batch list (批次清单) was published: the workflow lists every scenario added by it (入清单) and takes
 * out of 入清单 every scenario a correction removed, with the correction's reason. Keyed by the list number, so
 * the revisions of one list arrive in order.
 */
export const batchListPublishedV1 = z.object({
  listId: z.string().uuid(),
  number: z.string().min(1),
  revision: z.number().int().positive(),
  /** The published revision this one corrects; null for revision 1. */
  revisionOf: z.string().uuid().nullable(),
  /** 更正说明, null for revision 1. */
  reason: z.string().nullable(),
  /** Every scenario on the revision, in list order. */
  scenarioIds: z.array(z.string().uuid()),
  /** Scenarios on this revision and not on the one it corrects (all of them for revision 1): they are listed now. */
  added: z.array(z.string().uuid()),
  /** Scenarios on the corrected revision and not on this one: they leave 入清单. */
  removed: z.array(z.string().uuid()),
  publishedBy: z.string().min(1),
  publishedAt: z.string().datetime({ offset: true }),
});
export type BatchListPublishedV1 = z.infer<typeof batchListPublishedV1>;
