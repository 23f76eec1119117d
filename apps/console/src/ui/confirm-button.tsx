import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';

/**
 * A button for an action that cannot be taken back: it opens a modal confirmation titled with the action, whose
 * text says the consequence. The dialog closes when the action succeeds; on failure it closes too, so the page's
 * error message (shown by the caller) is not hidden behind it.
 */
export function ConfirmButton({ id, label, consequence, confirmLabel, danger, busy, onConfirm }: { id: string; label: string; consequence: ReactNode; confirmLabel: string; danger?: boolean; busy: boolean; onConfirm: () => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={danger ? 'danger-outline' : undefined} onClick={() => setOpen(true)} disabled={busy} aria-haspopup="dialog">
        {label}
      </button>
      <ConfirmDialog id={id} open={open} title={label} confirmLabel={confirmLabel} danger={danger} busy={busy} onConfirm={() => void onConfirm().finally(() => setOpen(false))} onCancel={() => setOpen(false)}>
        <p>{consequence}</p>
      </ConfirmDialog>
    </>
  );
}
