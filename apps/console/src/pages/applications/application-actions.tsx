import { useState } from 'react';
import { answer, ApiError, asApiError, http, type Schema } from '../../api/client';
import type { Statechart } from '../../api/statechart';
import { classifyEvent, type EventKind } from '../../api/statechart-paths';
import { useT } from '../../i18n/i18n';
import { EventAction, FinalActions, RequiredHint } from '../../ui/event-action';
import { ErrorMessage } from '../../ui/status';
import type { ApplicationView } from './applications.api';
import { messages } from './application.messages';

/** Events whose payload needs the text field (server: reason / objection required). */
const NEEDS_TEXT = new Set(['returnForRevision', 'rejectByUnit', 'raiseObjection']);

/**
 * The caller's actions on one application, each with its own comment box. Which ones end the application comes
 * from the machine definition (a final target): they ask in a dialog naming the stage it ends in, and sit apart,
 * after the way forward.
 */
export function ApplicationActions({
  app,
  chart,
  eventName,
  stageName,
  onChanged,
}: {
  app: ApplicationView;
  chart: Statechart | undefined;
  eventName: (type: string) => string;
  stageName: (stage: string | null) => string;
  onChanged: () => void;
}) {
  const t = useT(messages);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const returned = app.stage === 'returned';
  const kinds = app.allowedEvents.map((type): EventKind => (chart ? classifyEvent(chart, app.stage, type) : { event: type, target: null, terminal: true, forward: false, destructive: false }));
  const ahead = kinds.filter((kind) => !kind.destructive).sort((a, b) => (a.forward ? 0 : 1) - (b.forward ? 0 : 1));
  const final = kinds.filter((kind) => kind.destructive);

  async function send(type: string, text: string): Promise<boolean> {
    setBusy(type);
    setError(null);
    setDone(null);
    const body: Schema<'PostWorkflowInstancesByIdEventsRequest'> = { type, expectedVersion: app.version };
    if (type === 'raiseObjection') body.objection = text;
    if (text) body.reason = text;
    try {
      await answer(http.POST('/api/workflow/instances/{id}/events', { params: { path: { id: app.id } }, body }));
      setDone(t('done', { event: eventName(type) }));
      onChanged();
      return true;
    } catch (failure) {
      setError(asApiError(failure));
      onChanged();
      return false;
    } finally {
      setBusy(null);
    }
  }

  const action = (kind: EventKind) => {
    const type = kind.event;
    return (
      <EventAction
        key={type}
        id={`application-${type}`}
        action={eventName(type)}
        tone={kind.destructive ? 'danger' : kind.forward ? 'primary' : 'secondary'}
        reasonLabel={returned && type === 'resubmit' ? t('commentRevision') : t('comment')}
        reasonRequired={NEEDS_TEXT.has(type)}
        requiredMessage={t('needsText', { event: eventName(type) })}
        confirm={kind.terminal ? t('consequence', { event: eventName(type), stage: kind.target ? stageName(kind.target) : '—' }) : null}
        busy={busy !== null}
        sending={busy === type}
        sendingLabel={t('sending')}
        onSend={(text) => send(type, text)}
      />
    );
  };

  return (
    <>
      {app.allowedEvents.length === 0 ? (
        <p className="muted">{t('noActions')}</p>
      ) : (
        <>
          <p className="muted small">{app.allowedEvents.some((type) => NEEDS_TEXT.has(type)) ? t('commentHint') : t('commentOptional')}</p>
          {app.allowedEvents.some((type) => NEEDS_TEXT.has(type)) ? <RequiredHint /> : null}
          {ahead.length > 0 ? <div className="event-group">{ahead.map(action)}</div> : null}
          {final.length > 0 ? <FinalActions id="application-final">{final.map(action)}</FinalActions> : null}
        </>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
    </>
  );
}
