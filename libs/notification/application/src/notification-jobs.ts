import { createHash } from 'node:crypto';
import type { Recipient } from '@scq/notification-domain';

/**
 * Scheduler queues of the notification service (constants; job ids never contain `:`). Reminders, the most numerous
 * pending jobs, have a short queue name (it is part of every job's Redis key); see docs/notification.md.
 */
export const REMINDER_QUEUE = 'n.rem';
export const DELIVERY_QUEUE = 'notification.deliveries';
export const DIGEST_QUEUE = 'notification.digests';
/** Where earlier versions put reminders (payload `{ deadlineId, key }`): still handled, so that none is lost on upgrade. */
export const LEGACY_REMINDER_QUEUE = 'notification.reminders';
export const NOTIFICATION_QUEUES = [REMINDER_QUEUE, DELIVERY_QUEUE, DIGEST_QUEUE, LEGACY_REMINDER_QUEUE] as const;

/**
 * A reminder, escalation or the job at the deadline: `[deadlineId, key]` (ids only; everything else is read from the
 * database when it fires). Job id `reminderJobId(deadlineId, key)`.
 */
export type ReminderJob = readonly [deadlineId: string, key: string];

export function reminderJob(deadlineId: string, key: string): ReminderJob {
  return [deadlineId, key];
}

/** The deadline and key of a reminder job, also of one stored by an earlier version (`{ deadlineId, key }`). */
export function reminderOfJob(payload: ReminderJob | { deadlineId: string; key: string }): { deadlineId: string; key: string } {
  if (Array.isArray(payload)) return { deadlineId: payload[0], key: payload[1] };
  const legacy = payload as { deadlineId: string; key: string };
  return { deadlineId: legacy.deadlineId, key: legacy.key };
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
