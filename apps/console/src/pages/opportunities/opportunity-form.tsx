import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { answer, asApiError, fieldErrors, http, type ApiError } from '../../api/client';
import { useUser } from '../../auth/session';
import { useT } from '../../i18n/i18n';
import { Field, focusFirstInvalid } from '../../ui/field';
import { FormErrorSummary } from '../../ui/form-error-summary';
import { fenOfTyped, isYuanTyped } from '../../ui/money';
import { messages } from './opportunities.messages';
import { splitList } from './opportunity.model';
import { ScenarioPicker, type ScenarioHit } from './scenario-picker';

interface Form {
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  capabilities: string;
  budgetMin: string;
  budgetMax: string;
  respondBy: string;
}

const EMPTY: Form = { titleZh: '', titleEn: '', descriptionZh: '', descriptionEn: '', capabilities: '', budgetMin: '', budgetMax: '', respondBy: '' };

/** The server's paths and the form's labels, for errors "in words" above the form. */
const LABELS: Record<string, keyof typeof messages.zh> = {
  scenarioId: 'scenario',
  'title.zh': 'titleZh',
  'title.en': 'titleEn',
  'description.zh': 'descriptionZh',
  'description.en': 'descriptionEn',
  'sought.capabilities': 'capabilities',
  'sought.budget.minFen': 'budgetMin',
  'sought.budget.maxFen': 'budgetMax',
  'sought.respondBy': 'respondBy',
};

/** Drafts an opportunity of a chosen scenario; the server checks it and answers field by field. */
export function OpportunityForm({ scenario: initial, onCancel }: { scenario: ScenarioHit | null; onCancel: () => void }) {
  const t = useT(messages);
  const user = useUser();
  const navigate = useNavigate();
  const [scenario, setScenario] = useState<ScenarioHit | null>(initial);
  const [form, setForm] = useState<Form>(EMPTY);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const errors = fieldErrors(error);
  // No scenario chosen: say so in words rather than the server's "scenarioId must be a UUID".
  if (!scenario && errors.has('scenarioId')) errors.set('scenarioId', t('chooseScenarioFirst'));
  const at = (...paths: string[]) => paths.map((path) => errors.get(path)).find(Boolean);
  const set = (key: keyof Form) => (event: { target: { value: string } }) => setForm((previous) => ({ ...previous, [key]: event.target.value }));
  const officerUnit = user.roles.includes('coordinator') || user.roles.includes('admin') ? null : user.unit;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const budget = { minFen: fenOfTyped(form.budgetMin), maxFen: fenOfTyped(form.budgetMax) };
    const description = { ...(form.descriptionZh.trim() ? { zh: form.descriptionZh } : {}), ...(form.descriptionEn.trim() ? { en: form.descriptionEn } : {}) };
    try {
      const created = await answer(
        http.POST('/api/opportunities', {
          body: {
            scenarioId: scenario?.id ?? '',
            title: { zh: form.titleZh, ...(form.titleEn.trim() ? { en: form.titleEn } : {}) },
            ...(Object.keys(description).length ? { description } : {}),
            sought: {
              capabilities: splitList(form.capabilities),
              ...(budget.minFen !== undefined || budget.maxFen !== undefined ? { budget } : {}),
              respondBy: form.respondBy,
            },
          },
        }),
      );
      void navigate({ to: '/opportunities/$id', params: { id: created.id } });
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
      setTimeout(() => focusFirstInvalid(ref.current));
    }
  }

  const labelOf = (path: string) => (LABELS[path] ? t(LABELS[path]) : undefined);
  const input = (key: keyof Form, id: string, label: string, paths: string[], options: { required?: boolean; type?: string; help?: string; wide?: boolean; area?: boolean; yuan?: boolean } = {}) => (
    <Field id={id} label={label} required={options.required} error={options.yuan && !isYuanTyped(form[key]) ? t('notYuan') : at(...paths)} help={options.help} wide={options.wide}>
      {(aria) =>
        options.area ? (
          <textarea {...aria} rows={3} value={form[key]} onChange={set(key)} />
        ) : (
          <input {...aria} type={options.type ?? 'text'} value={form[key]} onChange={set(key)} required={options.required} {...(options.yuan ? { inputMode: 'decimal' as const } : {})} />
        )
      }
    </Field>
  );

  return (
    <form ref={ref} className="card op-card" onSubmit={submit} aria-labelledby="op-form-title" noValidate>
      <h2 id="op-form-title">{t('formTitle')}</h2>
      <p className="muted small">{t('requiredNote')}</p>
      <FormErrorSummary error={error} errors={errors} labelOf={labelOf} summary={t('errorsSummary')} />
      <div className="form-grid">
        <ScenarioPicker value={scenario} onChange={setScenario} unit={officerUnit} error={at('scenarioId')} />
        {input('titleZh', 'op-title-zh', t('titleZh'), ['title.zh', 'title'], { required: true })}
        {input('titleEn', 'op-title-en', t('titleEn'), ['title.en'])}
        {input('descriptionZh', 'op-description-zh', t('descriptionZh'), ['description.zh', 'description'], { area: true, wide: true })}
        {input('descriptionEn', 'op-description-en', t('descriptionEn'), ['description.en'], { area: true, wide: true })}
        {input('capabilities', 'op-capabilities', t('capabilities'), ['sought.capabilities', 'sought'], { required: true, help: t('capabilitiesHelp'), wide: true })}
        {input('budgetMin', 'op-budget-min', t('budgetMin'), ['sought.budget.minFen', 'sought.budget'], { yuan: true })}
        {input('budgetMax', 'op-budget-max', t('budgetMax'), ['sought.budget.maxFen'], { yuan: true })}
        {input('respondBy', 'op-respond-by', t('respondBy'), ['sought.respondBy'], { required: true, type: 'date' })}
      </div>
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('creating') : t('createDraft')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
