import { z } from 'zod';
import { assessmentPurpose, assessmentSubject } from '../workflow/assessment-requested.v1';

/**
 * An evaluator was taken off an undecided assessment because a conflict of interest came to light after they were
 * assigned (the application's organisation arrived, an organisation's name or the evaluator's affiliation changed, a
 * party was registered). `scoresVoided`: they had scored, and their sheet no longer counts. `replacementId`: who took
 * the seat, or null while the assessment waits for one. The panel itself is told by `panel-changed` as always.
 */
export const evaluatorRemovedV1 = z.object({
  assessmentId: z.string().uuid(),
  subject: assessmentSubject,
  purpose: assessmentPurpose,
  evaluatorId: z.string().min(1),
  cause: z.literal('conflict-of-interest'),
  conflicts: z.array(z.object({ kind: z.string().min(1), party: z.string().min(1), detail: z.string().min(1) })).min(1),
  scoresVoided: z.boolean(),
  replacementId: z.string().min(1).nullable(),
  organisingUnits: z.array(z.string().min(1)),
  removedAt: z.string().datetime({ offset: true }),
});
export type EvaluatorRemovedV1 = z.infer<typeof evaluatorRemovedV1>;
