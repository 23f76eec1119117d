import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { useAllPages } from '../../api/all-pages';
import { answer, asApiError, fieldErrors, http, type ApiError } from '../../api/client';
import { useUser } from '../../auth/session';
import { useLanguage, useT } from '../../i18n/i18n';
import { Field, focusFirstInvalid } from '../../ui/field';
import { FormErrorSummary } from '../../ui/form-error-summary';
import { Empty, Loadable } from '../../ui/status';
import { textIn } from '../opportunities/opportunity.model';
import { messages } from './demand-lists.messages';

const LABELS: Record<string, keyof typeof messages.zh> = {
  number: 'number',
  'title.zh': 'titleZh',
  'title.en': 'titleEn',
  ownerUnit: 'ownerUnit',
  publishedOn: 'publishedOn',
  opportunityIds: 'opportunities',
};

/** Files a demand list: its number and title, the unit, and which of the unit's published opportunities it holds. */
export function DemandListForm({ onCancel }: { onCancel: () => void }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const user = useUser();
  const navigate = useNavigate();
  const [form, setForm] = useState({ number: '', titleZh: '', titleEn: '', ownerUnit: user.unit ?? '', publishedOn: '' });
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const unit = form.ownerUnit.trim();
  const published = useAllPages(unit ? '/api/opportunities' : null, { params: { query: { status: 'published', ownerUnit: unit } } }, 5);
  const errors = fieldErrors(error);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((previous) => ({ ...previous, [key]: event.target.value }));
  const labelOf = (path: string) => {
    const key = LABELS[path] ?? LABELS[path.replace(/\.\d+$/, '')];
    return key ? t(key) : undefined;
  };
  const opportunityError = [...errors].filter(([path]) => path.startsWith('opportunityIds')).map(([, message]) => message).join('; ');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await answer(
        http.POST('/api/demand-lists', {
          body: {
            number: form.number,
            title: { zh: form.titleZh, ...(form.titleEn.trim() ? { en: form.titleEn } : {}) },
            ownerUnit: form.ownerUnit,
            ...(form.publishedOn ? { publishedOn: form.publishedOn } : {}),
            opportunityIds: chosen,
          },
        }),
      );
      void navigate({ to: '/demand-lists/$id', params: { id: created.id } });
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
      setTimeout(() => focusFirstInvalid(ref.current));
    }
  }

  const input = (key: keyof typeof form, id: string, path: string, required: boolean, options: { type?: string; help?: string; placeholder?: string } = {}) => (
    <Field id={id} label={t(LABELS[path] ?? 'number')} required={required} error={errors.get(path)} help={options.help}>
      {(aria) => <input {...aria} type={options.type ?? 'text'} value={form[key]} onChange={set(key)} required={required} placeholder={options.placeholder} />}
    </Field>
  );

  return (
    <form ref={ref} className="card op-card" onSubmit={submit} aria-labelledby="dl-form-title" noValidate>
      <h2 id="dl-form-title">{t('formTitle')}</h2>
      <p className="muted small">{t('requiredNote')}</p>
      <FormErrorSummary error={error} errors={errors} labelOf={labelOf} summary={t('errorsSummary')} />
      <div className="form-grid">
        {input('number', 'dl-number', 'number', true, { placeholder: t('numberHint') })}
        {input('ownerUnit', 'dl-owner-unit', 'ownerUnit', true)}
        {input('titleZh', 'dl-title-zh', 'title.zh', true)}
        {input('titleEn', 'dl-title-en', 'title.en', false)}
        {input('publishedOn', 'dl-published-on', 'publishedOn', false, { type: 'date', help: t('publishedOnHelp') })}
        <fieldset className="form-wide" aria-describedby={['dl-opportunities-help', opportunityError ? 'dl-opportunities-error' : ''].filter(Boolean).join(' ')}>
          <legend>
            {t('opportunities')}
            <span className="form-required" aria-hidden="true">
              {' '}
              *
            </span>
          </legend>
          <p id="dl-opportunities-help" className="muted small form-help">
            {t('opportunitiesHelp')}
          </p>
          {!unit ? (
            <p className="muted small">{t('enterUnit')}</p>
          ) : (
            <Loadable state={published}>
              {({ items }) =>
                items.length === 0 ? (
                  <Empty>{t('noOpportunities')}</Empty>
                ) : (
                  <ul className="op-checks">
                    {items.map((item) => (
                      <li key={item.id}>
                        <label>
                          <input
                            type="checkbox"
                            checked={chosen.includes(item.id)}
                            aria-invalid={opportunityError ? true : undefined}
                            onChange={(event) => setChosen((previous) => (event.target.checked ? [...previous, item.id] : previous.filter((id) => id !== item.id)))}
                          />
                          {textIn(item.title, language)} <span className="muted small">（{item.sought.respondBy}）</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                )
              }
            </Loadable>
          )}
          {opportunityError ? (
            <p id="dl-opportunities-error" className="form-field-error">
              {opportunityError}
            </p>
          ) : null}
        </fieldset>
      </div>
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('publishing') : t('publish')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
