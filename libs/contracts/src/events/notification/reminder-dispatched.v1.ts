import { z } from 'zod';

export const notificationRecipientV1 = z.object({ type: z.enum(['unit', 'user']), id: z.string().min(1) });

/** A reminder of a deadline was dispatched (before it, or at it) to its recipients' inboxes and push channels. */
export const reminderDispatchedV1 = z.object({
  deadlineId: z.string().min(1),
  instanceId: z.string().uuid(),
  subjectId: z.string().min(1),
  deadline: z.string().min(1),
  /** The reminder's key in the plan: `before-3d`, `due`. */
  reminder: z.string().min(1),
  kind: z.enum(['before', 'due']),
  /** Working days left until the deadline (0 at it). */
  workingDaysBefore: z.number().int().nonnegative(),
  dueAt: z.string().datetime({ offset: true }),
  recipients: z.array(notificationRecipientV1),
  dispatchedAt: z.string().datetime({ offset: true }),
});
export type ReminderDispatchedV1 = z.infer<typeof reminderDispatchedV1>;
