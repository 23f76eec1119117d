import { z } from 'zod';

export const assessmentPurpose = z.enum(['recognition', 'effectiveness', 'application-review']);
export type AssessmentPurpose = z.infer<typeof assessmentPurpose>;

export const assessmentSubject = z.object({ kind: z.enum(['scenario', 'application']), id: z.string().uuid() });

/** A stage needs an assessment (认定评估, 成效评估, 专家评审): the evaluation service opens one. */
export const assessmentRequestedV1 = z.object({
  subject: assessmentSubject,
  purpose: assessmentPurpose,
  instanceId: z.string().uuid(),
  domainCode: z.string().nullable(),
  requestedAt: z.string().datetime({ offset: true }),
});
export type AssessmentRequestedV1 = z.infer<typeof assessmentRequestedV1>;
