import { REMINDER_QUEUE, type FireReminderHandler, type ReminderJob } from '@scq/notification-application';
import type { Scheduler } from '@scq/platform-scheduling';

/** Runs reminder, deadline and escalation jobs; a late, duplicate or cancelled one is a no-op (the row says so). */
export class ReminderProcessor {
  constructor(private readonly fire: FireReminderHandler) {}

  register(scheduler: Scheduler): void {
    scheduler.handle<ReminderJob>(REMINDER_QUEUE, async (job) => {
      await this.fire.fire(job.payload.deadlineId, job.payload.key);
    });
  }
}
