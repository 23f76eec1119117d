import { SCENARIO_STAGE_LABELS, type SandboxIndicatorBreachedV1 } from '@scq/contracts';
import { renderSandboxBreachMessages, resolveAudience } from '@scq/notification-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { SubjectDirectory } from './notification.ports';
import { titleOf } from './deadline-notice.service';
import type { NotifyRecipientsService, NotifyResult } from './notify-recipients.service';

/**
 * A sandbox indicator read beyond its threshold (`workflow.scenario.sandbox-indicator-breached`): the domain's
 * responsible units are told, in the consumer's transaction, as a critical notice (no quiet hours, no digest).
 */
export class SandboxBreachHandler {
  constructor(
    private readonly subjects: SubjectDirectory,
    private readonly notifier: NotifyRecipientsService,
  ) {}

  async handle(tx: SqlExecutor, event: SandboxIndicatorBreachedV1, now: Date = new Date()): Promise<NotifyResult> {
    const info = await this.subjects.describe(tx, event.scenarioId);
    const title = titleOf({ machineId: 'scenario-lifecycle', about: null }, info);
    const recipients = resolveAudience(['responsible-units'], { responsibleUnits: event.responsibleUnits, coordinatorUnit: '', leadership: [], applicantId: null });
    return this.notifier.fanOut(
      tx,
      {
        recipients,
        kind: 'sandbox-breach',
        critical: true,
        render: (recipient) =>
          renderSandboxBreachMessages({
            title,
            stage: SCENARIO_STAGE_LABELS[event.stage] ?? { zh: event.stage, en: event.stage },
            indicator: event.indicator,
            value: event.value,
            observedOn: event.observedOn,
            note: event.note,
            responsibleUnits: event.responsibleUnits,
            recipient,
          }),
        refs: { deadlineId: null, instanceId: event.instanceId, subjectId: event.scenarioId },
        subjectKind: 'scenario',
        deadline: null,
      },
      now,
    );
  }
}
