import { useApiQuery } from '../../api/queries';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { evaluationMessages, type EvaluationKey } from './evaluation.messages';
import { stageLabel, type AssessmentSubject, type AssignmentStatus, type Purpose } from './evaluation.model';
import { beijingTime } from '../../ui/beijing-time';

const PURPOSE_KEYS: Record<Purpose, EvaluationKey> = {
  recognition: 'purposeRecognition',
  effectiveness: 'purposeEffectiveness',
  'application-review': 'purposeApplicationReview',
};

const STATUS_KEYS: Record<AssignmentStatus, EvaluationKey> = {
  assigned: 'statusAssigned',
  submitted: 'statusSubmitted',
  declined: 'statusDeclined',
  recused: 'statusRecused',
  'missed-deadline': 'statusMissedDeadline',
  withdrawn: 'statusWithdrawn',
  conflict: 'statusConflict',
};

export const PURPOSES = Object.keys(PURPOSE_KEYS) as Purpose[];

export function usePurposeLabel(): (purpose: string) => string {
  const t = useT(evaluationMessages);
  return (purpose) => (purpose in PURPOSE_KEYS ? t(PURPOSE_KEYS[purpose as Purpose]) : purpose);
}

export function useStatusLabel(): (status: string) => string {
  const t = useT(evaluationMessages);
  return (status) => (status in STATUS_KEYS ? t(STATUS_KEYS[status as AssignmentStatus]) : status);
}

export function StageName({ stage }: { stage: string }) {
  const label = useLabel();
  return <>{label(stageLabel(stage), stage)}</>;
}

export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const statusLabel = useStatusLabel();
  return <span className={`eval-status eval-status-${status}`}>{statusLabel(status)}</span>;
}

export function ResultBadge({ passed }: { passed: boolean | null }) {
  const t = useT(evaluationMessages);
  if (passed === null) return <span className="muted">{t('pending')}</span>;
  return <span className={passed ? 'eval-pass' : 'eval-fail'}>{passed ? t('passed') : t('failed')}</span>;
}

/**
 * The subject's name in words: a scenario's title from the registry; an application as “申报：<its scenario's title>”
 * (the workflow knows which scenario it answers). The kind and a short id while the names load or when unreadable.
 */
export function useSubjectName(subject: AssessmentSubject | undefined): string {
  const t = useT(evaluationMessages);
  const label = useLabel();
  const application = useApiQuery(subject?.kind === 'application' ? '/api/workflow/applications/{applicationId}' : null, { params: { path: { applicationId: subject?.id ?? '' } } });
  const scenarioId = subject?.kind === 'scenario' ? subject.id : application.data?.subject.scenarioId;
  const scenario = useApiQuery(scenarioId ? '/api/scenarios/{id}' : null, { params: { path: { id: scenarioId ?? '' } } });
  if (!subject) return '';
  const short = `${t(subject.kind === 'scenario' ? 'scenario' : 'application')} ${subject.id.slice(0, 8)}`;
  if (!scenario.data) return short;
  const title = label(scenario.data.title, short);
  return subject.kind === 'scenario' ? title : t('applicationFor', { title });
}

export function SubjectName({ subject }: { subject: AssessmentSubject }) {
  return <>{useSubjectName(subject)}</>;
}

export function formatDateTime(value: string | null | undefined, language: 'zh' | 'en'): string {
  return beijingTime(value, language, 'minutes');
}

export function formatDate(value: string | null | undefined, language: 'zh' | 'en'): string {
  return beijingTime(value, language, 'date');
}

/** The scoring deadline planned by the notification service (“—” while it is not known). */
export function DueDate({ deadlineId }: { deadlineId: string | null }) {
  const { language } = useLanguage();
  const deadline = useApiQuery(deadlineId ? '/api/notifications/deadlines/{deadlineId}' : null, { params: { path: { deadlineId: deadlineId ?? '' } } });
  // While it loads (or without a deadline) “—”; a cancelled deadline is no due date.
  return <>{deadline.data === undefined || deadline.data.status === 'active' ? formatDate(deadline.data?.dueAt, language) : '—'}</>;
}
