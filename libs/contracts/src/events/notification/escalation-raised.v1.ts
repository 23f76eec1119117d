import { z } from 'zod';
import { notificationRecipientV1 } from './reminder-dispatched.v1';

/**
 * A deadline is overdue and its stage was not left: one link of the escalation chain (responsible units →
 * coordinator 市发展改革委 → leadership) was told. Raised again at each further link until the stage is left.
 */
export const escalationRaisedV1 = z.object({
  deadlineId: z.string().min(1),
  instanceId: z.string().uuid(),
  machineId: z.string().min(1),
  subjectId: z.string().min(1),
  deadline: z.string().min(1),
  stage: z.string().min(1),
  level: z.number().int().positive(),
  overdueWorkingDays: z.number().int().positive(),
  dueAt: z.string().datetime({ offset: true }),
  responsibleUnits: z.array(z.string()),
  recipients: z.array(notificationRecipientV1),
  critical: z.boolean(),
  raisedAt: z.string().datetime({ offset: true }),
});
export type EscalationRaisedV1 = z.infer<typeof escalationRaisedV1>;
