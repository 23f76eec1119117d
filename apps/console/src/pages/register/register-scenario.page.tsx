import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { answer, asApiError, fieldErrors, http, type ApiError } from '../../api/client';
import { useInvalidateAll } from '../../api/queries';
import { allUnits, useTaxonomy } from '../../api/taxonomy';
import { useSession } from '../../auth/session';
import { useLabel, useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { ErrorMessage, Loading } from '../../ui/status';
import { messages } from './register-scenario.messages';
import { FIELD_PATHS, FUNDING_SOURCES, Form, FundingSource, OWNER_TYPES, OwnerType, TIERS, Tier, requestOf } from './registration.model';
import './register-scenario.css';

export function RegisterScenarioPage() {
  const t = useT(messages);
  const { user, hasRole } = useSession();
  const allowed = hasRole('officer', 'coordinator', 'admin');
  return (
    <Page title={t('title')}>
      {allowed && user ? <RegistrationForm forAnyUnit={hasRole('coordinator', 'admin')} ownUnit={user.unit} /> : <p className="notice">{t('notAllowed')}</p>}
    </Page>
  );
}

function RegistrationForm({ forAnyUnit, ownUnit }: { forAnyUnit: boolean; ownUnit: string | null }) {
  const navigate = useNavigate();
  const t = useT(messages);
  const label = useLabel();
  const taxonomy = useTaxonomy();
  const invalidateAll = useInvalidateAll();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<Form>({
    titleZh: '',
    titleEn: '',
    descriptionZh: '',
    domainCode: '',
    ownerType: 'municipal-department',
    ownerUnit: forAnyUnit ? '' : (ownUnit ?? ''),
    district: '',
    tier: '',
    budgetTotal: '',
    fundingSource: '',
    reserve: '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  const otherErrors = [...errors].filter(([path]) => !FIELD_PATHS.includes(path));
  const units = useMemo(() => (taxonomy.data ? allUnits(taxonomy.data) : []), [taxonomy.data]);

  // After a refusal the first field the server named takes the focus (its message is read with it).
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const set =
    <K extends keyof Form>(key: K) =>
    (event: { target: { value: string } }) =>
      setForm((previous) => ({ ...previous, [key]: event.target.value as Form[K] }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const registered = await answer(http.POST('/api/scenarios', { body: requestOf(form) }));
      void invalidateAll();
      void navigate({ to: '/scenarios/$id', params: { id: registered.id } });
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  }

  if (taxonomy.error) return <ErrorMessage error={taxonomy.error} onRetry={taxonomy.reload} />;
  if (!taxonomy.data) return <Loading />;

  /** One labelled field: the control gets aria-invalid and aria-describedby for its help and its error. */
  const field = (id: string, path: string, text: string, control: (aria: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode, options: { required?: boolean; help?: string; wide?: boolean } = {}) => {
    const problem = errors.get(path);
    const describedBy = [options.help ? `${id}-help` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
    return (
      <div className={options.wide ? 'reg-field reg-wide' : 'reg-field'}>
        <label htmlFor={id}>
          {text}
          {options.required ? (
            <span className="reg-required" aria-hidden="true">
              {' '}
              *
            </span>
          ) : null}
        </label>
        {control({ id, ...(problem ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
        {options.help ? (
          <p id={`${id}-help`} className="muted small reg-help">
            {options.help}
          </p>
        ) : null}
        {problem ? (
          <p id={`${id}-error`} className="reg-field-error">
            {problem}
          </p>
        ) : null}
      </div>
    );
  };

  const municipal = form.ownerType === 'municipal-department';
  const ownUnitHelp = ownUnit ? t('ownOnly') : t('noUnit');

  return (
    <form ref={formRef} className="reg-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">{t('intro')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {otherErrors.length > 0 ? (
        <ul className="reg-other-errors" aria-label={t('otherErrors')}>
          {otherErrors.map(([path, message]) => (
            <li key={path}>
              <code>{path}</code> {message}
            </li>
          ))}
        </ul>
      ) : null}

      <fieldset>
        <legend>{t('sectionScenario')}</legend>
        <div className="reg-grid">
          {field('reg-title-zh', 'title.zh', t('titleZh'), (aria) => <input {...aria} value={form.titleZh} onChange={set('titleZh')} required maxLength={200} />, { required: true })}
          {field('reg-title-en', 'title.en', t('titleEn'), (aria) => <input {...aria} lang="en" value={form.titleEn} onChange={set('titleEn')} maxLength={300} />)}
          {field('reg-description-zh', 'description.zh', t('descriptionZh'), (aria) => <textarea {...aria} value={form.descriptionZh} onChange={set('descriptionZh')} rows={4} />, { wide: true })}
          {field(
            'reg-domain',
            'domainCode',
            t('domain'),
            (aria) => (
              <select {...aria} value={form.domainCode} onChange={set('domainCode')} required>
                <option value="">{t('choose')}</option>
                {taxonomy.data?.aspects.map((aspect) => (
                  <optgroup key={aspect.code} label={`${aspect.numeral} ${label({ zh: aspect.zhName, en: aspect.enName })}`}>
                    {aspect.domains.map((domain) => (
                      <option key={domain.code} value={domain.code}>
                        {label({ zh: domain.zhName, en: domain.enName })}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            ),
            { required: true },
          )}
          {field(
            'reg-tier',
            'tier',
            t('tier'),
            (aria) => (
              <select {...aria} value={form.tier} onChange={set('tier')} required>
                <option value="">{t('choose')}</option>
                {(Object.keys(TIERS) as Tier[]).map((tier) => (
                  <option key={tier} value={tier}>
                    {t(TIERS[tier])}
                  </option>
                ))}
              </select>
            ),
            { required: true },
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('sectionOwner')}</legend>
        <div className="reg-grid">
          {field(
            'reg-owner-type',
            'ownerType',
            t('ownerType'),
            (aria) => (
              <select {...aria} value={form.ownerType} onChange={set('ownerType')} required>
                {(Object.keys(OWNER_TYPES) as OwnerType[]).map((type) => (
                  <option key={type} value={type}>
                    {t(OWNER_TYPES[type])}
                  </option>
                ))}
              </select>
            ),
            { required: true },
          )}
          {!forAnyUnit
            ? field('reg-owner-unit', 'ownerUnit', t('ownerUnit'), (aria) => <input {...aria} value={ownUnit ?? ''} readOnly />, { required: true, help: ownUnitHelp })
            : municipal
              ? field(
                  'reg-owner-unit',
                  'ownerUnit',
                  t('ownerUnit'),
                  (aria) => (
                    <select {...aria} value={form.ownerUnit} onChange={set('ownerUnit')} required>
                      <option value="">{t('choose')}</option>
                      {units.map((unit) => (
                        <option key={unit.code} value={unit.zhName}>
                          {label({ zh: unit.zhName, en: unit.enName })}
                        </option>
                      ))}
                      {form.ownerUnit && !units.some((unit) => unit.zhName === form.ownerUnit) ? <option value={form.ownerUnit}>{form.ownerUnit}</option> : null}
                    </select>
                  ),
                  { required: true, help: t('unitFromTaxonomy') },
                )
              : field('reg-owner-unit', 'ownerUnit', t('ownerUnit'), (aria) => <input {...aria} value={form.ownerUnit} onChange={set('ownerUnit')} required maxLength={100} />, { required: true })}
          {field('reg-district', 'district', t('district'), (aria) => <input {...aria} value={form.district} onChange={set('district')} required={form.ownerType === 'district'} maxLength={50} />, {
            required: form.ownerType === 'district',
            help: t('districtHelp'),
          })}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('sectionBudget')}</legend>
        <div className="reg-grid">
          {field('reg-budget-total', 'budget.total', t('budgetTotal'), (aria) => <input {...aria} type="number" inputMode="decimal" min={0} step="any" value={form.budgetTotal} onChange={set('budgetTotal')} />)}
          {field('reg-funding-source', 'budget.fundingSource', t('fundingSource'), (aria) => (
            <select {...aria} value={form.fundingSource} onChange={set('fundingSource')}>
              <option value="">{t('none')}</option>
              {(Object.keys(FUNDING_SOURCES) as FundingSource[]).map((source) => (
                <option key={source} value={source}>
                  {t(FUNDING_SOURCES[source])}
                </option>
              ))}
            </select>
          ))}
          {form.fundingSource === 'government-investment' || errors.has('budget.newScenarioReserve')
            ? field('reg-reserve', 'budget.newScenarioReserve', t('reserve'), (aria) => <input {...aria} type="number" inputMode="decimal" min={0} step="any" value={form.reserve} onChange={set('reserve')} />, {
                required: form.fundingSource === 'government-investment',
                help: t('reserveHelp'),
              })
            : null}
        </div>
      </fieldset>

      <div className="reg-buttons">
        <button type="submit" className="primary" disabled={busy || (!forAnyUnit && !ownUnit)}>
          {busy ? t('submitting') : t('submit')}
        </button>
        <Link to="/" className="button">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
