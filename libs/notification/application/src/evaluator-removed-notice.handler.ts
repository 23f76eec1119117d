import type { EvaluatorRemovedV1 } from '@scq/contracts';
import { assessmentTitle, fallbackTitle, renderEvaluatorRemovedNotices, type LocalizedText } from '@scq/notification-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { SubjectInfo } from './notification-records';
import { coordinatorUnit, type NotificationSettings } from './notification-settings';
import type { SubjectDirectory } from './notification.ports';
import type { NotifyRecipientsService, NotifyResult } from './notify-recipients.service';

/**
 * `evaluation.assessment.evaluator-removed` → a notice to the coordinator (市发展改革委, which runs the evaluation
 * mechanism): which assessment, which evaluator left and for which conflict, whether their scores were voided, and who
 * took the seat (or that the assessment waits for one). In the consumer's transaction; the inbox's message id makes a
 * redelivery harmless.
 */
export class EvaluatorRemovedNoticeHandler {
  constructor(
    private readonly subjects: SubjectDirectory,
    private readonly notifier: NotifyRecipientsService,
    private readonly settings: NotificationSettings,
  ) {}

  async handle(tx: SqlExecutor, event: EvaluatorRemovedV1, now: Date = new Date()): Promise<NotifyResult> {
    const info = await this.subjects.describe(tx, event.subject.id);
    const coordinator = coordinatorUnit(this.settings, info.taxonomyVersion);
    const notice = {
      title: noticeTitle(event, info),
      evaluatorId: event.evaluatorId,
      conflicts: event.conflicts,
      scoresVoided: event.scoresVoided,
      replacementId: event.replacementId,
      removedAt: new Date(event.removedAt),
    };
    return this.notifier.fanOut(
      tx,
      {
        recipients: [{ type: 'unit', id: coordinator }],
        critical: false,
        kind: 'evaluator-removed',
        render: (recipient) => renderEvaluatorRemovedNotices({ ...notice, recipient }),
        refs: { deadlineId: null, instanceId: null, subjectId: event.assessmentId },
        subjectKind: 'assessment',
        deadline: null,
      },
      now,
    );
  }
}

/** The assessment named after what it assesses (重庆机器人公司对「园区无人配送」的申报的专家评审), or in words by its purpose. */
function noticeTitle(event: EvaluatorRemovedV1, info: SubjectInfo): LocalizedText {
  const about = { subject: event.subject, purpose: event.purpose };
  if (!info.scenarioTitle) return fallbackTitle('assessment-lifecycle', about);
  const scenario = { zh: info.scenarioTitle.zh, en: info.scenarioTitle.en ?? info.scenarioTitle.zh };
  return assessmentTitle(event.purpose, { kind: event.subject.kind, scenario, applicant: info.applicantOrganisation });
}
