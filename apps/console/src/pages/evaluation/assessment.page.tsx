import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useApiQuery, useInvalidateAll } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLanguage, useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { Loadable } from '../../ui/status';
import { evaluationMessages } from './evaluation.messages';
import type { AssessmentView } from './evaluation.model';
import { PoolShortPanel } from './pool-short-panel';
import { WithdrawForm } from './withdraw-form';
import { AssignmentStatusBadge, DueDate, formatDateTime, StageName, usePurposeLabel, useStatusLabel, useSubjectName } from './evaluation.parts';
import { BlindNotice, OutcomeCard, PanelTable } from './assessment-parts';
import { ConsensusSection } from './consensus';
import { ScoreForm } from './score-form';
import { Dossier } from './dossier';
import './evaluation.css';

const route = getRouteApi('/evaluation/$id');

/** `/evaluation/:id`: the rubric score sheet for an assigned evaluator, the panel for the organisers, and the consensus once it may be seen. */
export function AssessmentPage() {
  const params = route.useParams();
  const id = params.id ?? '';
  const t = useT(evaluationMessages);
  const state = useApiQuery('/api/evaluation/assessments/{id}', { params: { path: { id } } });
  const [submitted, setSubmitted] = useState<AssessmentView | null>(null);
  const view = submitted ?? state.data;
  const name = useSubjectName(view?.subject);
  const invalidateAll = useInvalidateAll();
  // After a change made here (an evaluator added to the pool): the assessment and the lists load again.
  const reloadAll = async () => {
    setSubmitted(null);
    await invalidateAll();
  };
  return (
    <Page title={view ? t('assessmentTitle', { name }) : t('title')} actions={<Link to="/evaluation">{t('back')}</Link>}>
      <Loadable state={{ ...state, data: view }}>{(data) => <AssessmentBody view={data} onSubmitted={setSubmitted} onChanged={reloadAll} />}</Loadable>
    </Page>
  );
}

function AssessmentBody({ view, onSubmitted, onChanged }: { view: AssessmentView; onSubmitted: (view: AssessmentView) => void; onChanged: () => Promise<void> }) {
  const t = useT(evaluationMessages);
  const { hasRole } = useSession();
  const { language } = useLanguage();
  const purpose = usePurposeLabel();
  const statusLabel = useStatusLabel();
  const mine = view.myAssignment;
  const scoring = view.stage.startsWith('scoring');
  const assigned = mine?.status === 'assigned';
  return (
    <>
      {assigned ? <WithdrawForm view={view} onWithdrawn={onSubmitted} /> : null}
      <section className="card eval-summary" aria-labelledby="eval-summary">
        <h2 id="eval-summary">{t('summary')}</h2>
        <dl>
          <dt>{t('purpose')}</dt>
          <dd>{purpose(view.purpose)}</dd>
          <dt>{t('stage')}</dt>
          <dd>
            <StageName stage={view.stage} />
          </dd>
          <dt>{t('due')}</dt>
          <dd>{scoring ? <DueDate deadlineId={view.scoringDeadlineId} /> : '—'}</dd>
          {mine ? (
            <>
              <dt>{t('myStatus')}</dt>
              <dd>
                <AssignmentStatusBadge status={mine.status} />
              </dd>
            </>
          ) : null}
        </dl>
        <p className="muted small">{t('progress', view.progress)}</p>
        {view.waitingReason ? <p className="notice">{t('waiting', { reason: view.waitingReason })}</p> : null}
        {mine?.status === 'submitted' ? (
          <p className="success" role="status">
            {t('submitted', { time: formatDateTime(view.mySheet?.submittedAt ?? mine.endedAt, language) })}
          </p>
        ) : null}
      </section>

      {/* Waiting for its panel, or for a replacement of an evaluator who declined, recused or missed the deadline. */}
      {(view.stage === 'assigning' || view.stage.startsWith('scoring')) && view.waitingReason && hasRole('coordinator', 'admin') ? <PoolShortPanel view={view} onChanged={onChanged} /> : null}

      {view.outcome ? <OutcomeCard outcome={view.outcome} /> : null}

      <div className="eval-workspace">
        <div>
          {mine ? (
            mine.status === 'submitted' ? (
              <ConsensusSection assessmentId={view.id} version={view.progress.submitted} />
            ) : assigned && scoring ? (
              <>
                <BlindNotice assessmentId={view.id} />
                <ScoreForm view={view} onSubmitted={onSubmitted} />
              </>
            ) : assigned ? (
              <p className="notice">{t('notScoring')}</p>
            ) : (
              <p className="notice">{t('notAssigned', { status: statusLabel(mine.status) })}</p>
            )
          ) : null}

          {view.assignments ? (
            <>
              <PanelTable view={view} />
              <ConsensusSection assessmentId={view.id} version={view.progress.submitted} />
            </>
          ) : null}
        </div>
        <Dossier view={view} />
      </div>
    </>
  );
}
