import { useState, type ReactNode } from 'react';
import { answer, ApiError, asApiError, fieldErrors, http, type Schema } from '../../api/client';
import type { Statechart } from '../../api/statechart';
import { classifyEvent, type EventKind } from '../../api/statechart-paths';
import { useLanguage, useT } from '../../i18n/i18n';
import { EventAction, FinalActions, RequiredHint, type ActionTone } from '../../ui/event-action';
import { ErrorMessage } from '../../ui/status';
import { IndicatorRows, indicatorPayload, ReadingFields, readingPayload, rowsOf, sandboxOf, type IndicatorRow, type ReadingDraft } from './sandbox-fields';
import { eventLabel, EVENTS_NEEDING_REASON, messages } from './scenario.messages';

/** Stages the scenario leaves through what is published elsewhere (a batch list, an opportunity, an agreement), not through an action here. */
const NEXT_STEP_ELSEWHERE: Partial<Record<string, 'nextListing' | 'nextOpening' | 'nextMatching'>> = {
  'recognition.recognized': 'nextListing',
  listed: 'nextOpening',
  'operating.open': 'nextMatching',
};

const SANDBOX_EVENTS = ['enterSandbox', 'renewSandbox'];
const SEVERITIES = ['general', 'serious', 'major', 'critical'] as const;
const SEVERITY_KEYS = { general: 'severityGeneral', serious: 'severitySerious', major: 'severityMajor', critical: 'severityCritical' } as const;

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Without the machine definition every event is asked about once more, none is shown as the way forward. */
const unknownKind = (event: string): EventKind => ({ event, target: null, terminal: true, forward: false, destructive: false });

export const toneOf = (kind: EventKind): ActionTone => (kind.destructive ? 'danger' : kind.forward ? 'primary' : 'secondary');

/**
 * One action per event the server says this user may send now (`allowedEvents`, never worked out here), each with
 * its own reason box and the extra fields it needs. Which events end the lifecycle comes from the statechart: they
 * ask in a dialog naming the stage they lead to; the forward ones come first, the destructive ones apart, last.
 * Sends with `expectedVersion`, so a concurrent change answers 409.
 */
