import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { useAllPages } from '../../api/all-pages';
import { answer, asApiError, fieldErrors, http, type ApiError } from '../../api/client';
import { useUser } from '../../auth/session';
import { useLanguage, useT } from '../../i18n/i18n';
import { beijingToday } from '../../ui/beijing-time';
import { Field, focusFirstInvalid } from '../../ui/field';
import { FormErrorSummary } from '../../ui/form-error-summary';
import { Empty, Loadable } from '../../ui/status';
import { textIn } from '../opportunities/opportunity.model';
import { EVENT_KINDS, PARTICIPANT_TYPES, useEventLabels, type EventKind, type ParticipantType } from './event.model';
import { messages } from './matchmaking.messages';

const LABELS: Record<string, keyof typeof messages.zh> = {
  'title.zh': 'titleZh',
  'title.en': 'titleEn',
  'description.zh': 'descriptionZh',
  heldOn: 'heldOn',
  district: 'district',
  organiserUnit: 'organiserUnit',
  kind: 'kind',
  participants: 'participants',
  opportunityIds: 'presented',
};

/** Records an event: what, when, who organised it, the suppliers taking part and the opportunities presented. */
export function EventForm({ onCancel }: { onCancel: () => void }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const labels = useEventLabels();
  const user = useUser();
  const navigate = useNavigate();
  const [form, setForm] = useState({ titleZh: '', titleEn: '', descriptionZh: '', heldOn: beijingToday(), district: user.district ?? '', organiserUnit: user.unit ?? '', kind: 'matchmaking-meeting' as EventKind });
  const [participants, setParticipants] = useState<Array<{ name: string; type: ParticipantType }>>([{ name: '', type: 'enterprise' }]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const published = useAllPages('/api/opportunities', { params: { query: { status: 'published' } } }, 5);
  const errors = fieldErrors(error);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((previous) => ({ ...previous, [key]: event.target.value }));
  const labelOf = (path: string) => {
    const row = /^participants\.(\d+)/.exec(path);
    if (row) return t('participantN', { n: Number(row[1]) + 1 });
    const key = LABELS[path] ?? LABELS[path.replace(/\.\d+$/, '')];
    return key ? t(key) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await answer(
        http.POST('/api/matchmaking-events', {
          body: {
            title: { zh: form.titleZh, ...(form.titleEn.trim() ? { en: form.titleEn } : {}) },
            ...(form.descriptionZh.trim() ? { description: { zh: form.descriptionZh } } : {}),
            heldOn: form.heldOn,
            ...(form.district.trim() ? { district: form.district } : {}),
            organiserUnit: form.organiserUnit,
            kind: form.kind,
            participants: participants.filter((p) => p.name.trim()),
            opportunityIds: chosen,
            outcomes: [],
          },
        }),
      );
      void navigate({ to: '/matchmaking-events/$id', params: { id: created.id } });
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
      setTimeout(() => focusFirstInvalid(ref.current));
    }
  }

  const input = (key: Exclude<keyof typeof form, 'kind'>, id: string, path: string, required: boolean, type = 'text') => (
    <Field id={id} label={t(LABELS[path] ?? 'titleZh')} required={required} error={errors.get(path)}>
      {(aria) => <input {...aria} type={type} value={form[key]} onChange={set(key)} required={required} />}
    </Field>
  );

  return (
    <form ref={ref} className="card op-card" onSubmit={submit} aria-labelledby="ev-form-title" noValidate>
      <h2 id="ev-form-title">{t('formTitle')}</h2>
      <p className="muted small">{t('requiredNote')}</p>
      <FormErrorSummary error={error} errors={errors} labelOf={labelOf} summary={t('errorsSummary')} />
      <div className="form-grid">
        {input('titleZh', 'ev-title-zh', 'title.zh', true)}
        {input('titleEn', 'ev-title-en', 'title.en', false)}
        <Field id="ev-kind" label={t('kind')} required error={errors.get('kind')}>
          {(aria) => (
            <select {...aria} value={form.kind} onChange={set('kind')}>
              {EVENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {labels.kind(kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input('heldOn', 'ev-held-on', 'heldOn', true, 'date')}
        {input('organiserUnit', 'ev-organiser', 'organiserUnit', true)}
        {input('district', 'ev-district', 'district', false)}
        <Field id="ev-description" label={t('descriptionZh')} error={errors.get('description.zh')} wide>
          {(aria) => <textarea {...aria} rows={2} value={form.descriptionZh} onChange={set('descriptionZh')} />}
        </Field>
        <fieldset className="form-wide">
          <legend>{t('participants')}</legend>
          <div className="op-rows">
            {participants.map((participant, index) => {
              const n = index + 1;
              const update = (change: Partial<typeof participant>) => setParticipants((previous) => previous.map((p, i) => (i === index ? { ...p, ...change } : p)));
              const nameError = errors.get(`participants.${index}.name`);
              return (
                <div className="op-row" key={index} role="group" aria-label={t('participantN', { n })}>
                  <Field id={`ev-participant-${n}`} label={`${t('participantName')} ${n}`} error={nameError}>
                    {(aria) => <input {...aria} value={participant.name} onChange={(event) => update({ name: event.target.value })} />}
                  </Field>
                  <Field id={`ev-participant-${n}-type`} label={`${t('participantType')} ${n}`}>
                    {(aria) => (
                      <select {...aria} value={participant.type} onChange={(event) => update({ type: event.target.value as ParticipantType })}>
                        {PARTICIPANT_TYPES.map((type) => (
                          <option key={type} value={type}>
                            {labels.type(type)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <button type="button" className="link" aria-label={t('removeParticipant', { n })} onClick={() => setParticipants((previous) => previous.filter((_, i) => i !== index))}>
                    ✕
                  </button>
                </div>
              );
            })}
          </div>
          <button type="button" onClick={() => setParticipants((previous) => [...previous, { name: '', type: 'enterprise' }])}>
            {t('addParticipant')}
          </button>
        </fieldset>
        <fieldset className="form-wide" aria-describedby="ev-presented-help">
          <legend>{t('presented')}</legend>
          <p id="ev-presented-help" className="muted small form-help">
            {t('presentedHelp')}
          </p>
          <Loadable state={published}>
            {({ items }) =>
              items.length === 0 ? (
                <Empty>{t('noPublished')}</Empty>
              ) : (
                <ul className="op-checks">
                  {items.map((item) => (
                    <li key={item.id}>
                      <label>
                        <input type="checkbox" checked={chosen.includes(item.id)} onChange={(event) => setChosen((previous) => (event.target.checked ? [...previous, item.id] : previous.filter((id) => id !== item.id)))} />
                        {textIn(item.title, language)} <span className="muted small">· {item.ownerUnit}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              )
            }
          </Loadable>
        </fieldset>
      </div>
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
