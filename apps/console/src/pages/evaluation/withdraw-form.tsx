import { useId, useState, type FormEvent } from 'react';
import { answer, ApiError, asApiError, fieldErrors, http } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/status';
import { evaluationMessages } from './evaluation.messages';
import type { AssessmentView } from './evaluation.model';

type Kind = 'decline' | 'recuse';

/**
 * An assigned evaluator leaves the panel before submitting: 谢绝 (cannot take it on) or 回避 (a conflict of
 * interest, recorded as such). The server asks for a reason and assigns a replacement from the pool.
 */
export function WithdrawForm({ view, onWithdrawn }: { view: AssessmentView; onWithdrawn: (view: AssessmentView) => void }) {
  const t = useT(evaluationMessages);
  const ids = useId();
  const [kind, setKind] = useState<Kind>('recuse');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const reasonProblem = fieldErrors(error).get('reason');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!window.confirm(t(kind === 'recuse' ? 'confirmRecuse' : 'confirmDecline'))) return;
    setBusy(true);
    try {
      const request = { params: { path: { id: view.id } }, body: { reason } };
      const result = await answer(kind === 'recuse' ? http.POST('/api/evaluation/assessments/{id}/recuse', request) : http.POST('/api/evaluation/assessments/{id}/decline', request));
      setError(null);
      onWithdrawn(result);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="eval-form eval-withdraw">
      <summary>{t('withdrawTitle')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted small">{t('withdrawHint')}</p>
        <fieldset>
          <legend>{t('withdrawKind')}</legend>
          {(['recuse', 'decline'] as const).map((option) => (
            <label key={option} className="eval-withdraw-option">
              <input type="radio" name={`${ids}-kind`} value={option} checked={kind === option} onChange={() => setKind(option)} /> {t(option === 'recuse' ? 'recuse' : 'decline')}
              <span className="muted small"> — {t(option === 'recuse' ? 'recuseHint' : 'declineHint')}</span>
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${ids}-reason`}>{t('withdrawReason')}</label>
        <textarea
          id={`${ids}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
          aria-invalid={reasonProblem ? true : undefined}
          aria-describedby={reasonProblem ? `${ids}-reason-error` : undefined}
        />
        {reasonProblem ? (
          <p id={`${ids}-reason-error`} className="eval-field-error">
            {reasonProblem}
          </p>
        ) : null}
        {error && !reasonProblem ? <ErrorMessage error={error} /> : null}
        <button type="submit" disabled={busy}>
          {busy ? t('withdrawing') : t(kind === 'recuse' ? 'recuse' : 'decline')}
        </button>
      </form>
    </details>
  );
}
