import type { DeadlineRequestedV1 } from '@scq/contracts';
import { planReminders, policyFor, reminderJobId, type DeadlineDue } from '@scq/notification-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import { REMINDER_QUEUE, reminderJob, type ReminderJob } from './notification-jobs';
import type { NotificationSettings } from './notification-settings';
import type { DeadlineRepository, JobOutbox } from './notification.ports';

/**
 * `workflow.deadline.requested`: computes the deadline on the working-day calendar, plans its reminders from the
 * policy, and stores both in the consumer's transaction; the jobs follow through the job outbox once it commits.
 * A redelivered request finds the deadline known and changes nothing.
 */
export class RequestDeadlineHandler {
  constructor(
    private readonly deadlines: DeadlineRepository,
    private readonly jobs: JobOutbox,
    private readonly settings: NotificationSettings,
  ) {}

  async handle(tx: SqlExecutor, request: DeadlineRequestedV1): Promise<boolean> {
    const requestedAt = new Date(request.requestedAt);
    const due: DeadlineDue = request.workingDays !== undefined ? { workingDays: request.workingDays } : { dueOn: request.dueOn as string };
    const plan = planReminders({ deadlineId: request.deadlineId, requestedAt, due }, policyFor(this.settings.policies, request.deadline), this.settings.calculator);
    const inserted = await this.deadlines.insert(
      tx,
      {
        deadlineId: request.deadlineId,
        instanceId: request.instanceId,
        machineId: request.machineId,
        subjectId: request.subjectId,
        deadline: request.deadline,
        stage: request.stage,
        stageLabel: request.stageLabel ?? null,
        about: request.about ?? null,
        responsibleUnits: request.responsibleUnits,
        requestedAt,
        due,
        dueAt: plan.dueAt,
      },
      plan.reminders,
    );
    if (!inserted) return false;
    for (const reminder of plan.reminders) {
      if (reminder.skipped) continue;
      const payload: ReminderJob = reminderJob(request.deadlineId, reminder.key);
      await this.jobs.schedule(tx, { queue: REMINDER_QUEUE, jobId: reminderJobId(request.deadlineId, reminder.key), runAt: reminder.runAt, payload });
    }
    return true;
  }
}
