import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { answer, asApiError, fieldErrors, http, type ApiError, type Schema } from '../../api/client';
import { useInvalidateAll } from '../../api/queries';
import { allDomains, allUnits, useTaxonomy } from '../../api/taxonomy';
import { useSession } from '../../auth/session';
import { useLabel, useT } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { Page } from '../../ui/page';
import { ErrorMessage, Loading } from '../../ui/status';
import { messages } from './register-scenario.messages';
import { NearDuplicates } from './near-duplicates';
import { BudgetFields, CoOwnerField, DistrictField, TierField, TitleFields } from './profile-fields';
import { FIELD_PATHS, Form, OWNER_TYPES, OwnerType, requestOf, unfilledFields } from './registration.model';
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
    coOwnerUnits: '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [nearDuplicates, setNearDuplicates] = useState<Schema<'ScenarioNearDuplicate'>[] | null>(null);
  // Once the officer has tried to submit, what the form can tell by itself shows at its fields as they type.
  const [attempts, setAttempts] = useState(0);
  const unfilled = attempts > 0 ? unfilledFields(form) : new Map<string, never>();
  const errors = new Map([...fieldErrors(error), ...[...unfilled].map(([path, key]) => [path, t(key)] as const)]);
  const otherErrors = [...errors].filter(([path]) => !FIELD_PATHS.includes(path));
  const units = useMemo(() => (taxonomy.data ? allUnits(taxonomy.data) : []), [taxonomy.data]);

  // After a refusal, the form's or the server's, the first field named takes the focus (its message is read with it).
  useEffect(() => {
    if (error || attempts > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, attempts]);

  const set =
    <K extends keyof Form>(key: K) =>
    (event: { target: { value: string } }) => {
      setNearDuplicates(null);
      setForm((previous) => ({ ...previous, [key]: event.target.value as Form[K] }));
    };

  function refused(caught: unknown) {
    setError(asApiError(caught));
    setNearDuplicates(null);
    setBusy(false);
  }

  // Near-duplicates are looked for before anything is stored; the officer sees them and decides.
  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempts((n) => n + 1);
    if (unfilledFields(form).size > 0) {
      setError(null);
      return;
    }
    setBusy(true);
    try {
      const { nearDuplicates: found } = await answer(http.POST('/api/scenarios/near-duplicates', { body: requestOf(form) }));
      setError(null);
      if (found.length > 0) {
        setNearDuplicates(found);
        setBusy(false);
      } else await register();
    } catch (caught) {
      refused(caught);
    }
  }

  async function register() {
    setBusy(true);
    try {
      const registered = await answer(http.POST('/api/scenarios', { body: requestOf(form) }));
      void invalidateAll();
      void navigate({ to: '/scenarios/$id', params: { id: registered.id } });
    } catch (caught) {
      refused(caught);
    }
  }

  if (taxonomy.error) return <ErrorMessage error={taxonomy.error} onRetry={taxonomy.reload} />;
  if (!taxonomy.data) return <Loading />;

  const municipal = form.ownerType === 'municipal-department';
  const ownUnitHelp = ownUnit ? t('ownOnly') : t('noUnit');
  const domainName = (code: string) => {
    const domain = taxonomy.data ? allDomains(taxonomy.data).find((d) => d.code === code) : undefined;
    return domain ? label({ zh: domain.zhName, en: domain.enName }) : code;
  };

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
        <div className="form-grid">
          <TitleFields form={form} set={set} errors={errors} />
          <Field id="reg-domain" label={t('domain')} error={errors.get('domainCode')} required>
            {(aria) => (
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
            )}
          </Field>
          <TierField form={form} set={set} errors={errors} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('sectionOwner')}</legend>
        <div className="form-grid">
          <Field id="reg-owner-type" label={t('ownerType')} error={errors.get('ownerType')} required>
            {(aria) => (
              <select {...aria} value={form.ownerType} onChange={set('ownerType')} required>
                {(Object.keys(OWNER_TYPES) as OwnerType[]).map((type) => (
                  <option key={type} value={type}>
                    {t(OWNER_TYPES[type])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="reg-owner-unit" label={t('ownerUnit')} error={errors.get('ownerUnit')} required help={!forAnyUnit ? ownUnitHelp : municipal ? t('unitFromTaxonomy') : undefined}>
            {(aria) =>
              !forAnyUnit ? (
                <input {...aria} value={ownUnit ?? ''} readOnly />
              ) : municipal ? (
                <select {...aria} value={form.ownerUnit} onChange={set('ownerUnit')} required>
                  <option value="">{t('choose')}</option>
                  {units.map((unit) => (
                    <option key={unit.code} value={unit.zhName}>
                      {label({ zh: unit.zhName, en: unit.enName })}
                    </option>
                  ))}
                  {form.ownerUnit && !units.some((unit) => unit.zhName === form.ownerUnit) ? <option value={form.ownerUnit}>{form.ownerUnit}</option> : null}
                </select>
              ) : (
                <input {...aria} value={form.ownerUnit} onChange={set('ownerUnit')} required maxLength={100} />
              )
            }
          </Field>
          <DistrictField form={form} set={set} errors={errors} required={form.ownerType === 'district'} />
          <CoOwnerField id="reg-co-owners" form={form} set={set} errors={errors} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('sectionBudget')}</legend>
        <div className="form-grid">
          <BudgetFields form={form} set={set} errors={errors} />
        </div>
      </fieldset>

      {nearDuplicates ? <NearDuplicates candidates={nearDuplicates} domainName={domainName} busy={busy} onProceed={() => void register()} onCancel={() => setNearDuplicates(null)} /> : null}
      {nearDuplicates ? null : (
        <div className="reg-buttons">
          <button type="submit" className="primary" disabled={busy || (!forAnyUnit && !ownUnit)}>
            {busy ? t('checking') : t('submit')}
          </button>
          <Link to="/" className="button">
            {t('cancel')}
          </Link>
        </div>
      )}
    </form>
  );
}
