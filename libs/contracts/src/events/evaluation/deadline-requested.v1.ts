import type { z } from 'zod';
import { deadlineCancelledV1, deadlineRequestedV1 } from '../workflow/deadline-requested.v1';

/**
 * The evaluation service's deadlines (an assessment's scoring period) for the reminder system: the same schemas as
 * the workflow's, on the evaluation service's own topic `evaluation.deadline.v1`. The notification service answers
 * `notification.deadline.reached`; `deadlineId` is `<assessment lifecycle instance id>.<scoring-N>`.
 */
export const evaluationDeadlineRequestedV1 = deadlineRequestedV1;
export type EvaluationDeadlineRequestedV1 = z.infer<typeof evaluationDeadlineRequestedV1>;

export const evaluationDeadlineCancelledV1 = deadlineCancelledV1;
export type EvaluationDeadlineCancelledV1 = z.infer<typeof evaluationDeadlineCancelledV1>;
