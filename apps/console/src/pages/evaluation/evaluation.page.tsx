import { getRouteApi, Link } from '@tanstack/react-router';
import { useAllPages } from '../../api/all-pages';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { Empty, Loadable } from '../../ui/status';
import { patch } from '../../router/search';
import './evaluation.css';
import { evaluationMessages } from './evaluation.messages';
import { ASSESSMENT_STAGES, type AssessmentSubject } from './evaluation.model';
import { AssignmentStatusBadge, DueDate, formatDateTime, PURPOSES, ResultBadge, StageName, SubjectName, usePurposeLabel, useSubjectName } from './evaluation.parts';
import { TableWrap } from '../../ui/table-wrap';

/** Stages an organiser filters on (the server matches a stage and its sub-stages). */
const FILTER_STAGES = ['assigning', 'scoring', 'consensus', 'panelReview', 'finalized'];

/** `/evaluation`: an evaluator's assignments; for the organising units every assessment with its status. */
export function EvaluationPage() {
  const t = useT(evaluationMessages);
  const { hasRole } = useSession();
  const organiser = hasRole('coordinator', 'admin', 'officer');
  return (
    <Page title={t('title')}>
      {hasRole('evaluator') ? <MyAssignments /> : null}
      {organiser ? <AllAssessments /> : null}
    </Page>
  );
}

function OpenLink({ id, subject }: { id: string; subject: AssessmentSubject }) {
  const t = useT(evaluationMessages);
  const name = useSubjectName(subject);
  return (
    <Link to="/evaluation/$id" params={{ id }} aria-label={t('openAssessment', { name })}>
      {name}
    </Link>
  );
}

function MyAssignments() {
  const t = useT(evaluationMessages);
  const purpose = usePurposeLabel();
  // Every page of the caller's assignments (an evaluator has tens, not thousands).
  const state = useAllPages('/api/evaluation/assignments/mine', undefined, 10);
  return (
    <section aria-labelledby="my-assignments">
      <h2 id="my-assignments">{t('myAssignments')}</h2>
      <p className="muted small">{t('myAssignmentsHint')}</p>
      <Loadable state={state}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('noAssignments')}</Empty>
          ) : (
            <TableWrap labelledBy="my-assignments">
              <table aria-labelledby="my-assignments">
                <thead>
                  <tr>
                    <th scope="col">{t('subject')}</th>
                    <th scope="col">{t('purpose')}</th>
                    <th scope="col">{t('stage')}</th>
                    <th scope="col">{t('due')}</th>
                    <th scope="col">{t('myStatus')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map(({ assignment, assessment }) => (
                    <tr key={`${assessment.id}/${assignment.assignedAt}`} data-assessment={assessment.id}>
                      <td>
                        <OpenLink id={assessment.id} subject={assessment.subject} />
                      </td>
                      <td>{purpose(assessment.purpose)}</td>
                      <td>
                        <StageName stage={assessment.stage} />
                      </td>
                      <td>{assignment.status === 'assigned' ? <DueDate deadlineId={assessment.scoringDeadlineId} /> : '—'}</td>
                      <td>
                        <AssignmentStatusBadge status={assignment.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </Loadable>
    </section>
  );
}

const route = getRouteApi('/evaluation');

function AllAssessments() {
  const t = useT(evaluationMessages);
  const c = useT(common);
  const label = useLabel();
  const purposeLabel = usePurposeLabel();
  const { language } = useLanguage();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const stage = search.stage ?? '';
  const purpose = search.purpose ?? '';
  const after = search.after ?? '';
  // An empty filter is no filter (not sent); a purpose the API does not know is not sent either.
  const state = useApiQuery('/api/evaluation/assessments', {
    params: { query: { stage: stage || undefined, purpose: PURPOSES.find((known) => known === purpose), after: after || undefined, limit: 50 } },
  });
  const change = (changes: { stage?: string | null; purpose?: string | null }) => void navigate({ to: '.', search: patch({ after: null, ...changes }), replace: true });
  return (
    <section aria-labelledby="all-assessments">
      <h2 id="all-assessments">{t('allAssessments')}</h2>
      <div className="filters">
        <div>
          <label htmlFor="eval-filter-stage">{t('filterStage')}</label>
          <select id="eval-filter-stage" value={stage} onChange={(e) => change({ stage: e.target.value || null })}>
            <option value="">{c('all')}</option>
            {FILTER_STAGES.map((s) => (
              <option key={s} value={s}>
                {label(ASSESSMENT_STAGES[s], s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="eval-filter-purpose">{t('filterPurpose')}</label>
          <select id="eval-filter-purpose" value={purpose} onChange={(e) => change({ purpose: e.target.value || null })}>
            <option value="">{c('all')}</option>
            {PURPOSES.map((p) => (
              <option key={p} value={p}>
                {purposeLabel(p)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Loadable state={state}>
        {({ items, nextCursor }) =>
          items.length === 0 ? (
            <Empty>{t('noAssessments')}</Empty>
          ) : (
            <>
              <TableWrap labelledBy="all-assessments">
                <table aria-labelledby="all-assessments">
                  <thead>
                    <tr>
                      <th scope="col">{t('subject')}</th>
                      <th scope="col">{t('purpose')}</th>
                      <th scope="col">{t('stage')}</th>
                      <th scope="col">{t('due')}</th>
                      <th scope="col">{t('result')}</th>
                      <th scope="col">{t('requestedAt')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item) => (
                      <tr key={item.id} data-assessment={item.id}>
                        <td>
                          <Link to="/evaluation/$id" params={{ id: item.id }}>
                            <SubjectName subject={item.subject} />
                          </Link>
                          {item.waitingReason ? <div className="muted small">{t('waiting', { reason: item.waitingReason })}</div> : null}
                        </td>
                        <td>{purposeLabel(item.purpose)}</td>
                        <td>
                          <StageName stage={item.stage} />
                        </td>
                        <td>{item.stage.startsWith('scoring') ? <DueDate deadlineId={item.scoringDeadlineId} /> : '—'}</td>
                        <td>
                          <ResultBadge passed={item.passed} />
                        </td>
                        <td>{formatDateTime(item.requestedAt, language)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
              {nextCursor ? (
                <p>
                  <Link from="/evaluation" to="/evaluation" search={patch({ after: nextCursor })}>{t('loadMore')}</Link>
                </p>
              ) : null}
            </>
          )
        }
      </Loadable>
    </section>
  );
}
