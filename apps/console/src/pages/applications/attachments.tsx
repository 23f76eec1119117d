import { useState, type ChangeEvent } from 'react';
import { answer, asApiError, http, type ApiError } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useLanguage, useT } from '../../i18n/i18n';
import { beijingTime } from '../../ui/beijing-time';
import { Empty, ErrorMessage, Loadable } from '../../ui/status';
import { acceptOf, sizeText, typeName, uploadAttachment, type Attachment } from './attachment-upload';
import { contentMessages } from './content.messages';

const MIB = 1024 * 1024;

/** The application's attachments: the limits stated up front, upload with progress, download, delete while editable. */
export function Attachments({ applicationId, editable }: { applicationId: string; editable: boolean }) {
  const t = useT(contentMessages);
  const { language } = useLanguage();
  const list = useApiQuery('/api/workflow/applications/{applicationId}/attachments', { params: { path: { applicationId } } });
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  // What was done, worded at render time (in the language then chosen).
  const [status, setStatus] = useState<{ key: 'uploaded' | 'removed'; name: string } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  async function upload(event: ChangeEvent<HTMLInputElement>, maxBytes: number) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus(null);
    setRefusal(null);
    setFailure(null);
    if (file.size > maxBytes) {
      setRefusal(t('refused', { name: file.name, reason: t('tooLarge', { size: maxBytes / MIB }) }));
      return;
    }
    setProgress({ name: file.name, percent: 0 });
    try {
      await uploadAttachment(applicationId, file, (percent) => setProgress({ name: file.name, percent }));
      setStatus({ key: 'uploaded', name: file.name });
      list.reload();
    } catch (caught) {
      const error = asApiError(caught);
      if (error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 403) setRefusal(t('refused', { name: file.name, reason: error.message }));
      else setFailure(error);
    } finally {
      setProgress(null);
    }
  }

  async function download(attachment: Attachment) {
    setFailure(null);
    try {
      const blob = await answer(http.GET('/api/workflow/applications/{applicationId}/attachments/{attachmentId}', { params: { path: { applicationId, attachmentId: attachment.id } }, parseAs: 'blob' }));
      const url = URL.createObjectURL(blob as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (caught) {
      setFailure(asApiError(caught));
    }
  }

  async function remove(attachment: Attachment) {
    if (!window.confirm(t('confirmRemove', { name: attachment.fileName }))) return;
    setFailure(null);
    setRefusal(null);
    try {
      await answer(http.DELETE('/api/workflow/applications/{applicationId}/attachments/{attachmentId}', { params: { path: { applicationId, attachmentId: attachment.id } } }));
      setStatus({ key: 'removed', name: attachment.fileName });
      list.reload();
    } catch (caught) {
      setFailure(asApiError(caught));
    }
  }

  return (
    <Loadable state={list}>
      {({ items, limits }) => (
        <>
          <p className="muted" id="attachment-limits">
            {t('limits', { types: limits.types.map(typeName).join('、'), size: limits.maxBytes / MIB, count: limits.maxFiles })}
          </p>
          {items.length === 0 ? (
            <Empty>{t('noAttachments')}</Empty>
          ) : (
            <ul className="attachment-list">
              {items.map((attachment) => (
                <li key={attachment.id}>
                  <a
                    href={attachment.download}
                    download={attachment.fileName}
                    aria-label={t('download', { name: attachment.fileName })}
                    onClick={(event) => {
                      event.preventDefault();
                      void download(attachment);
                    }}
                  >
                    {attachment.fileName}
                  </a>{' '}
                  <span className="muted small">
                    {typeName(attachment.mediaType)} · {sizeText(attachment.size)} · <time dateTime={attachment.uploadedAt}>{beijingTime(attachment.uploadedAt, language)}</time>
                  </span>
                  {editable ? (
                    <button type="button" className="link danger-link" onClick={() => void remove(attachment)} aria-label={t('remove', { name: attachment.fileName })}>
                      {t('remove', { name: '' }).trim()}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {editable ? (
            <div className="attachment-upload">
              <label htmlFor="attachment-file">{t('chooseFile')}</label>
              <input id="attachment-file" type="file" accept={acceptOf(limits.types)} aria-describedby="attachment-limits" disabled={progress !== null || items.length >= limits.maxFiles} onChange={(event) => void upload(event, limits.maxBytes)} />
              {progress ? (
                <p role="status" className="muted">
                  {t('uploading', progress)} <progress max={100} value={progress.percent} />
                </p>
              ) : null}
            </div>
          ) : (
            <p className="muted small">{t('notEditable')}</p>
          )}
          {refusal ? (
            <p className="error" role="alert" data-testid="attachment-refused">
              {refusal}
            </p>
          ) : null}
          {status ? (
            <p className="success" role="status">
              {t(status.key, { name: status.name })}
            </p>
          ) : null}
          {failure ? <ErrorMessage error={failure} /> : null}
        </>
      )}
    </Loadable>
  );
}
