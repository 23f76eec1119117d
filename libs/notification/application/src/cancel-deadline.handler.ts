import type { DeadlineCancelledV1 } from '@scq/contracts';
import { reminderJobId } from '@scq/notification-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import { REMINDER_QUEUE } from './notification-jobs';
import type { DeadlineRepository, JobOutbox } from './notification.ports';

/**
 * `workflow.deadline.cancelled`: the stage was left, so everything still pending for the deadline is void — the
 * rows in this transaction, the jobs once it commits. Also sent when the deadline itself caused the exit (its job
 * ran already): then only escalations are left to cancel, and an unknown or finished deadline is a no-op.
 */
export class CancelDeadlineHandler {
  constructor(
    private readonly deadlines: DeadlineRepository,
    private readonly jobs: JobOutbox,
  ) {}

  async handle(tx: SqlExecutor, cancellation: DeadlineCancelledV1): Promise<number> {
    const cancelled = await this.deadlines.cancel(tx, cancellation, new Date(cancellation.cancelledAt));
    for (const reminder of cancelled) await this.jobs.cancel(tx, REMINDER_QUEUE, reminderJobId(reminder.deadlineId, reminder.key));
    return cancelled.length;
  }
}
