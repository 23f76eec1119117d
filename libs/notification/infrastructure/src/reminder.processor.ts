import { REMINDER_QUEUE, type FireReminderHandler, type ReminderJob } from '@scq/notification-application';
import { platformMetrics } from '@scq/platform-observability';
import type { Scheduler } from '@scq/platform-scheduling';

/** Runs reminder, deadline and escalation jobs; a late, duplicate or cancelled one is a no-op (the row says so). */
export class ReminderProcessor {
  constructor(private readonly fire: FireReminderHandler) {}

  register(scheduler: Scheduler): void {
    scheduler.handle<ReminderJob>(REMINDER_QUEUE, async (job) => {
      // Lateness of the scheduler itself: first attempts only (a retry is late by its backoff).
      const lateness = job.attempt === 1 ? (Date.now() - job.runAt.getTime()) / 1000 : null;
      platformMetrics.reminderRun(await this.fire.fire(job.payload.deadlineId, job.payload.key), lateness);
    });
  }
}
