import type { EmploymentRiskBreachedV1 } from '@scq/contracts';
import { renderEmploymentRiskMessages, type Recipient } from '@scq/notification-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { SubjectDirectory } from './notification.ports';
import { titleOf } from './deadline-notice.service';
import type { NotifyRecipientsService, NotifyResult } from './notify-recipients.service';

/**
 * A scenario's employment figures beyond the registry's thresholds (`registry.scenario.employment-risk-breached`):
 * the units it names (市人力社保局 and the owner unit) are alerted, in the consumer's transaction, as a critical notice.
 */
export class EmploymentRiskNoticeHandler {
  constructor(
    private readonly subjects: SubjectDirectory,
    private readonly notifier: NotifyRecipientsService,
  ) {}

  async handle(tx: SqlExecutor, event: EmploymentRiskBreachedV1, now: Date = new Date()): Promise<NotifyResult> {
    const info = await this.subjects.describe(tx, event.scenarioId);
    const title = titleOf({ machineId: 'scenario-lifecycle', about: null }, info);
    const recipients: Recipient[] = [...new Set(event.alertUnits)].map((unit) => ({ type: 'unit', id: unit }));
    return this.notifier.fanOut(
      tx,
      {
        recipients,
        kind: 'employment-risk',
        critical: true,
        render: (recipient) =>
          renderEmploymentRiskMessages({
            title,
            period: event.period,
            ownerUnit: event.ownerUnit,
            jobsCreated: event.jobsCreated,
            jobsDisplaced: event.jobsDisplaced,
            breaches: event.breaches,
            recipient,
          }),
        refs: { deadlineId: null, instanceId: null, subjectId: event.scenarioId },
        subjectKind: 'scenario',
        deadline: null,
      },
      now,
    );
  }
}
