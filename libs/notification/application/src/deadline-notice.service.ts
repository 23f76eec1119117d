import { calendarLookup } from '@scq/calendar';
import { applicationTitle, assessmentTitle, fallbackTitle, resolveAudience, scenarioTitle, type LocalizedText, type NoticeStage, type Recipient } from '@scq/notification-domain';
import type { EventPublisher } from '@scq/platform-messaging';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { DeadlineRecord, ReminderRecord, SubjectInfo, SubjectKind } from './notification-records';
import { coordinatorUnit, type NotificationSettings } from './notification-settings';
import type { SubjectDirectory } from './notification.ports';
import type { NotifyRecipientsService } from './notify-recipients.service';

export interface SentNotice {
  recipients: Recipient[];
  /** What the reminder row keeps as its note: how many were told, and how. */
  note: string;
}

/**
 * Tells a deadline's reminder to its audience, in the caller's transaction: the recipients resolved, the message
 * naming `stage` (the stage the instance is in after the event that caused it), and, for a reminder or the due
 * notice that reached someone, `notification.reminder.dispatched` through the outbox.
 */
export class DeadlineNoticeService {
  constructor(
    private readonly subjects: SubjectDirectory,
    private readonly notifier: NotifyRecipientsService,
    private readonly publisher: EventPublisher,
    private readonly settings: NotificationSettings,
  ) {}

  async send(tx: SqlExecutor, deadline: DeadlineRecord, reminder: ReminderRecord, stage: NoticeStage, now: Date): Promise<SentNotice> {
    // An assessment's deadline is described by what it assesses (its scenario's title, and its applicant).
    const info = await this.subjects.describe(tx, deadline.about?.subject.id ?? deadline.subjectId);
    const recipients = resolveAudience(reminder.audience, {
      responsibleUnits: deadline.responsibleUnits,
      coordinatorUnit: coordinatorUnit(this.settings, info.taxonomyVersion),
      leadership: this.settings.policies.leadership,
      applicantId: info.applicantId,
    });
    const result = await this.notifier.notify(
      tx,
      {
        recipients,
        critical: reminder.critical,
        deadlineId: deadline.deadlineId,
        subjectKind: subjectKindOf(deadline.machineId),
        message: {
          kind: reminder.kind,
          title: titleOf(deadline, info),
          deadline: deadline.deadline,
          stage: stage.stage,
          stageLabel: stage.stageLabel,
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
    if (reminder.kind !== 'escalation' && recipients.length > 0) {
      await this.publisher.publish(tx, 'notification.deadline.v1', 'notification.reminder.dispatched', {
        subject: deadline.instanceId,
        data: {
          deadlineId: deadline.deadlineId,
          instanceId: deadline.instanceId,
          deadline: deadline.deadline,
          subjectId: deadline.subjectId,
          reminder: reminder.key,
          kind: reminder.kind,
          workingDaysBefore: reminder.workingDays,
          dueAt: deadline.dueAt.toISOString(),
          recipients,
          dispatchedAt: now.toISOString(),
        },
      });
    }
    return { recipients, note: `${recipients.length} recipient(s), ${result.deliveries} push deliveries (${result.deferred} deferred), ${result.digested} into digests` };
  }
}

/**
 * What a message calls its subject: the scenario by its title, an application or an assessment named after the
 * scenario, or a generic name with a short id when the title is not known (yet).
 */
export function titleOf(deadline: Pick<DeadlineRecord, 'machineId' | 'about'>, info: SubjectInfo): LocalizedText {
  if (!info.scenarioTitle) return fallbackTitle(deadline.machineId, deadline.about);
  const scenario = { zh: info.scenarioTitle.zh, en: info.scenarioTitle.en ?? info.scenarioTitle.zh };
  if (deadline.about) return assessmentTitle(deadline.about.purpose, { kind: deadline.about.subject.kind, scenario, applicant: info.applicantOrganisation });
  return info.kind === 'application' ? applicationTitle(scenario, info.applicantOrganisation) : scenarioTitle(scenario);
}

/** What a lifecycle's subject is, by the machine that runs it (the inbox item's link target). */
export function subjectKindOf(machineId: string): SubjectKind {
  if (machineId.startsWith('application')) return 'application';
  if (machineId.startsWith('assessment')) return 'assessment';
  return 'scenario';
}
