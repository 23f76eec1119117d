import { getRouteApi, Link } from '@tanstack/react-router';
import { useId, useRef, useState, type FormEvent } from 'react';
import { answer, asApiError, fieldErrors, http, type ApiError, type Schema } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { beijingTime } from '../../ui/beijing-time';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Page } from '../../ui/page';
import { ErrorMessage, Loadable } from '../../ui/status';
import { STATUS_LABEL } from './dead-letters.page';
import { messages } from './dead-letters.messages';
import { ReplayAction } from './replay-action';
import './dead-letters.css';

type Detail = Schema<'DeadLetterDetail'>;

const route = getRouteApi('/operations/dead-letters/$id');

/** `/operations/dead-letters/$id`: one dead letter with its original bytes, reason and attempts; replay or discard it. */
export function DeadLetterPage() {
  const t = useT(messages);
  const label = useLabel();
  const { id } = route.useParams();
  const detail = useApiQuery('/api/operations/dead-letters/{id}', { params: { path: { id } } });
  const title = detail.data ? label(detail.data.eventTypeName) : t('details');
  return (
    <Page title={title}>
      <p>
        <Link to="/operations/dead-letters">{t('back')}</Link>
      </p>
      <Loadable state={detail}>
        {(letter) => (
          <>
            <Facts letter={letter} />
            {letter.status === 'dead' ? <ReplayAction ids={[letter.id]} label={t('replayOne')} onDone={detail.reload} /> : null}
            <h2>{letter.valueText === null ? t('bytesBase64') : t('bytesText')}</h2>
            {letter.valueText === null ? <p className="muted">{t('notText')}</p> : null}
            <pre className="dl-bytes">{letter.valueText ?? letter.valueBase64}</pre>
            {letter.valueText !== null ? (
              <details>
                <summary>{t('bytesBase64')}</summary>
                <pre className="dl-bytes">{letter.valueBase64}</pre>
              </details>
            ) : null}
            <History letter={letter} />
            {letter.status === 'dead' ? <DiscardForm id={letter.id} onDone={detail.reload} /> : null}
          </>
        )}
      </Loadable>
    </Page>
  );
}

function Facts({ letter }: { letter: Detail }) {
  const t = useT(messages);
  const label = useLabel();
  const { language } = useLanguage();
  const headers = Object.entries(letter.headers);
  return (
    <dl className="dl-facts">
      <dt>{t('status')}</dt>
      <dd>
        <span className={`dl-status dl-status-${letter.status}`}>{t(STATUS_LABEL[letter.status])}</span>
      </dd>
      <dt>{t('service')}</dt>
      <dd>{label(letter.serviceName)}</dd>
      <dt>{t('consumer')}</dt>
      <dd className="dl-code">{letter.consumer}</dd>
      <dt>{t('topic')}</dt>
      <dd>{label(letter.topicName)}</dd>
      <dt>{t('eventType')}</dt>
      <dd>
        {label(letter.eventTypeName)} <span className="dl-code muted">{letter.eventType ?? ''}</span>
      </dd>
      <dt>{t('reason')}</dt>
      <dd className="dl-code">{letter.reason}</dd>
      <dt>{t('attempts')}</dt>
      <dd>{letter.attempts}</dd>
      <dt>{t('failures')}</dt>
      <dd>{letter.failures}</dd>
      <dt>{t('firstFailed')}</dt>
      <dd>{beijingTime(letter.firstFailedAt, language, 'seconds')}</dd>
      <dt>{t('lastFailed')}</dt>
      <dd>{beijingTime(letter.lastFailedAt, language, 'seconds')}</dd>
      <dt>{t('messageId')}</dt>
      <dd className="dl-code">{letter.messageId}</dd>
      <dt>{t('key')}</dt>
      <dd className="dl-code">{letter.key ?? t('none2')}</dd>
      <dt>{t('partition')}</dt>
      <dd>{letter.partition === null ? t('none2') : `${letter.partition} / ${letter.offset ?? '—'}`}</dd>
      <dt>{t('traceId')}</dt>
      <dd className="dl-code">{letter.traceId ?? t('none2')}</dd>
      <dt>{t('headers')}</dt>
      <dd className="dl-code">{headers.length === 0 ? t('none2') : headers.map(([name, value]) => <div key={name}>{`${name}: ${value}`}</div>)}</dd>
    </dl>
  );
}

function History({ letter }: { letter: Detail }) {
  const t = useT(messages);
  const { language } = useLanguage();
  return (
    <>
      <h2>{t('history')}</h2>
      {letter.actions.length === 0 ? (
        <p className="muted">{t('noHistory')}</p>
      ) : (
        <ul>
          {letter.actions.map((action) => (
            <li key={`${action.action}-${action.at}`}>
              {action.action === 'replay'
                ? t('actionReplay', { who: action.actorName ?? action.actorId, at: beijingTime(action.at, language, 'seconds') })
                : t('actionDiscard', { who: action.actorName ?? action.actorId, at: beijingTime(action.at, language, 'seconds'), reason: action.reason ?? '' })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Discard with a required reason, after a confirmation that repeats it. */
function DiscardForm({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useT(messages);
  const ids = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const problem = missing ? t('reasonRequired') : fieldErrors(error).get('reason');

  function check(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      field.current?.focus();
      return;
    }
    setMissing(false);
    setConfirming(true);
  }

  async function confirm() {
    setBusy(true);
    try {
      await answer(http.POST('/api/operations/dead-letters/{id}/discard', { params: { path: { id } }, body: { reason: reason.trim() } }));
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
    <form className="dl-discard" onSubmit={check} noValidate>
      <h2>{t('discard')}</h2>
      <label htmlFor={`${ids}-reason`}>{t('discardReason')}</label>
      <p className="muted small">{t('discardHint')}</p>
      <textarea
        ref={field}
        id={`${ids}-reason`}
        rows={3}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        required
        aria-required="true"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${ids}-error` : undefined}
      />
      {problem ? (
        <p id={`${ids}-error`} className="dl-field-error">
          {problem}
        </p>
      ) : null}
      {error && !problem ? <ErrorMessage error={error} /> : null}
      <div className="dl-buttons">
        <button type="submit" className="danger" disabled={busy}>
          {t('discard')}
        </button>
      </div>
      <ConfirmDialog
        id={`${ids}-confirm`}
        open={confirming}
        title={t('discardTitle')}
        confirmLabel={busy ? t('discarding') : t('discardConfirm')}
        danger
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('discardText', { reason: reason.trim() })}</p>
      </ConfirmDialog>
    </form>
  );
}
