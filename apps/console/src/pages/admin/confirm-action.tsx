import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { messages } from './admin.messages';

/**
 * A deliberate action in two steps, in the page (no window.confirm): the first button opens a panel that spells
 * out the consequence; there the safe choice comes first and takes the focus, the action itself second.
 */
export function ConfirmAction({ id, label, consequence, confirmLabel, danger, busy, onConfirm }: { id: string; label: string; consequence: ReactNode; confirmLabel: string; danger?: boolean; busy: boolean; onConfirm: () => Promise<boolean> }) {
  const t = useT(messages);
  const [open, setOpen] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) keep.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    // Back to where the user was, rather than to the top of the page.
    setTimeout(() => opener.current?.focus());
  };

  if (!open) {
    return (
      <button ref={opener} type="button" className={danger ? 'danger-outline' : undefined} onClick={() => setOpen(true)} disabled={busy} aria-expanded={false} aria-controls={`${id}-panel`}>
        {label}
      </button>
    );
  }
  return (
    <div id={`${id}-panel`} className={danger ? 'confirm-panel confirm-danger' : 'confirm-panel'} role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-consequence`}>
      <h3 id={`${id}-title`}>{label}</h3>
      <p id={`${id}-consequence`}>{consequence}</p>
      <div className="confirm-buttons">
        <button ref={keep} type="button" onClick={close} disabled={busy}>
          {t('keep')}
        </button>
        <button
          type="button"
          className={danger ? 'danger' : 'primary'}
          disabled={busy}
          onClick={() =>
            void onConfirm().then((done) => {
              if (done) setOpen(false);
            })
          }
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
