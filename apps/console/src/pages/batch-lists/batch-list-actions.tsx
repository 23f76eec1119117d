import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { answer, asApiError, http, type ApiError } from '../../api/client';
import { common } from '../../i18n/common.messages';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorMessage } from '../../ui/status';
import { downloadExport, EXPORT_FORMATS, fieldErrors, type BatchListDetail, type ExportFormat } from './batch-list.model';
import { messages } from './batch-lists.messages';

type Confirming = 'publish' | 'discard' | 'revise' | null;

/** Publish (with a confirmation step), delete a draft, or start a correction of the revision in force. */
export function ManagerActions({ list, onDone, onError }: { list: BatchListDetail; onDone: (message: string) => void; onError: (error: ApiError) => void }) {
  const navigate = useNavigate();
  const t = useT(messages);
  const all = useT(common);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (caught) {
      onError(asApiError(caught));
      setConfirming(null);
    } finally {
      setBusy(false);
    }
  }

  const publish = () =>
    run(async () => {
      await answer(http.POST('/api/batch-lists/{id}/publish', { params: { path: { id: list.id } }, body: { expectedVersion: list.version } }));
      setConfirming(null);
      onDone(t('published'));
    });
  const discard = () =>
    run(async () => {
      await answer(http.DELETE('/api/batch-lists/{id}', { params: { path: { id: list.id } } }));
      void navigate({ to: '/batch-lists' });
    });
  const revise = () =>
    run(async () => {
      try {
        const draft = await answer(http.POST('/api/batch-lists/{id}/revisions', { params: { path: { id: list.id } }, body: reason.trim() ? { reason } : {} }));
        void navigate({ to: '/batch-lists/$id', params: { id: draft.id } });
      } catch (caught) {
        setReasonError(fieldErrors(caught).reason ?? null);
        throw caught;
      }
    });

  if (list.status === 'superseded') return null;
  return (
    <section className="bl-section" aria-label={t('actions')}>
      <div className="bl-buttons">
        {list.status === 'draft' ? (
          <>
            {/* An empty list cannot be published (the server refuses it): said beside the button instead of after a confirmation. */}
            <button type="button" className="primary" disabled={busy || confirming !== null || list.items.length === 0} aria-describedby={list.items.length === 0 ? 'bl-publish-empty' : undefined} onClick={() => setConfirming('publish')}>
              {t('publish')}
            </button>
            <button type="button" disabled={busy || confirming !== null} onClick={() => setConfirming('discard')}>
              {t('discard')}
            </button>
          </>
        ) : (
          <button type="button" disabled={busy || confirming !== null} onClick={() => setConfirming('revise')}>
            {t('revise')}
          </button>
        )}
      </div>
      {list.status === 'draft' && list.items.length === 0 ? (
        <p id="bl-publish-empty" className="muted small">
          {t('publishEmpty')}
        </p>
      ) : null}
      {confirming === 'publish' ? (
        <ConfirmPanel
          id="bl-confirm-title"
          title={t('publishConfirmTitle')}
          text={t('publishConfirmText', { number: list.number, n: list.revision, count: list.items.length })}
          confirm={t('confirmPublish')}
          tone="primary"
          cancel={all('cancel')}
          busy={busy}
          onConfirm={() => void publish()}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
      {confirming === 'discard' ? (
        <ConfirmPanel
          id="bl-discard-title"
          title={t('discard')}
          text={t('discardConfirm')}
          confirm={t('confirmDiscard')}
          tone="danger"
          cancel={all('cancel')}
          busy={busy}
          onConfirm={() => void discard()}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
      {confirming === 'revise' ? (
        <form
          className="card bl-confirm"
          aria-labelledby="bl-revise-title"
          onSubmit={(event) => {
            event.preventDefault();
            void revise();
          }}
        >
          <h3 id="bl-revise-title">{t('revise')}</h3>
          <label htmlFor="bl-reason">{t('reviseReason')}</label>
          <textarea id="bl-reason" value={reason} onChange={(event) => setReason(event.target.value)} aria-describedby={reasonError ? 'bl-reason-error' : undefined} />
          {reasonError ? (
            <p id="bl-reason-error" className="field-error">
              {reasonError}
            </p>
          ) : null}
          <div className="bl-buttons">
            <button type="submit" className="primary" disabled={busy}>
              {t('reviseConfirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
              {all('cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

export function Exports({ list }: { list: BatchListDetail }) {
  const t = useT(messages);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function download(format: ExportFormat) {
    setBusy(format);
    setError(null);
    try {
      await downloadExport(list, format);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="bl-section" aria-labelledby="bl-exports">
      <h2 id="bl-exports">{t('exportHeading')}</h2>
      <div className="bl-exports">
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" disabled={busy !== null} onClick={() => void download(format)}>
            {busy === format ? t('exporting') : t('exportAs', { format: format.toUpperCase() })}
          </button>
        ))}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}

interface ConfirmPanelProps {
  id: string;
  title: string;
  text: string;
  confirm: string;
  tone: 'primary' | 'danger';
  cancel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A confirmation step (publish, discard) in a modal dialog: what will happen, then cancel (focused) or confirm. */
function ConfirmPanel({ id, title, text, confirm, tone, busy, onConfirm, onCancel }: ConfirmPanelProps) {
  return (
    <ConfirmDialog id={id} open title={title} confirmLabel={confirm} danger={tone === 'danger'} busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
      <p>{text}</p>
    </ConfirmDialog>
  );
}
