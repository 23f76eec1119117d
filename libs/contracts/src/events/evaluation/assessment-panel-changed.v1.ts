import { z } from 'zod';
import { assessmentSubject } from '../workflow/assessment-requested.v1';

/**
 * The panel of an assessment changed (evaluators assigned or replaced, one declined or recused, the assessment
 * superseded): `evaluatorIds` is the whole current panel (assigned or having scored), empty once it has none. The
 * registry and the workflow keep it to let an evaluator read what they assess (docs/architecture.md, "Who reads what").
 */
export const assessmentPanelChangedV1 = z.object({
  assessmentId: z.string().uuid(),
  subject: assessmentSubject,
  evaluatorIds: z.array(z.string().min(1)),
  at: z.string().datetime({ offset: true }),
});
export type AssessmentPanelChangedV1 = z.infer<typeof assessmentPanelChangedV1>;
