import { createHash } from 'node:crypto';
import type { Recipient } from '@scq/notification-domain';

/** Scheduler queues of the notification service (constants; job ids never contain `:`). */
export const REMINDER_QUEUE = 'notification.reminders';
export const DELIVERY_QUEUE = 'notification.deliveries';
export const DIGEST_QUEUE = 'notification.digests';
export const NOTIFICATION_QUEUES = [REMINDER_QUEUE, DELIVERY_QUEUE, DIGEST_QUEUE] as const;

/** A reminder, escalation or the job at the deadline; job id `reminderJobId(deadlineId, key)`. */
export interface ReminderJob {
  deadlineId: string;
  key: string;
}

/** Attempt `attempt` of a push delivery; job id `delivery.<deliveryId>.<attempt>`. */
export interface DeliveryJob {
  deliveryId: string;
  attempt: number;
}

/** A recipient's digest of one day; job id `digest.<digestId>`. */
export interface DigestJob {
  digestId: string;
}

export function deliveryJobId(deliveryId: string, attempt: number): string {
  return `delivery.${deliveryId}.${attempt}`;
}

/** Deterministic per recipient and date; the recipient is hashed (unit names are Chinese and could hold anything). */
export function digestIdFor(recipient: Recipient, date: string): string {
  const hash = createHash('sha256').update(`${recipient.type}\u0000${recipient.id}`).digest('hex').slice(0, 24);
  return `${hash}.${date}`;
}

export function digestJobId(digestId: string): string {
  return `digest.${digestId}`;
}
