import { useEffect, useRef, type ReactNode } from 'react';
import { common } from '../i18n/common.messages';
import { useT } from '../i18n/i18n';

/**
 * A modal confirmation for an action that cannot be taken back (never window.confirm): a native `<dialog>` opened
 * with showModal, so the page behind is inert and Escape cancels. Its title names the action, its text the
 * consequence in words; the safe choice comes first and takes the focus, the action itself second. On close the
 * focus returns to the control that opened it (the browser does that for a modal dialog).
 */
export function ConfirmDialog({
  id,
  open,
  title,
  children,
  confirmLabel,
  danger,
  busy,
  onConfirm,
  onCancel,
}: {
  id: string;
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT(common);
  const ref = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      keep.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      id={id}
      className={danger ? 'confirm-dialog confirm-dialog-danger' : 'confirm-dialog'}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open ? (
        <>
          <h2 id={`${id}-title`}>{title}</h2>
          <div id={`${id}-text`} className="confirm-dialog-text">
            {children}
          </div>
          <div className="confirm-dialog-buttons">
            <button ref={keep} type="button" onClick={onCancel} disabled={busy}>
              {t('cancel')}
            </button>
            <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy}>
              {confirmLabel}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
