import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { answer, ApiError, asApiError, fieldErrors, http, type Schema } from '../../api/client';
import { useApiQuery, useInvalidateAll, useLoadQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLabel, useLanguage, useT, type Translate as TranslateOf } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { ErrorMessage, Loadable, Loading } from '../../ui/status';
import './evaluation.css';
import { evaluationMessages, type EvaluationKey } from './evaluation.messages';
import { formatNumber, markKey, scaleValues, type AssessmentView, type ConsensusView, type Mark } from './evaluation.model';
import { PoolShortPanel } from './pool-short-panel';
import { WithdrawForm } from './withdraw-form';
import { AssignmentStatusBadge, DueDate, formatDateTime, ResultBadge, StageName, usePurposeLabel, useStatusLabel, useSubjectName } from './evaluation.parts';

type Translate = TranslateOf<EvaluationKey>;

/** `/evaluation/:id`: the rubric score sheet for an assigned evaluator, the panel for the organisers, and the consensus once it may be seen. */
const route = getRouteApi('/evaluation/$id');

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
  return (
    <>
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

      {view.stage === 'assigning' && view.waitingReason && hasRole('coordinator', 'admin') ? <PoolShortPanel view={view} onChanged={onChanged} /> : null}

      {view.outcome ? <OutcomeCard outcome={view.outcome} /> : null}

      {mine ? (
        mine.status === 'submitted' ? (
          <ConsensusSection assessmentId={view.id} version={view.progress.submitted} />
        ) : mine.status === 'assigned' && scoring ? (
          <>
            <BlindNotice assessmentId={view.id} />
            <ScoreForm view={view} onSubmitted={onSubmitted} />
            <WithdrawForm view={view} onWithdrawn={onSubmitted} />
          </>
        ) : mine.status === 'assigned' ? (
          <>
            <p className="notice">{t('notScoring')}</p>
            <WithdrawForm view={view} onWithdrawn={onSubmitted} />
          </>
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
    </>
  );
}

/** Blind scoring, as the server enforces it: the consensus is refused (403) until the evaluator's own sheet is in. */
function BlindNotice({ assessmentId }: { assessmentId: string }) {
  const t = useT(evaluationMessages);
  const { error } = useApiQuery('/api/evaluation/assessments/{id}/consensus', { params: { path: { id: assessmentId } } });
  return (
    <div className="notice eval-blind" role="note">
      <strong>{t('blind')}</strong>
      {error?.status === 403 ? <div className="small">{t('blindServer', { message: error.message })}</div> : null}
    </div>
  );
}

interface Entry {
  value: string;
  comment: string;
}

type ScoresRequest = Schema<'PostEvaluationAssessmentsByIdScoresRequest'>;
/** A mark as sent: a criterion left unmarked goes as null, so the server names it (scores.<n>.value) at its field. */
type MarkSent = Omit<ScoresRequest['scores'][number], 'value'> & { value: ScoresRequest['scores'][number]['value'] | null };

function ScoreForm({ view, onSubmitted }: { view: AssessmentView; onSubmitted: (view: AssessmentView) => void }) {
  const t = useT(evaluationMessages);
  const label = useLabel();
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // After a refused submission, the first field the server named gets the focus (the typed marks stay).
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const order = view.rubrics.flatMap((rubric) => rubric.criteria.map((criterion) => ({ rubric, criterion, key: markKey(rubric.id, criterion.id) })));
  const entry = (key: string): Entry => entries[key] ?? { value: '', comment: '' };
  const update = (key: string, change: Partial<Entry>) => setEntries((previous) => ({ ...previous, [key]: { ...(previous[key] ?? { value: '', comment: '' }), ...change } }));

  // The server names a field by its index in the array sent: scores.<n>.value / scores.<n>.comment.
  const byPath = fieldErrors(error);
  const problem = (key: string, field: 'value' | 'comment'): string | undefined => {
    const index = sent.indexOf(key);
    return index < 0 ? undefined : byPath.get(`scores.${index}.${field}`) ?? (field === 'value' ? byPath.get(`scores.${index}.criterionId`) : undefined);
  };
  const general = [...byPath.entries()].filter(([path]) => !/^scores\.\d+\./.test(path)).map(([, message]) => message);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const keys = order.map((item) => item.key);
    const scores = order.map(({ rubric, criterion, key }): MarkSent => {
      const { value, comment } = entry(key);
      const parsed = criterion.kind === 'pass-fail' ? (value === 'met' ? true : value === 'not-met' ? false : null) : value === '' ? null : Number(value);
      return { rubricId: rubric.id, criterionId: criterion.id, value: parsed, comment };
    });
    setBusy(true);
    setSent(keys);
    try {
      // The cast lets unmarked criteria through as null on purpose: the server's validation is what the form shows.
      const body = { scores } as ScoresRequest;
      const result = await answer(http.POST('/api/evaluation/assessments/{id}/scores', { params: { path: { id: view.id } }, body }));
      setError(null);
      onSubmitted(result);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="eval-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="score-form-title">
      <h2 id="score-form-title">{t('scoringForm')}</h2>
      <p className="muted small">{t('scoringHint')}</p>
      {error ? (
        <>
          <ErrorMessage error={error} />
          {byPath.size > 0 ? <p className="error">{t('formErrors', { count: byPath.size })}</p> : null}
          {general.map((message) => (
            <p key={message} className="error">
              {message}
            </p>
          ))}
        </>
      ) : null}
      {view.rubrics.map((rubric) => (
        <fieldset key={rubric.id} className="eval-rubric">
          <legend>
            {label(rubric.title, rubric.id)} <span className="muted small">v{rubric.version}</span>
          </legend>
          <p className="muted small">
            {t('basis')}: {label(rubric.basis)}
          </p>
          {rubric.criteria.map((criterion) => {
            const key = markKey(rubric.id, criterion.id);
            const domId = `mark-${rubric.id}-${criterion.id}`;
            const valueProblem = problem(key, 'value');
            const commentProblem = problem(key, 'comment');
            const { value, comment } = entry(key);
            return (
              <div key={key} className={`eval-criterion${valueProblem || commentProblem ? ' eval-invalid' : ''}`}>
                <h3 className="eval-criterion-name">{label(criterion.label, criterion.id)}</h3>
                <p className="small">{label(criterion.guidance)}</p>
                <p className="muted small">
                  {criterion.kind === 'scored'
                    ? criterion.threshold === null
                      ? t('scaleNoThreshold', { ...criterion.scale })
                      : t('scale', { ...criterion.scale, threshold: criterion.threshold })
                    : t('passFailHint')}
                  {criterion.kind === 'scored' && criterion.weight !== 1 ? ` · ${t('weight', { weight: criterion.weight })}` : null}
                </p>
                <div className="eval-criterion-fields">
                  <div>
                    <label htmlFor={`${domId}-value`}>
                      {t('scoreFor', { name: label(criterion.label, criterion.id) })}
                    </label>
                    <select
                      id={`${domId}-value`}
                      value={value}
                      onChange={(e) => update(key, { value: e.target.value })}
                      aria-invalid={valueProblem ? true : undefined}
                      aria-describedby={valueProblem ? `${domId}-value-error` : undefined}
                    >
                      <option value="">{t('chooseScore')}</option>
                      {criterion.kind === 'scored' ? (
                        scaleValues(criterion.scale).map((v) => (
                          <option key={v} value={String(v)}>
                            {String(v)}
                          </option>
                        ))
                      ) : (
                        <>
                          <option value="met">{t('met')}</option>
                          <option value="not-met">{t('notMet')}</option>
                        </>
                      )}
                    </select>
                    {valueProblem ? (
                      <p id={`${domId}-value-error`} className="eval-field-error">
                        {valueProblem}
                      </p>
                    ) : null}
                  </div>
                  <div className="eval-comment">
                    <label htmlFor={`${domId}-comment`}>
                      {t('commentFor', { name: label(criterion.label, criterion.id) })}
                    </label>
                    <textarea
                      id={`${domId}-comment`}
                      value={comment}
                      rows={2}
                      maxLength={4000}
                      onChange={(e) => update(key, { comment: e.target.value })}
                      aria-invalid={commentProblem ? true : undefined}
                      aria-describedby={commentProblem ? `${domId}-comment-error` : undefined}
                    />
                    {commentProblem ? (
                      <p id={`${domId}-comment-error`} className="eval-field-error">
                        {commentProblem}
                      </p>
                    ) : null}
                  </div>
                </div>
              </div>
            );
          })}
          {rubric.totalThreshold !== null ? <p className="muted small">{t('totalThreshold', { threshold: rubric.totalThreshold })}</p> : null}
        </fieldset>
      ))}
      <p className="muted small">{t('confirmFinal')}</p>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('submitting') : t('submitScores')}
      </button>
    </form>
  );
}

function PanelTable({ view }: { view: AssessmentView }) {
  const t = useT(evaluationMessages);
  const { language } = useLanguage();
  return (
    <section aria-labelledby="eval-panel">
      <h2 id="eval-panel">{t('panel')}</h2>
      <div className="table-wrap">
        <table aria-labelledby="eval-panel">
          <thead>
            <tr>
              <th scope="col">{t('evaluator')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('assignedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {(view.assignments ?? []).map((assignment) => (
              <tr key={`${assignment.evaluatorId}/${assignment.assignedAt}`}>
                <td>{assignment.evaluatorId}</td>
                <td>
                  <AssignmentStatusBadge status={assignment.status} />
                </td>
                <td>{formatDateTime(assignment.assignedAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Display names of the sheets: “me”, the others by letter in order of submission (the server's anonymous labels re-lettered without the own sheet), ids for organisers. */
function useSheetNames(data: ConsensusView): (evaluator: string) => string {
  const t = useT(evaluationMessages);
  const others = data.sheets.filter((sheet) => !sheet.own && /^evaluator-[A-Z]$/.test(sheet.evaluator)).map((sheet) => sheet.evaluator);
  return (evaluator) => {
    if (evaluator === 'own') return t('evaluatorOwn');
    const index = others.indexOf(evaluator);
    return index >= 0 ? t('evaluatorOther', { letter: String.fromCharCode(65 + index) }) : evaluator;
  };
}

function markText(t: Translate, mark: Mark | undefined): string {
  if (!mark) return '—';
  if (typeof mark.value === 'boolean') return mark.value ? t('met') : t('notMet');
  return String(mark.value);
}

/** The sheets and the consensus: for an evaluator after their own submission, for organisers once unsealed (the server decides). */
function ConsensusSection({ assessmentId, version }: { assessmentId: string; version: number }) {
  const t = useT(evaluationMessages);
  // Loaded again whenever another sheet comes in (`version`: the number submitted).
  const state = useLoadQuery(['/api/evaluation/assessments/{id}/consensus', assessmentId, version], (signal) =>
    answer(http.GET('/api/evaluation/assessments/{id}/consensus', { params: { path: { id: assessmentId } }, signal })),
  );
  if (state.error?.status === 403) {
    return (
      <section aria-labelledby="eval-consensus">
        <h2 id="eval-consensus">{t('consensusTitle')}</h2>
        <p className="notice" role="note">
          {t('consensusSealed')} <span className="small">{t('blindServer', { message: state.error.message })}</span>
        </p>
      </section>
    );
  }
  if (state.error) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading />;
  return <ConsensusBody data={state.data} />;
}

function ConsensusBody({ data }: { data: ConsensusView }) {
  const t = useT(evaluationMessages);
  const label = useLabel();
  const name = useSheetNames(data);
  const { consensus } = data;
  const panel = data.stage === 'panelReview' || (consensus !== null && consensus.disagreement > data.disagreementThreshold);
  return (
    <section aria-labelledby="eval-consensus" className="eval-consensus">
      <h2 id="eval-consensus">{t('consensusTitle')}</h2>
      {!data.complete ? <p className="notice">{t('consensusProvisional')}</p> : null}
      {consensus ? (
        <>
          <p>
            <strong>{t('overall', { result: consensus.passed ? t('passed') : t('failed') })}</strong> · {t('evaluators', { count: consensus.evaluators })} ·{' '}
            {t('disagreement', { value: formatNumber(consensus.disagreement), threshold: formatNumber(data.disagreementThreshold) })}
          </p>
          {panel ? (
            <p className="notice" role="note">
              {t('panelReview')}
            </p>
          ) : null}
          {consensus.rubrics.map((rubric) => (
            <div key={rubric.rubricId} className="eval-rubric-result">
              <h3 id={`consensus-${rubric.rubricId}`}>
                {label(rubric.title, rubric.rubricId)} v{rubric.version} · <ResultBadge passed={rubric.passed} />
              </h3>
              <div className="table-wrap">
                <table aria-labelledby={`consensus-${rubric.rubricId}`}>
                  <thead>
                    <tr>
                      <th scope="col">{t('criterion')}</th>
                      {data.sheets.map((sheet) => (
                        <th scope="col" key={sheet.evaluator} className="number">
                          {name(sheet.evaluator)}
                        </th>
                      ))}
                      <th scope="col" className="number">
                        {t('aggregated')}
                      </th>
                      <th scope="col" className="number">
                        {t('threshold')}
                      </th>
                      <th scope="col">{t('method')}</th>
                      <th scope="col">{t('metColumn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rubric.criteria.map((criterion) => (
                      <tr key={criterion.criterionId}>
                        <th scope="row">{label(criterion.label, criterion.criterionId)}</th>
                        {data.sheets.map((sheet) => (
                          <td key={sheet.evaluator} className="number">
                            {markText(
                              t,
                              sheet.marks.find((m) => m.rubricId === rubric.rubricId && m.criterionId === criterion.criterionId),
                            )}
                          </td>
                        ))}
                        <td className="number">
                          {criterion.kind === 'scored'
                            ? `${formatNumber(criterion.value)} / ${formatNumber(criterion.max)}`
                            : criterion.votes
                              ? t('votes', { for: criterion.votes.for, against: criterion.votes.against })
                              : '—'}
                        </td>
                        <td className="number">{criterion.kind === 'scored' ? formatNumber(criterion.threshold) : '—'}</td>
                        <td>{t(criterion.method === 'trimmed-mean' ? 'methodTrimmedMean' : criterion.method === 'majority' ? 'methodMajority' : 'methodMean')}</td>
                        <td className={criterion.met ? 'eval-pass' : 'eval-fail'}>{criterion.met ? `✓ ${t('yes')}` : `✗ ${t('no')}`}</td>
                      </tr>
                    ))}
                    <tr className="eval-total">
                      <th scope="row">{t('total')}</th>
                      {data.sheets.map((sheet) => (
                        <td key={sheet.evaluator} />
                      ))}
                      <td className="number">
                        {formatNumber(rubric.total)} / {formatNumber(rubric.maxTotal)}
                      </td>
                      <td className="number">{formatNumber(rubric.totalThreshold)}</td>
                      <td>{t('disagreement', { value: formatNumber(rubric.disagreement), threshold: formatNumber(data.disagreementThreshold) })}</td>
                      <td className={rubric.totalMet ? 'eval-pass' : 'eval-fail'}>{rubric.totalMet ? `✓ ${t('yes')}` : `✗ ${t('no')}`}</td>
                    </tr>
                  </tbody>
                </table>
              </div>
            </div>
          ))}
          <SheetComments data={data} />
        </>
      ) : null}
    </section>
  );
}

/** Each sheet's comments, anonymised as the server labels them. */
function SheetComments({ data }: { data: ConsensusView }) {
  const t = useT(evaluationMessages);
  const name = useSheetNames(data);
  return (
    <details className="eval-comments">
      <summary>{t('comments')}</summary>
      {data.sheets.map((sheet) => (
        <div key={sheet.evaluator}>
          <h4>{name(sheet.evaluator)}</h4>
          <ul className="small">
            {sheet.marks.map((mark) => (
              <li key={markKey(mark.rubricId, mark.criterionId)}>
                <code>{markKey(mark.rubricId, mark.criterionId)}</code> {markText(t, mark)} — {mark.comment}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}

function OutcomeCard({ outcome }: { outcome: NonNullable<AssessmentView['outcome']> }) {
  const t = useT(evaluationMessages);
  return (
    <section className="card eval-outcome" aria-label={t('outcome')}>
      <h3>
        {t('outcome')}: <ResultBadge passed={outcome.passed} />
      </h3>
      {outcome.explanation ? (
        <>
          <h4>{t('explanation')}</h4>
          <p className="eval-explanation">{outcome.explanation}</p>
        </>
      ) : null}
      {outcome.panel ? (
        <dl>
          <dt>{t('majorityView')}</dt>
          <dd>{outcome.panel.majorityView}</dd>
          <dt>{t('minorityView')}</dt>
          <dd>{outcome.panel.minorityView}</dd>
        </dl>
      ) : null}
    </section>
  );
}

