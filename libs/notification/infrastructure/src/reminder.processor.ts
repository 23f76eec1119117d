import { LEGACY_REMINDER_QUEUE, REMINDER_QUEUE, reminderOfJob, type FireReminderHandler, type ReminderJob } from '@scq/notification-application';
import { platformMetrics } from '@scq/platform-observability';
import type { DueJob, Scheduler } from '@scq/platform-scheduling';

/**
 * Runs reminder, deadline and escalation jobs; a late, duplicate or cancelled one is a no-op (the row says so). Jobs
 * that earlier versions left in the legacy queue run too: the start's reschedule re-derived each of them into the
 * current queue as well, and whichever runs second finds its row fired.
 */
export class ReminderProcessor {
  constructor(private readonly fire: FireReminderHandler) {}

  register(scheduler: Scheduler): void {
    const run = (legacy: boolean) => async (job: DueJob<ReminderJob | { deadlineId: string; key: string }>) => {
      const { deadlineId, key } = reminderOfJob(job.payload);
      // Lateness of the scheduler itself: first attempts only (a retry is late by its backoff).
      const lateness = job.attempt === 1 ? (Date.now() - job.runAt.getTime()) / 1000 : null;
      // A legacy job is not cancelled when its reminder moves (the current version cancels current jobs only).
      platformMetrics.reminderRun(await this.fire.fire(deadlineId, key, new Date(), legacy ? job.runAt : undefined), lateness);
    };
    scheduler.handle(REMINDER_QUEUE, run(false));
    scheduler.handle(LEGACY_REMINDER_QUEUE, run(true));
  }
}
