import { useState, type FormEvent } from 'react';
import { answer, ApiError, asApiError, fieldErrors, http, type Schema } from '../../api/client';
import { useLanguage, useT } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/status';
import { eventLabel, messages } from './scenario.messages';

/** Stages the scenario leaves through what is published elsewhere (a batch list, an opportunity, an agreement), not through an action here. */
const NEXT_STEP_ELSEWHERE: Partial<Record<string, 'nextListing' | 'nextOpening' | 'nextMatching'>> = {
  'recognition.recognized': 'nextListing',
  listed: 'nextOpening',
  'operating.open': 'nextMatching',
};
import { IndicatorRows, indicatorPayload, ReadingFields, readingPayload, rowsOf, sandboxOf, type IndicatorRow, type ReadingDraft } from './sandbox-fields';

const SANDBOX_EVENTS = ['enterSandbox', 'renewSandbox'];
const SEVERITIES = ['general', 'serious', 'major', 'critical'] as const;
const SEVERITY_KEYS = { general: 'severityGeneral', serious: 'severitySerious', major: 'severityMajor', critical: 'severityCritical' } as const;


const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * One button per event the server says this user may send now (`allowedEvents`, never worked out here), a reason,
 * and the extra fields some events need. Sends with `expectedVersion`, so a concurrent change answers 409.
 */
export function EventActions({
  scenarioId,
  instance,
  stageName,
  onChanged,
  onConflict,
}: {
  scenarioId: string;
  instance: Schema<'WorkflowInstanceView'>;
  stageName: (path: string | null) => string;
  onChanged: () => void;
  onConflict: () => void;
}) {
  const t = useT(messages);
  const { language } = useLanguage();
  const [reason, setReason] = useState('');
  const [conditions, setConditions] = useState('');
  const [indicators, setIndicators] = useState<IndicatorRow[]>(() => rowsOf(sandboxOf(instance)));
  const [reading, setReading] = useState<ReadingDraft>({ indicatorKey: '', value: '', observedOn: '', note: '' });
  const [expiresOn, setExpiresOn] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<(typeof SEVERITIES)[number]>('general');
  const [sending, setSending] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<{ type: string; stage: string } | null>(null);

  const allowed = instance.allowedEvents;
  const nextStep = NEXT_STEP_ELSEWHERE[instance.stage];
  const errors = fieldErrors(error);

  const payloadFor = (type: string): Record<string, unknown> => {
    if (SANDBOX_EVENTS.includes(type)) return { conditions: lines(conditions), indicators: indicatorPayload(indicators), expiresOn };
    if (type === 'reportSandboxIndicator') return readingPayload(reading);
    if (type === 'reportIncident') return { description, severity };
    return {};
  };

  const send = async (type: string) => {
    setSending(type);
    setError(null);
    setDone(null);
    try {
      const body = { type, ...(reason.trim() ? { reason: reason.trim() } : {}), expectedVersion: instance.version, ...payloadFor(type) };
      const next = await answer(http.POST('/api/workflow/scenarios/{scenarioId}/events', { params: { path: { scenarioId } }, body }));
      setDone({ type, stage: next.stage });
      setReason('');
      onChanged();
    } catch (caught) {
      const apiError = asApiError(caught);
      setError(apiError);
      if (apiError.status === 409) onConflict();
    } finally {
      setSending(null);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value) void send(submitter.value);
  };

  const fieldError = (path: string) =>
    errors.get(path) ? (
      <p className="field-error small" id={`err-${path}`}>
        {errors.get(path)}
      </p>
    ) : null;

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
        <form onSubmit={onSubmit} aria-labelledby="actions-title">
          <label htmlFor="event-reason">{t('reason')}</label>
          <textarea
            id="event-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={2000}
            aria-describedby="event-reason-hint"
            aria-invalid={errors.has('reason') || undefined}
          />
          <p id="event-reason-hint" className="muted small">
            {t('reasonHint')}
          </p>
          {fieldError('reason')}

          {allowed.some((type) => SANDBOX_EVENTS.includes(type)) ? (
            <fieldset>
              <legend>{allowed.filter((type) => SANDBOX_EVENTS.includes(type)).map((type) => eventLabel(type, language)).join(' / ')}</legend>
              <label htmlFor="event-conditions">{t('sandboxConditions')}</label>
              <textarea id="event-conditions" value={conditions} onChange={(e) => setConditions(e.target.value)} aria-invalid={errors.has('conditions') || undefined} />
              {fieldError('conditions')}
              <IndicatorRows rows={indicators} onChange={setIndicators} fieldError={fieldError} invalid={(path) => errors.has(path)} />
              <label htmlFor="event-expires">{t('sandboxExpiresOn')}</label>
              <input id="event-expires" type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} aria-invalid={errors.has('expiresOn') || undefined} />
              {fieldError('expiresOn')}
            </fieldset>
          ) : null}

          {allowed.includes('reportSandboxIndicator') ? (
            <fieldset>
              <legend>{eventLabel('reportSandboxIndicator', language)}</legend>
              <ReadingFields sandbox={sandboxOf(instance)} draft={reading} onChange={setReading} fieldError={fieldError} invalid={(path) => errors.has(path)} />
            </fieldset>
          ) : null}

          {allowed.includes('reportIncident') ? (
            <fieldset>
              <legend>{eventLabel('reportIncident', language)}</legend>
              <label htmlFor="event-incident">{t('incidentDescription')}</label>
              <textarea id="event-incident" value={description} onChange={(e) => setDescription(e.target.value)} aria-invalid={errors.has('description') || undefined} />
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
          ) : null}

          <div className="event-buttons">
            {allowed.map((type) => (
              <button key={type} type="submit" name="type" value={type} className={['reject', 'terminate', 'withdraw', 'denyExemption'].includes(type) ? 'danger' : 'primary'} disabled={sending !== null}>
                {sending === type ? t('sending') : eventLabel(type, language)}
              </button>
            ))}
          </div>
        </form>
      )}
    </div>
  );
}
