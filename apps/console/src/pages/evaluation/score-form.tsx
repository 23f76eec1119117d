import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { answer, ApiError, asApiError, http, type Schema } from '../../api/client';
import { useLabel, useT } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/status';
import { dossierMessages } from './dossier.messages';
import { evaluationMessages } from './evaluation.messages';
import { markKey, scaleValues, type AssessmentView } from './evaluation.model';
import { checkSheet, parsedValue, problemText, serverProblems, sheetItems, type Entry, type Problem, type SheetItem } from './score-checks';

type ScoresRequest = Schema<'PostEvaluationAssessmentsByIdScoresRequest'>;

/**
 * The score sheet: every criterion's mark and comment are marked required up front and checked before sending; what
 * is wrong (found here or refused by the server at `scores.<n>.<field>`) is named by the criterion's label.
 */
export function ScoreForm({ view, onSubmitted }: { view: AssessmentView; onSubmitted: (view: AssessmentView) => void }) {
  const t = useT(evaluationMessages);
  const td = useT(dossierMessages);
  const label = useLabel();
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [incomplete, setIncomplete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  // After a refused submission (here or by the server), the first criterion named gets the focus (the typed marks stay).
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const order = sheetItems(view);
  const entry = (key: string): Entry => entries[key] ?? { value: '', comment: '' };
  const update = (key: string, change: Partial<Entry>) => setEntries((previous) => ({ ...previous, [key]: { ...(previous[key] ?? { value: '', comment: '' }), ...change } }));
  const nameOf = (item: SheetItem) => label(item.criterion.label, item.criterion.id);
  const textOf = (p: Problem) => problemText(p, nameOf(order.find((item) => item.key === p.key) ?? order[0]), td);
  const problem = (key: string, field: 'value' | 'comment'): string | undefined => {
    const found = problems.find((p) => p.key === key && p.field === field);
    return found ? textOf(found) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkSheet(order, entry);
    setError(null);
    setIncomplete(false);
    setProblems(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    const scores = order.map(({ rubric, criterion, key }) => ({ rubricId: rubric.id, criterionId: criterion.id, value: parsedValue(criterion, entry(key).value), comment: entry(key).comment }));
    setBusy(true);
    try {
      // Every value is set (checked above); the cast only narrows the null the checks exclude.
      const body = { scores } as ScoresRequest;
      const result = await answer(http.POST('/api/evaluation/assessments/{id}/scores', { params: { path: { id: view.id } }, body }));
      onSubmitted(result);
    } catch (caught) {
      const refused = asApiError(caught);
      if (refused.fields.length > 0) {
        // The server's paths and ids are not for people: each becomes its criterion's label in the current language.
        const mapped = serverProblems(refused.fields, order);
        setProblems(mapped.problems);
        setIncomplete(mapped.incomplete);
      } else setError(refused);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="eval-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="score-form-title">
      <h2 id="score-form-title">{t('scoringForm')}</h2>
      <p className="muted small">{t('scoringHint')}</p>
      <p className="small">
        <span className="eval-required" aria-hidden="true">
          *{' '}
        </span>
        {td('requiredNote')}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {problems.length > 0 || incomplete ? (
        <div className="eval-problems" role="alert">
          <p className="error">{td('problemsTitle', { count: problems.length + (incomplete ? 1 : 0) })}</p>
          <ul>
            {incomplete ? <li>{td('sheetIncomplete')}</li> : null}
            {problems.map((p) => (
              <li key={`${p.key}/${p.field}`}>
                <a href={`#${fieldId(p)}`} onClick={(e) => focusField(e, fieldId(p))}>
                  {textOf(p)}
                </a>
              </li>
            ))}
          </ul>
        </div>
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
                    <div className="eval-label-row">
                      <label htmlFor={`${domId}-value`}>{t('scoreFor', { name: label(criterion.label, criterion.id) })}</label>
                      <RequiredMark />
                    </div>
                    <select
                      id={`${domId}-value`}
                      value={value}
                      onChange={(e) => update(key, { value: e.target.value })}
                      required
                      aria-required="true"
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
                    <div className="eval-label-row">
                      <label htmlFor={`${domId}-comment`}>{t('commentFor', { name: label(criterion.label, criterion.id) })}</label>
                      <RequiredMark />
                    </div>
                    <textarea
                      id={`${domId}-comment`}
                      value={comment}
                      rows={2}
                      maxLength={4000}
                      onChange={(e) => update(key, { comment: e.target.value })}
                      required
                      aria-required="true"
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

/** The visible mark of a required field (the control itself carries aria-required). */
function RequiredMark() {
  const td = useT(dossierMessages);
  return (
    <span className="eval-required" aria-hidden="true" title={td('required')}>
      *
    </span>
  );
}

function fieldId(problem: Problem): string {
  return `mark-${problem.key.replace('/', '-')}-${problem.field}`;
}

/** A problem's link takes the keyboard to its field (the router is not involved). */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  document.getElementById(id)?.focus();
}
