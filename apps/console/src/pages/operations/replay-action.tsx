import { useId, useState } from 'react';
import { answer, asApiError, http, type ApiError, type Schema } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorMessage } from '../../ui/status';
import { messages } from './dead-letters.messages';

/** Replays the given dead letters after a confirmation; says how many went out and how many were refused. */
export function ReplayAction({ ids, label, onDone }: { ids: string[]; label: string; onDone: () => void }) {
  const t = useT(messages);
  const dialogId = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<Schema<'DeadLetterReplayResult'> | null>(null);

  async function confirm() {
    setBusy(true);
    try {
      setResult(await answer(http.POST('/api/operations/dead-letters/replay', { body: { ids } })));
      setError(null);
      onDone();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <div className="dl-replay">
      <button type="button" className="primary" disabled={ids.length === 0 || busy} onClick={() => setConfirming(true)}>
        {label}
      </button>
      {result ? (
        <p role="status" className="dl-outcome">
          {t('replayed', { count: result.replayed.length })}
          {result.refused.length > 0 ? ` ${t('refused', { count: result.refused.length })}` : ''}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      <ConfirmDialog
        id={`${dialogId}-replay`}
        open={confirming}
        title={t('replayTitle', { count: ids.length })}
        confirmLabel={busy ? t('replaying') : t('replayConfirm')}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('replayText')}</p>
      </ConfirmDialog>
    </div>
  );
}
