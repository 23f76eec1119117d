import { useId, useState, type FormEvent } from 'react';
import { answer, ApiError, asApiError, fieldErrors, http } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorMessage } from '../../ui/status';
import { evaluationMessages } from './evaluation.messages';
import type { AssessmentView } from './evaluation.model';

type Kind = 'decline' | 'recuse';

/**
 * An assigned evaluator leaves the panel before submitting: 谢绝 (cannot take it on) or 回避 (a conflict of
 * interest, recorded as such). The reason is required (marked, and checked before anything is asked); leaving
 * cannot be undone, so a dialog says so before it is sent. The server assigns a replacement from the pool.
 */
export function WithdrawForm({ view, onWithdrawn }: { view: AssessmentView; onWithdrawn: (view: AssessmentView) => void }) {
  const t = useT(evaluationMessages);
  const ids = useId();
  const [kind, setKind] = useState<Kind>('recuse');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);
  const [asking, setAsking] = useState(false);
  const reasonProblem = missing ? t('withdrawReasonMissing') : fieldErrors(error).get('reason');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      document.getElementById(`${ids}-reason`)?.focus();
      return;
    }
    setMissing(false);
    setAsking(true);
  }

  async function send() {
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
      setAsking(false);
    }
  }

  return (
    <details className="eval-form eval-withdraw">
      <summary>{t('withdrawTitle')}</summary>
      <form onSubmit={submit} noValidate>
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
        <label htmlFor={`${ids}-reason`}>
          {t('withdrawReason')} <span className="form-required required-marker">{t('required')}</span>
        </label>
        <textarea
          id={`${ids}-reason`}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
          rows={3}
          aria-required
          aria-invalid={reasonProblem ? true : undefined}
          aria-describedby={reasonProblem ? `${ids}-reason-error` : undefined}
        />
        {reasonProblem ? (
          <p id={`${ids}-reason-error`} className="eval-field-error" role="alert">
            {reasonProblem}
          </p>
        ) : null}
        {error && !reasonProblem ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="danger" disabled={busy}>
          {busy ? t('withdrawing') : t(kind === 'recuse' ? 'recuse' : 'decline')}
        </button>
        <ConfirmDialog id={`${ids}-confirm`} open={asking} title={t(kind === 'recuse' ? 'recuse' : 'decline')} confirmLabel={t(kind === 'recuse' ? 'confirmRecuseButton' : 'confirmDeclineButton')} danger busy={busy} onConfirm={() => void send()} onCancel={() => setAsking(false)}>
          <p>{t(kind === 'recuse' ? 'confirmRecuse' : 'confirmDecline')}</p>
        </ConfirmDialog>
      </form>
    </details>
  );
}
