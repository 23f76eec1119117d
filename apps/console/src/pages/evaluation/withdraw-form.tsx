import { useId, useRef, useState, type FormEvent } from 'react';
import { answer, ApiError, asApiError, fieldErrors, http } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorMessage } from '../../ui/status';
import { dossierMessages } from './dossier.messages';
import { evaluationMessages } from './evaluation.messages';
import type { AssessmentView } from './evaluation.model';

type Kind = 'decline' | 'recuse';

/**
 * An assigned evaluator leaves the panel before submitting: 谢绝 (cannot take it on) or 回避 (a conflict of
 * interest, recorded as such). Reached from the top of the page: a button opens the form; the reason is checked
 * first (none: said at the field, nothing else happens), then a confirmation dialog names the consequence; the
 * server assigns a replacement from the pool.
 */
export function WithdrawForm({ view, onWithdrawn }: { view: AssessmentView; onWithdrawn: (view: AssessmentView) => void }) {
  const t = useT(evaluationMessages);
  const td = useT(dossierMessages);
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<Kind>('recuse');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const reasonProblem = missing ? td('reasonRequired') : fieldErrors(error).get('reason');

  function check(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      reasonField.current?.focus();
      return;
    }
    setMissing(false);
    setConfirming(true);
  }

  async function confirm() {
    setBusy(true);
    try {
      const request = { params: { path: { id: view.id } }, body: { reason: reason.trim() } };
      const result = await answer(kind === 'recuse' ? http.POST('/api/evaluation/assessments/{id}/recuse', request) : http.POST('/api/evaluation/assessments/{id}/decline', request));
      setError(null);
      setConfirming(false);
      onWithdrawn(result);
    } catch (caught) {
      setError(asApiError(caught));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  const action = t(kind === 'recuse' ? 'recuse' : 'decline');
  return (
    <div className="eval-withdraw-top">
      <div className="eval-withdraw-bar">
        <button type="button" aria-expanded={open} aria-controls={`${ids}-form`} onClick={() => setOpen(!open)}>
          {td('withdrawOpen')}
        </button>
      </div>
      {open ? (
        <form id={`${ids}-form`} className="eval-form eval-withdraw" onSubmit={check} noValidate aria-labelledby={`${ids}-title`}>
          <h2 id={`${ids}-title`}>{t('withdrawTitle')}</h2>
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
            {t('withdrawReason')}{' '}
            <span className="eval-required" aria-hidden="true">
              *
            </span>
          </label>
          <textarea
            ref={reasonField}
            id={`${ids}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
            required
            aria-required="true"
            aria-invalid={reasonProblem ? true : undefined}
            aria-describedby={reasonProblem ? `${ids}-reason-error` : undefined}
          />
          {reasonProblem ? (
            <p id={`${ids}-reason-error`} className="eval-field-error">
              {reasonProblem}
            </p>
          ) : null}
          {error && !reasonProblem ? <ErrorMessage error={error} /> : null}
          <div className="eval-dialog-buttons">
            <button type="submit" disabled={busy}>
              {action}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {td('withdrawCancel')}
            </button>
          </div>
        </form>
      ) : null}
      <ConfirmDialog
        id={`${ids}-confirm`}
        open={confirming}
        title={td(kind === 'recuse' ? 'confirmTitleRecuse' : 'confirmTitleDecline')}
        confirmLabel={busy ? t('withdrawing') : td(kind === 'recuse' ? 'confirmRecuse' : 'confirmDecline')}
        danger
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>{td('confirmConsequence', { reason: reason.trim() })}</p>
      </ConfirmDialog>
    </div>
  );
}
