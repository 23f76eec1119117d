import { DUE_KEY, DUE_NOTICE_KEY, dueNotice, reminderJobId, stageAfterEvent } from '@scq/notification-domain';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import type { DeadlineNoticeService } from './deadline-notice.service';
import { REMINDER_QUEUE, reminderJob, type ReminderJob } from './notification-jobs';
import type { DeadlineRecord, ReminderRecord } from './notification-records';
import type { NotificationSettings } from './notification-settings';
import type { DeadlineRepository, JobOutbox } from './notification.ports';

export type FireOutcome = 'fired' | 'skipped' | 'ignored' | 'unknown';

/**
 * A reminder job is due. In one transaction: the reminder row is locked and must still be pending and its deadline
 * active (so a late, duplicate or cancelled job does nothing, and nothing is said about a stage that was left).
 * The job at the deadline publishes `notification.deadline.reached` and plans the due notice, which waits for the
 * lifecycle's answer (see `DUE_NOTICE_KEY`); when that job runs, the deadline is still active, so the lifecycle
 * stayed in its stage. A reminder or escalation is told while the stage is not left, naming it; an escalation also
 * publishes `notification.escalation.raised`. The row is marked fired.
 */
export class FireReminderHandler {
  constructor(
    private readonly db: Database,
    private readonly deadlines: DeadlineRepository,
    private readonly notices: DeadlineNoticeService,
    private readonly publisher: EventPublisher,
    private readonly jobs: JobOutbox,
    private readonly settings: NotificationSettings,
  ) {}

  /**
   * `scheduledFor`: the runAt of the job that fires it, when the job may be stale (one an earlier version left in the
   * legacy queue): a reminder moved since runs at its new time, from its new job, so this one is ignored.
   */
  async fire(deadlineId: string, key: string, now: Date = new Date(), scheduledFor?: Date): Promise<FireOutcome> {
    return this.db.transaction(async (tx): Promise<FireOutcome> => {
      const locked = await this.deadlines.lockReminder(tx, deadlineId, key);
      if (!locked) return 'unknown';
      const { deadline, reminder } = locked;
      if (reminder.status !== 'pending' || deadline.status !== 'active') return 'ignored';
      if (scheduledFor && reminder.runAt.getTime() !== scheduledFor.getTime()) return 'ignored';
      if (reminder.kind === 'before' && now.getTime() >= deadline.dueAt.getTime()) {
        await this.deadlines.finishReminder(tx, deadlineId, key, 'skipped', now, 'ran after the deadline: superseded');
        return 'skipped';
      }
      if (key === DUE_KEY) {
        await this.reach(tx, deadline, reminder, now);
        return 'fired';
      }
      const { recipients, note } = await this.notices.send(tx, deadline, reminder, stageAfterEvent(deadline, null), now);
      if (reminder.kind === 'escalation') {
        await this.publisher.publish(tx, 'notification.deadline.v1', 'notification.escalation.raised', {
          subject: deadline.instanceId,
          data: {
            deadlineId,
            instanceId: deadline.instanceId,
            deadline: deadline.deadline,
            machineId: deadline.machineId,
            subjectId: deadline.subjectId,
            stage: deadline.stage,
            level: reminder.level ?? 1,
            overdueWorkingDays: reminder.workingDays,
            dueAt: deadline.dueAt.toISOString(),
            responsibleUnits: deadline.responsibleUnits,
            recipients,
            critical: reminder.critical,
            raisedAt: now.toISOString(),
          },
        });
      }
      await this.deadlines.finishReminder(tx, deadlineId, key, 'fired', now, note);
      return 'fired';
    });
  }

  private async reach(tx: SqlExecutor, deadline: DeadlineRecord, due: ReminderRecord, now: Date): Promise<void> {
    const { deadlineId } = deadline;
    await this.deadlines.markReached(tx, deadlineId, now);
    await this.publisher.publish(tx, 'notification.deadline.v1', 'notification.deadline.reached', {
      subject: deadline.instanceId,
      data: { deadlineId, instanceId: deadline.instanceId, deadline: deadline.deadline, reachedAt: now.toISOString() },
    });
    const notice = dueNotice(due, now, this.settings.dueNoticeWaitMs);
    if (notice) {
      await this.deadlines.addReminders(tx, deadlineId, [notice]);
      const payload: ReminderJob = reminderJob(deadlineId, DUE_NOTICE_KEY);
      await this.jobs.schedule(tx, { queue: REMINDER_QUEUE, jobId: reminderJobId(deadlineId, DUE_NOTICE_KEY), runAt: notice.runAt, payload });
    }
    await this.deadlines.finishReminder(tx, deadlineId, DUE_KEY, 'fired', now, notice ? `reached; the notice waits for the lifecycle until ${notice.runAt.toISOString()}` : 'reached; the policy tells nobody');
  }
}
