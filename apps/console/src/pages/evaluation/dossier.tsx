import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { answer, asApiError, http, type ApiError, type Schema } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { allDomains, useTaxonomy } from '../../api/taxonomy';
import { useSession } from '../../auth/session';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/status';
import { formatYuan } from '../../ui/money';
import { dossierMessages } from './dossier.messages';
import type { AssessmentView } from './evaluation.model';
import { formatDateTime, ResultBadge, StageName, usePurposeLabel } from './evaluation.parts';
import { saveFile } from '../../ui/save-file';

const TIER_KEYS = {
  'comprehensive-major': 'tierComprehensiveMajor',
  'industry-integrated': 'tierIndustryIntegrated',
  'high-value-niche': 'tierHighValueNiche',
} as const;

type Attachment = Schema<'ApplicationAttachment'>;

/**
 * What the evaluator scores (评审材料), beside the score sheet: the scenario's profile with a link to its page, for
 * an application review the application's content and attachments, and the earlier assessments of the scenario.
 */
export function Dossier({ view }: { view: AssessmentView }) {
  const t = useT(dossierMessages);
  // An application's scenario comes from its lifecycle (evaluators read it while it is under expert review).
  const application = useApiQuery(view.subject.kind === 'application' ? '/api/workflow/applications/{applicationId}' : null, { params: { path: { applicationId: view.subject.id } } });
  const subject = application.data?.subject;
  const scenarioId = view.subject.kind === 'scenario' ? view.subject.id : subject?.kind === 'application' ? subject.scenarioId : null;
  return (
    <aside className="eval-dossier" aria-labelledby="eval-dossier-title">
      <h2 id="eval-dossier-title">{t('dossier')}</h2>
      {scenarioId ? <ScenarioProfile scenarioId={scenarioId} /> : null}
      {view.subject.kind === 'application' ? <ApplicationMaterials applicationId={view.subject.id} /> : null}
      {scenarioId ? <EarlierAssessments scenarioId={scenarioId} currentId={view.id} /> : null}
    </aside>
  );
}

function ScenarioProfile({ scenarioId }: { scenarioId: string }) {
  const t = useT(dossierMessages);
  const label = useLabel();
  const { language } = useLanguage();
  const scenario = useApiQuery('/api/scenarios/{id}', { params: { path: { id: scenarioId } } });
  const taxonomy = useTaxonomy();
  if (scenario.error) return <p className="muted small">{t('scenarioUnavailable', { message: scenario.error.message })}</p>;
  const data = scenario.data;
  if (!data) return null;
  const domain = taxonomy.data ? allDomains(taxonomy.data).find((candidate) => candidate.code === data.domainCode) : undefined;
  const title = label(data.title, data.id);
  return (
    <section className="card eval-dossier-part" aria-labelledby="eval-scenario-profile">
      <h3 id="eval-scenario-profile">{t('scenarioProfile')}</h3>
      <dl>
        <dt>{t('title')}</dt>
        <dd>
          <Link to="/scenarios/$id" params={{ id: data.id }} aria-label={t('openScenario', { title })}>
            {title}
          </Link>
        </dd>
        <dt>{t('domain')}</dt>
        <dd>{domain ? (language === 'en' ? domain.enName : domain.zhName) : data.domainCode}</dd>
        <dt>{t('ownerUnit')}</dt>
        <dd>{data.ownerUnit}</dd>
        <dt>{t('tier')}</dt>
        <dd>{t(TIER_KEYS[data.tier])}</dd>
        <dt>{t('district')}</dt>
        <dd>{data.district ?? t('none')}</dd>
        <dt>{t('budget')}</dt>
        <dd>{data.budget ? t('yuan', { amount: formatYuan(data.budget.totalFen) }) : t('none')}</dd>
      </dl>
      <h4>{t('description')}</h4>
      <p className="eval-dossier-text">{label(data.description, t('none'))}</p>
    </section>
  );
}

