import { z } from 'zod';
import { assessmentPurpose, assessmentSubject } from '../workflow/assessment-requested.v1';

/** An assessment reached its decision: pass or fail against the rubric's thresholds, with the explanation. */
export const assessmentFinalizedV1 = z.object({
  assessmentId: z.string().uuid(),
  subject: assessmentSubject,
  purpose: assessmentPurpose,
  passed: z.boolean(),
  explanation: z.string().min(1),
  finalizedAt: z.string().datetime({ offset: true }),
});
export type AssessmentFinalizedV1 = z.infer<typeof assessmentFinalizedV1>;
