import { calendarLookup } from '@scq/calendar';
import { applicationTitle, assessmentTitle, fallbackTitle, resolveAudience, scenarioTitle, type LocalizedText } from '@scq/notification-domain';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import type { DeadlineRecord, SubjectInfo } from './notification-records';
import { coordinatorUnit, type NotificationSettings } from './notification-settings';
import type { DeadlineRepository, SubjectDirectory } from './notification.ports';
import type { NotifyRecipientsService } from './notify-recipients.service';

export type FireOutcome = 'fired' | 'skipped' | 'ignored' | 'unknown';

/**
 * A reminder job is due. In one transaction: the reminder row is locked and must still be pending and its deadline
 * active (so a late, duplicate or cancelled job does nothing); the recipients are resolved and told; the job at the
 * deadline publishes `notification.deadline.reached`, an escalation `notification.escalation.raised`, a reminder
 * `notification.reminder.dispatched` (all through the outbox); the row is marked fired.
 */
export class FireReminderHandler {
  constructor(
    private readonly db: Database,
    private readonly deadlines: DeadlineRepository,
    private readonly subjects: SubjectDirectory,
    private readonly notifier: NotifyRecipientsService,
    private readonly publisher: EventPublisher,
    private readonly settings: NotificationSettings,
  ) {}

  async fire(deadlineId: string, key: string, now: Date = new Date()): Promise<FireOutcome> {
    const outcome = await this.db.transaction(async (tx): Promise<FireOutcome> => {
      const locked = await this.deadlines.lockReminder(tx, deadlineId, key);
      if (!locked) return 'unknown';
      const { deadline, reminder } = locked;
      if (reminder.status !== 'pending' || deadline.status !== 'active') return 'ignored';
      if (reminder.kind === 'before' && now.getTime() >= deadline.dueAt.getTime()) {
        await this.deadlines.finishReminder(tx, deadlineId, key, 'skipped', now, 'ran after the deadline: superseded');
        return 'skipped';
      }
      // An assessment's deadline is described by what it assesses (its scenario's title, and its applicant).
      const info = await this.subjects.describe(tx, deadline.about?.subject.id ?? deadline.subjectId);
      const recipients = resolveAudience(reminder.audience, {
        responsibleUnits: deadline.responsibleUnits,
        coordinatorUnit: coordinatorUnit(this.settings, info.taxonomyVersion),
        leadership: this.settings.policies.leadership,
        applicantId: info.applicantId,
      });
      const kind = reminder.kind;
      const result = await this.notifier.notify(
        tx,
        {
          recipients,
          critical: reminder.critical,
          deadlineId,
          message: {
            kind,
            title: titleOf(deadline, info),
            deadline: deadline.deadline,
            stage: deadline.stage,
            stageLabel: deadline.stageLabel,
            dueAt: deadline.dueAt,
            workingDays: reminder.workingDays,
            level: reminder.level,
            responsibleUnits: deadline.responsibleUnits,
            subjectId: deadline.subjectId,
            instanceId: deadline.instanceId,
            unofficialYears: calendarLookup.unofficialYearsBetween(deadline.requestedAt, new Date(Math.max(deadline.dueAt.getTime(), reminder.runAt.getTime()))),
          },
        },
        now,
      );
      const common = { deadlineId, instanceId: deadline.instanceId, deadline: deadline.deadline };
      if (kind === 'due') {
        await this.deadlines.markReached(tx, deadlineId, now);
        await this.publisher.publish(tx, 'notification.deadline.v1', 'notification.deadline.reached', { subject: deadline.instanceId, data: { ...common, reachedAt: now.toISOString() } });
      }
      if (kind === 'escalation') {
        await this.publisher.publish(tx, 'notification.deadline.v1', 'notification.escalation.raised', {
          subject: deadline.instanceId,
          data: {
            ...common,
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
      } else if (recipients.length > 0) {
        await this.publisher.publish(tx, 'notification.deadline.v1', 'notification.reminder.dispatched', {
          subject: deadline.instanceId,
          data: {
            ...common,
            subjectId: deadline.subjectId,
            reminder: key,
            kind,
            workingDaysBefore: reminder.workingDays,
            dueAt: deadline.dueAt.toISOString(),
            recipients,
            dispatchedAt: now.toISOString(),
          },
        });
      }
      const note = `${recipients.length} recipient(s), ${result.deliveries} push deliveries (${result.deferred} deferred), ${result.digested} into digests`;
      await this.deadlines.finishReminder(tx, deadlineId, key, 'fired', now, note);
      return 'fired';
    });
    return outcome;
  }
}

/**
 * What a message calls its subject: the scenario by its title, an application or an assessment named after the
 * scenario, or a generic name with a short id when the title is not known (yet).
 */
export function titleOf(deadline: Pick<DeadlineRecord, 'machineId' | 'subjectId' | 'about'>, info: SubjectInfo): LocalizedText {
  if (!info.scenarioTitle) return fallbackTitle(deadline.machineId, deadline.subjectId, deadline.about);
  const scenario = { zh: info.scenarioTitle.zh, en: info.scenarioTitle.en ?? info.scenarioTitle.zh };
  if (deadline.about) return assessmentTitle(deadline.about.purpose, { kind: deadline.about.subject.kind, scenario });
  return info.kind === 'application' ? applicationTitle(scenario) : scenarioTitle(scenario);
}