export function EventActions({
  scenarioId,
  instance,
  chart,
  stageName,
  onChanged,
  onConflict,
}: {
  scenarioId: string;
  instance: Schema<'WorkflowInstanceView'>;
  chart: Statechart | undefined;
  stageName: (path: string | null) => string;
  onChanged: () => void;
  onConflict: () => void;
}) {
  const t = useT(messages);
  const { language } = useLanguage();
  const [conditions, setConditions] = useState('');
  const [indicators, setIndicators] = useState<IndicatorRow[]>(() => rowsOf(sandboxOf(instance)));
  const [reading, setReading] = useState<ReadingDraft>({ indicatorKey: '', value: '', observedOn: '', note: '' });
  const [expiresOn, setExpiresOn] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<(typeof SEVERITIES)[number]>('general');
  const [sending, setSending] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<{ type: string; stage: string } | null>(null);

  const allowed = instance.allowedEvents;
  const nextStep = NEXT_STEP_ELSEWHERE[instance.stage];
  const errors = fieldErrors(error);
  const kinds = allowed.map((type) => (chart ? classifyEvent(chart, instance.stage, type) : unknownKind(type)));
  const order = (kind: EventKind) => (kind.forward ? 0 : 1);
  const ahead = kinds.filter((kind) => !kind.destructive).sort((a, b) => order(a) - order(b));
  const final = kinds.filter((kind) => kind.destructive);

  const payloadFor = (type: string): Record<string, unknown> => {
    if (SANDBOX_EVENTS.includes(type)) return { conditions: lines(conditions), indicators: indicatorPayload(indicators), expiresOn };
    if (type === 'reportSandboxIndicator') return readingPayload(reading);
    if (type === 'reportIncident') return { description, severity };
    return {};
  };

  const send = async (type: string, reason: string): Promise<boolean> => {
    setSending(type);
    setSent(type);
    setError(null);
    setDone(null);
    try {
      const body = { type, ...(reason ? { reason } : {}), expectedVersion: instance.version, ...payloadFor(type) };
      const next = await answer(http.POST('/api/workflow/scenarios/{scenarioId}/events', { params: { path: { scenarioId } }, body }));
      setDone({ type, stage: next.stage });
      onChanged();
      return true;
    } catch (caught) {
      const apiError = asApiError(caught);
      setError(apiError);
      if (apiError.status === 409) onConflict();
      return false;
    } finally {
      setSending(null);
    }
  };

  const fieldError = (path: string) =>
    errors.get(path) ? (
      <p className="field-error small" id={`err-${path}`}>
        {errors.get(path)}
      </p>
    ) : null;

  const extraFields = (type: string): ReactNode => {
    if (SANDBOX_EVENTS.includes(type))
      return (
        <fieldset>
          <legend>{eventLabel(type, language)}</legend>
          <label htmlFor="event-conditions">{t('sandboxConditions')}</label>
          <textarea id="event-conditions" value={conditions} onChange={(e) => setConditions(e.target.value)} aria-invalid={errors.has('conditions') || undefined} />
          {fieldError('conditions')}
          <IndicatorRows rows={indicators} onChange={setIndicators} fieldError={fieldError} invalid={(path) => errors.has(path)} />
          <label htmlFor="event-expires">{t('sandboxExpiresOn')}</label>
          <input id="event-expires" type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} aria-invalid={errors.has('expiresOn') || undefined} />
          {fieldError('expiresOn')}
        </fieldset>
      );
    if (type === 'reportSandboxIndicator')
      return (
        <fieldset>
          <legend>{eventLabel(type, language)}</legend>
          <ReadingFields sandbox={sandboxOf(instance)} draft={reading} onChange={setReading} fieldError={fieldError} invalid={(path) => errors.has(path)} />
        </fieldset>
      );
    if (type === 'reportIncident')
      return (
        <fieldset>
          <legend>{eventLabel(type, language)}</legend>
          <label htmlFor="event-incident">
            {t('incidentDescription')} <span className="form-required required-marker">{t('required')}</span>
          </label>
          <textarea id="event-incident" value={description} onChange={(e) => setDescription(e.target.value)} aria-required aria-invalid={errors.has('description') || undefined} />
          {fieldError('description')}
          <label htmlFor="event-severity">{t('incidentSeverity')}</label>
          <select id="event-severity" value={severity} onChange={(e) => setSeverity(e.target.value as (typeof SEVERITIES)[number])}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(SEVERITY_KEYS[s])}
              </option>
            ))}
          </select>
        </fieldset>
      );
    return null;
  };

  const action = (kind: EventKind) => {
    const type = kind.event;
    const name = eventLabel(type, language);
    return (
      <EventAction
        key={type}
        id={`event-${type.replace(/\W/g, '-')}`}
        action={name}
        tone={toneOf(kind)}
        reasonLabel={t('reason')}
        reasonRequired={EVENTS_NEEDING_REASON.has(type)}
        reasonError={sent === type ? errors.get('reason') : undefined}
        confirm={kind.terminal ? (kind.target ? t('consequence', { event: name, stage: stageName(kind.target) }) : t('consequenceUnknown', { event: name })) : null}
        validate={type === 'reportIncident' ? () => (description.trim() ? null : t('incidentMissing')) : undefined}
        busy={sending !== null}
        sending={sending === type}
        sendingLabel={t('sending')}
        onSend={(reason) => send(type, reason)}
      >
        {extraFields(type)}
      </EventAction>
    );
  };

  return (
    <div>
      {done ? (
        <p className="success" role="status">
          {t('sent', { event: eventLabel(done.type, language), stage: stageName(done.stage) })}
        </p>
      ) : null}
      {error ? (
        <div>
          {error.status === 409 ? <p className="notice">{t('conflict')}</p> : null}
          {error.status === 403 ? <p className="notice">{t('forbidden')}</p> : null}
          <ErrorMessage error={error} />
        </div>
      ) : null}
      {nextStep ? <p className="notice">{t(nextStep)}</p> : null}
      {allowed.length === 0 ? (
        <p className="muted">{t('noActions')}</p>
      ) : (
        <>
          <p className="muted small">{t('reasonHint')}</p>
          {allowed.some((type) => EVENTS_NEEDING_REASON.has(type)) || allowed.includes('reportIncident') ? <RequiredHint /> : null}
          {ahead.length > 0 ? <div className="event-group">{ahead.map(action)}</div> : null}
          {final.length > 0 ? <FinalActions id="scenario-final">{final.map(action)}</FinalActions> : null}
        </>
      )}
    </div>
  );
}