function ApplicationMaterials({ applicationId }: { applicationId: string }) {
  const t = useT(dossierMessages);
  const label = useLabel();
  const request = { params: { path: { applicationId } } };
  const content = useApiQuery('/api/workflow/applications/{applicationId}/content', request);
  const attachments = useApiQuery('/api/workflow/applications/{applicationId}/attachments', request);
  const error = content.error ?? attachments.error;
  const proposal = content.data?.content?.proposal;
  const contact = content.data?.content?.contact;
  return (
    <section className="card eval-dossier-part" aria-labelledby="eval-application">
      <h3 id="eval-application">{t('application')}</h3>
      {error ? <p className="muted small">{t('applicationUnavailable', { message: error.message })}</p> : null}
      {content.data && !proposal ? <p className="muted">{t('noContent')}</p> : null}
      {proposal ? (
        <dl>
          <dt>{t('proposalTitle')}</dt>
          <dd>{label(proposal.title)}</dd>
          <dt>{t('proposalSummary')}</dt>
          <dd className="eval-dossier-text">{label(proposal.summary)}</dd>
          <dt>{t('proposalApproach')}</dt>
          <dd className="eval-dossier-text">{label(proposal.approach)}</dd>
          {contact ? (
            <>
              <dt>{t('contact')}</dt>
              <dd>
                {contact.name} · {contact.phone} · {contact.email}
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {attachments.data ? (
        <>
          <h4>{t('attachments')}</h4>
          {attachments.data.items.length === 0 ? <p className="muted small">{t('noAttachments')}</p> : null}
          <ul className="eval-dossier-files">
            {attachments.data.items.map((item) => (
              <AttachmentItem key={item.id} item={item} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** A download needs the bearer token: the file is fetched, then handed to the browser under its own name. */
function AttachmentItem({ item }: { item: Attachment }) {
  const t = useT(dossierMessages);
  const [error, setError] = useState<ApiError | null>(null);
  async function download() {
    try {
      const path = { applicationId: item.applicationId, attachmentId: item.id };
      const blob = await answer(http.GET('/api/workflow/applications/{applicationId}/attachments/{attachmentId}', { params: { path }, parseAs: 'blob' }));
      saveFile(blob as Blob, item.fileName);
      setError(null);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }
  return (
    <li>
      <button type="button" className="link" onClick={() => void download()} aria-label={t('download', { name: item.fileName })}>
        {item.fileName}
      </button>{' '}
      <span className="muted small">{Math.max(1, Math.round(item.size / 1024))} KB</span>
      {error ? <ErrorMessage error={error} /> : null}
    </li>
  );
}

/**
 * The other assessments of the scenario: the organisers list them all; an evaluator (who may not list assessments)
 * sees those of the scenario they were assigned to.
 */
function EarlierAssessments({ scenarioId, currentId }: { scenarioId: string; currentId: string }) {
  const t = useT(dossierMessages);
  const { hasRole } = useSession();
  const organiser = hasRole('coordinator', 'leadership', 'auditor', 'admin', 'officer');
  const all = useApiQuery(organiser ? '/api/evaluation/assessments' : null, { params: { query: { subject: scenarioId, limit: 50 } } });
  const mine = useApiQuery(organiser ? null : '/api/evaluation/assignments/mine', { params: { query: { limit: 200 } } });
  const items = organiser
    ? (all.data?.items ?? []).filter((item) => item.id !== currentId)
    : (mine.data?.items ?? []).map((item) => item.assessment).filter((item) => item.subject.id === scenarioId && item.id !== currentId);
  const loaded = organiser ? all.data : mine.data;
  return (
    <section className="card eval-dossier-part" aria-labelledby="eval-earlier">
      <h3 id="eval-earlier">{t('earlier')}</h3>
      <p className="muted small">{t(organiser ? 'earlierHint' : 'earlierMineHint')}</p>
      {loaded && items.length === 0 ? <p className="muted small">{t('earlierNone')}</p> : null}
      <ul className="eval-dossier-earlier">
        {items.map((item) => (
          <EarlierItem key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

function EarlierItem({ item }: { item: { id: string; purpose: string; stage: string; requestedAt: string; outcome?: { passed: boolean | null } | null } }) {
  const t = useT(dossierMessages);
  const { language } = useLanguage();
  const purpose = usePurposeLabel();
  return (
    <li>
      <Link to="/evaluation/$id" params={{ id: item.id }}>
        {purpose(item.purpose)}
      </Link>{' '}
      · <StageName stage={item.stage} />
      {item.outcome !== undefined ? (
        <>
          {' · '}
          <ResultBadge passed={item.outcome?.passed ?? null} />
        </>
      ) : null}
      <div className="muted small">{t('requested', { time: formatDateTime(item.requestedAt, language) })}</div>
    </li>
  );
}
