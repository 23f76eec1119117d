import { APPLICATION_STAGE_LABELS, type ApplicationStageChangedV1 } from '@scq/contracts';
import { applicationTitle, fallbackTitle, renderApplicationStageNotices } from '@scq/notification-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { SubjectDirectory } from './notification.ports';
import type { NotifyRecipientsService, NotifyResult } from './notify-recipients.service';

/**
 * `workflow.application.stage-changed` → a notice in the applicant's inbox (and their push channels) with every change
 * of their application, naming the stage after it, what moved it and why. In the consumer's transaction; the inbox's
 * message id makes a redelivery harmless. An application whose applicant is not known is told to nobody.
 */
export class ApplicationStageNoticeHandler {
  constructor(
    private readonly subjects: SubjectDirectory,
    private readonly notifier: NotifyRecipientsService,
  ) {}

  async handle(tx: SqlExecutor, event: ApplicationStageChangedV1, now: Date = new Date()): Promise<NotifyResult | null> {
    if (event.from === event.to || event.applicantId === 'unknown') return null;
    const scenario = (await this.subjects.describe(tx, event.scenarioId)).scenarioTitle;
    // Named by who applies for what; the organisation travels with the event (the subject directory may not know it yet).
    const organisation = event.parties?.find((party) => party.role === 'applicant')?.organisation ?? null;
    const title = scenario ? applicationTitle({ zh: scenario.zh, en: scenario.en ?? scenario.zh }, organisation) : fallbackTitle(event.machine.id, null);
    const stage = APPLICATION_STAGE_LABELS[event.to] ?? { zh: event.to, en: event.to };
    return this.notifier.fanOut(
      tx,
      {
        recipients: [{ type: 'user', id: event.applicantId }],
        critical: false,
        kind: 'application-stage',
        render: (recipient) =>
          renderApplicationStageNotices({ recipient: recipient.id, title, stage, event: event.event, to: event.to, reason: event.reason ?? null, subjectId: event.applicationId, instanceId: event.instanceId }),
        refs: { deadlineId: null, instanceId: event.instanceId, subjectId: event.applicationId },
        subjectKind: 'application',
        deadline: null,
      },
      now,
    );
  }
}
