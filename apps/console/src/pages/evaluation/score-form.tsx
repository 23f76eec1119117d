import { useEffect, useRef, useState, type FormEvent } from 'react';
import { answer, ApiError, asApiError, fieldErrors, http, type Schema } from '../../api/client';
import { useLabel, useT } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/status';
import { evaluationMessages } from './evaluation.messages';
import { markKey, scaleValues, type AssessmentView } from './evaluation.model';

interface Entry {
  value: string;
  comment: string;
}

type ScoresRequest = Schema<'PostEvaluationAssessmentsByIdScoresRequest'>;

/** A mark as sent: a criterion left unmarked goes as null, so the server names it (scores.<n>.value) at its field. */
type MarkSent = Omit<ScoresRequest['scores'][number], 'value'> & { value: ScoresRequest['scores'][number]['value'] | null };

export function ScoreForm({ view, onSubmitted }: { view: AssessmentView; onSubmitted: (view: AssessmentView) => void }) {
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
