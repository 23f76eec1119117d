import { useApi } from '../../api/use-api';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { evaluationMessages, type EvaluationKey } from './evaluation.messages';
import { stageLabel, type AssessmentSummary, type AssignmentStatus, type Bilingual, type Purpose } from './evaluation.model';

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

interface ScenarioTitle {
  title?: Bilingual;
}

/** The subject's name: a scenario's title from the registry; an application by kind and short id. */
export function useSubjectName(subject: AssessmentSummary['subject'] | undefined): string {
  const t = useT(evaluationMessages);
  const label = useLabel();
  const scenario = useApi<ScenarioTitle>(subject?.kind === 'scenario' ? `/api/scenarios/${subject.id}` : null);
  if (!subject) return '';
  const short = `${t(subject.kind === 'scenario' ? 'scenario' : 'application')} ${subject.id.slice(0, 8)}`;
  return scenario.data?.title ? label(scenario.data.title, short) : short;
}

export function SubjectName({ subject }: { subject: AssessmentSummary['subject'] }) {
  return <>{useSubjectName(subject)}</>;
}

export function formatDateTime(value: string | null | undefined, language: 'zh' | 'en'): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

export function formatDate(value: string | null | undefined, language: 'zh' | 'en'): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(language === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** The scoring deadline planned by the notification service (“—” while it is not known). */
export function DueDate({ deadlineId }: { deadlineId: string | null }) {
  const { language } = useLanguage();
  const deadline = useApi<{ dueAt?: string; status?: string }>(deadlineId ? `/api/notifications/deadlines/${encodeURIComponent(deadlineId)}` : null);
  return <>{deadline.data?.status === 'active' || deadline.data?.status === undefined ? formatDate(deadline.data?.dueAt, language) : '—'}</>;
}
