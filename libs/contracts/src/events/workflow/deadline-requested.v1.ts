import { z } from 'zod';
import { assessmentPurpose, assessmentSubject } from './assessment-requested.v1';

/**
 * A lifecycle entered a stage with a deadline counted in working days. The notification service computes
 * the instant on the working-day calendar, schedules reminders and answers `notification.deadline.reached`.
 */
export const deadlineRequestedV1 = z
  .object({
    deadlineId: z.string().min(1),
    instanceId: z.string().uuid(),
    machineId: z.string().min(1),
    subjectId: z.string().min(1),
    deadline: z.string().min(1),
    /** Due after this many working days from `requestedAt` (Asia/Shanghai, statutory holidays and 调休)… */
    workingDays: z.number().int().positive().optional(),
    /** …or on this date, set by the instance itself (e.g. a sandbox's expiry). */
    dueOn: z.string().date().optional(),
    stage: z.string().min(1),
    /** The stage's name from the machine (messages say it; older requests without it show a name from the id). */
    stageLabel: z.object({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
    /** What an assessment's deadline is about: the scenario or application assessed, and why (the message names it). */
    about: z.object({ subject: assessmentSubject, purpose: assessmentPurpose }).optional(),
    /** The units responsible for acting before the deadline (reminders and escalations go to them). */
    responsibleUnits: z.array(z.string()),
    requestedAt: z.string().datetime({ offset: true }),
  })
  .refine((d) => (d.workingDays === undefined) !== (d.dueOn === undefined), { message: 'exactly one of workingDays and dueOn', path: ['workingDays'] });
export type DeadlineRequestedV1 = z.infer<typeof deadlineRequestedV1>;

/** The stage with the deadline was left: pending reminders for it are void. */
export const deadlineCancelledV1 = z.object({
  deadlineId: z.string().min(1),
  instanceId: z.string().uuid(),
  deadline: z.string().min(1),
  /** The stage the instance moved to (a notice about the reached deadline says it; older senders leave it out). */
  stage: z.string().min(1).optional(),
  stageLabel: z.object({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
  cancelledAt: z.string().datetime({ offset: true }),
});
export type DeadlineCancelledV1 = z.infer<typeof deadlineCancelledV1>;
