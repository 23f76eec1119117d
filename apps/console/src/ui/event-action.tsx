import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { ConfirmDialog } from './confirm-dialog';
import { messages } from './event-action.messages';

export type ActionTone = 'primary' | 'secondary' | 'danger';

/**
 * One action with its own reason box (no reason is shared between actions): a required reason is marked before
 * submitting ("必填 required", aria-required) and checked before anything else; an action that cannot be undone then
 * asks in a modal dialog naming the consequence, and only "confirm" sends it. The typed reason stays after a
 * refusal (a 409, a 400) and is cleared once the action went through.
 */
export function EventAction({
  id,
  action,
  tone,
  reasonLabel,
  reasonRequired,
  reasonError,
  confirm,
  validate,
  requiredMessage,
  busy,
  sending,
  sendingLabel,
  children,
  onSend,
}: {
  id: string;
  action: string;
  tone: ActionTone;
  reasonLabel: string;
  reasonRequired: boolean;
  /** The server's refusal of this action's reason, if any. */
  reasonError?: string;
  /** The consequence, in words, of an action that cannot be undone; null sends without asking. */
  confirm: ReactNode | null;
  /** Other checks before sending (the extra fields): a message, or null when all is well. */
  validate?: () => string | null;
  /** The page's own words for a missing required reason (default: names the field and the action). */
  requiredMessage?: string;
  busy: boolean;
  sending: boolean;
  sendingLabel: string;
  children?: ReactNode;
  onSend: (reason: string) => Promise<boolean>;
}) {
  const t = useT(messages);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const reasonId = `${id}-reason`;
  const fieldLabel = t('reasonFor', { label: reasonLabel, action });
  const error = missing ?? reasonError ?? null;

  const send = async () => {
    const done = await onSend(reason.trim());
    setAsking(false);
    if (done) setReason('');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reasonRequired && !reason.trim()) {
      setMissing(requiredMessage ?? t('missing', { field: fieldLabel, action }));
      box.current?.focus();
      return;
    }
    const other = validate?.() ?? null;
    setMissing(other);
    if (other) return;
    if (confirm) setAsking(true);
    else void send();
  };

  return (
    <form className={`event-action event-action-${tone}`} aria-label={action} noValidate onSubmit={onSubmit} data-event={id}>
      <label htmlFor={reasonId}>
        {fieldLabel}
        {reasonRequired ? <span className="form-required required-marker"> {t('required')}</span> : null}
      </label>
      <textarea
        ref={box}
        id={reasonId}
        rows={2}
        value={reason}
        maxLength={2000}
        onChange={(e) => {
          setReason(e.target.value);
          if (missing) setMissing(null);
        }}
        aria-required={reasonRequired || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${reasonId}-error` : undefined}
      />
      {error ? (
        <p id={`${reasonId}-error`} className="field-error small" role="alert">
          {error}
        </p>
      ) : null}
      {children}
      <div className="event-action-submit">
        <button type="submit" className={tone === 'secondary' ? undefined : tone} disabled={busy}>
          {sending ? sendingLabel : action}
        </button>
      </div>
      {confirm ? (
        <ConfirmDialog id={`${id}-confirm`} open={asking} title={t('confirmTitle', { action })} confirmLabel={t('confirmButton', { action })} danger={tone === 'danger'} busy={busy} onConfirm={() => void send()} onCancel={() => setAsking(false)}>
          <p>{confirm}</p>
          <p className="muted">{reason.trim() ? t('reasonGiven', { reason: reason.trim() }) : t('noReason')}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

/** The final actions, apart from the others and after them, under a heading that says they cannot be undone. */
export function FinalActions({ id, children }: { id: string; children: ReactNode }) {
  const t = useT(messages);
  return (
    <section className="final-actions" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('finalGroup')}</h3>
      <p className="muted small">{t('finalGroupHint')}</p>
      {children}
    </section>
  );
}

export function RequiredHint() {
  const t = useT(messages);
  return <p className="muted small">{t('requiredHint')}</p>;
}
