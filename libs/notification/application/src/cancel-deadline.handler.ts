import type { DeadlineCancelledV1 } from '@scq/contracts';
import { DUE_NOTICE_KEY, reminderJobId, stageAfterEvent } from '@scq/notification-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { DeadlineNoticeService } from './deadline-notice.service';
import { REMINDER_QUEUE } from './notification-jobs';
import type { DeadlineRepository, JobOutbox } from './notification.ports';

/**
 * `workflow.deadline.cancelled` / `evaluation.deadline.cancelled`: the stage was left, so everything still pending for
 * the deadline is void — the rows in this transaction, the jobs once it commits. Also sent when the deadline itself
 * caused the exit (its job ran already): then the due notice waiting for this answer goes now, naming the stage the
 * lifecycle moved to, and the escalations are cancelled. An unknown or finished deadline is a no-op.
 */
export class CancelDeadlineHandler {
  constructor(
    private readonly deadlines: DeadlineRepository,
    private readonly jobs: JobOutbox,
    private readonly notices: DeadlineNoticeService,
  ) {}

  async handle(tx: SqlExecutor, cancellation: DeadlineCancelledV1): Promise<number> {
    const at = new Date(cancellation.cancelledAt);
    const cancelled = await this.deadlines.cancel(tx, cancellation, at);
    for (const reminder of cancelled) await this.jobs.cancel(tx, REMINDER_QUEUE, reminderJobId(reminder.deadlineId, reminder.key));
    const notice = cancelled.find((reminder) => reminder.key === DUE_NOTICE_KEY);
    const known = notice ? await this.deadlines.find(tx, cancellation.deadlineId) : null;
    if (notice && known) {
      const now = new Date();
      const { note } = await this.notices.send(tx, known.deadline, notice, stageAfterEvent(known.deadline, cancellation), now);
      await this.deadlines.finishReminder(tx, notice.deadlineId, notice.key, 'fired', now, `${note}; the lifecycle moved to ${cancellation.stage ?? '(not named)'}`);
    }
    return cancelled.length;
  }
}
