import { useMemo, useState } from 'react';
import { common } from '../../i18n/common.messages';
import { useLabel, useT } from '../../i18n/i18n';
import { ROLE_LABEL } from '../../layout/shell';
import { Field } from '../../ui/field';
import { shownAt } from '../../ui/form-errors';
import { ErrorMessage, Loading } from '../../ui/status';
import { useDistricts, useOrganisations, useUnits } from './admin.api';
import { messages } from './admin.messages';
import { ROLES, roleNeeds, unmetNeeds, type Role, type UserForm } from './admin.model';

/** The request paths these fields stand for; a field error on another path is listed above the form. */
const USER_FIELD_PATHS = ['username', 'displayName', 'displayName.zh', 'displayName.en', 'roles', 'unit', 'district', 'organisationId'];

export const isUserField = shownAt(...USER_FIELD_PATHS, 'roles.*');

/**
 * A person's fields, for creating (with the username) and editing: roles as checkboxes, the unit from the taxonomy,
 * the district from the directory grouped by region, the organisation from the directory's organisations; what the
 * chosen roles need is said before submitting, and the server's refusals beside their fields.
 */
export function UserFields({ form, onChange, errors, withUsername, idPrefix }: { form: UserForm; onChange: (next: UserForm) => void; errors: Map<string, string>; withUsername: boolean; idPrefix: string }) {
  const t = useT(messages);
  const tc = useT(common);
  const label = useLabel();
  const units = useUnits();
  const districts = useDistricts();
  const organisations = useOrganisations();
  const [organisationFilter, setOrganisationFilter] = useState('');
  const needs = roleNeeds(form.roles);
  const unmet = unmetNeeds(form);
  const id = (name: string) => `${idPrefix}-${name}`;

  const set =
    <K extends keyof UserForm>(key: K) =>
    (event: { target: { value: string } }) =>
      onChange({ ...form, [key]: event.target.value });
  const toggleRole = (role: Role, on: boolean) => onChange({ ...form, roles: on ? [...form.roles, role] : form.roles.filter((one) => one !== role) });

  const allOrganisations = useMemo(() => organisations.data?.items ?? [], [organisations.data]);
  const shownOrganisations = useMemo(() => {
    const wanted = organisationFilter.trim().toLowerCase();
    if (!wanted) return allOrganisations;
    // The chosen one stays in the list, so that filtering never changes the choice behind the user's back.
    return allOrganisations.filter((one) => one.id === form.organisationId || [one.name, one.nameEn, one.uscc ?? '', ...one.aliases].some((text) => text.toLowerCase().includes(wanted)));
  }, [allOrganisations, organisationFilter, form.organisationId]);

  const failed = units.error ?? districts.error ?? organisations.error;
  if (failed) return <ErrorMessage error={failed} onRetry={() => [units, districts, organisations].forEach((one) => one.reload())} />;
  if (!units.data || !districts.data || !organisations.data) return <Loading />;

  const unitList = units.data;
  const byRegion = (['chongqing', 'sichuan'] as const).map((region) => ({ region, districts: districts.data?.districts.filter((one) => one.region === region) ?? [] }));
  const rolesError = errors.get('roles') ?? [...errors].find(([path]) => path.startsWith('roles.'))?.[1];
  const unitError = errors.get('unit') ?? (unmet.unitOrDistrict && errors.size > 0 ? t('missingUnitOrDistrict') : undefined);
  const organisationError = errors.get('organisationId');

  return (
    <>
      <fieldset>
        <legend>{t('sectionPerson')}</legend>
        <div className="form-grid">
          {withUsername ? (
            <Field id={id('username')} label={t('username')} error={errors.get('username')} help={t('usernameHelp')} required>
              {(aria) => <input {...aria} value={form.username} onChange={set('username')} autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={64} required lang="en" />}
            </Field>
          ) : null}
          <Field id={id('name-zh')} label={t('displayNameZh')} error={errors.get('displayName.zh') ?? errors.get('displayName')} required>
            {(aria) => <input {...aria} value={form.displayNameZh} onChange={set('displayNameZh')} maxLength={60} required autoComplete="off" />}
          </Field>
          <Field id={id('name-en')} label={t('displayNameEn')} error={errors.get('displayName.en')}>
            {(aria) => <input {...aria} value={form.displayNameEn} onChange={set('displayNameEn')} maxLength={80} lang="en" autoComplete="off" />}
          </Field>
        </div>
      </fieldset>

      <fieldset aria-describedby={`${id('roles')}-help${rolesError ? ` ${id('roles')}-error` : ''}`}>
        <legend>
          {t('sectionRoles')}
          <span className="form-required" aria-hidden="true">
            {' '}
            *
          </span>
        </legend>
        <div className="admin-roles">
          {ROLES.map((role, index) => (
            <label key={role} className="admin-check">
              <input type="checkbox" id={index === 0 ? id('roles') : undefined} checked={form.roles.includes(role)} onChange={(event) => toggleRole(role, event.target.checked)} aria-invalid={rolesError && index === 0 ? true : undefined} />
              {tc(ROLE_LABEL[role])}
            </label>
          ))}
        </div>
        <p id={`${id('roles')}-help`} className="muted small form-help">
          {t('rolesHelp')}
        </p>
        {rolesError ? (
          <p id={`${id('roles')}-error`} className="form-field-error">
            {rolesError}
          </p>
        ) : null}
        <div className="admin-needs" aria-live="polite" data-testid="role-needs">
          {needs.unitOrDistrict || needs.organisation ? (
            <>
              <p className="small">{t('needsTitle')}</p>
              <ul className="small">
                {needs.unitOrDistrict ? (
                  <li className={unmet.unitOrDistrict ? 'need-missing' : 'need-met'}>
                    <span aria-hidden="true">{unmet.unitOrDistrict ? '○ ' : '✓ '}</span>
                    {t('needsUnitOrDistrict')} — {unmet.unitOrDistrict ? t('needMissing') : t('needMet')}
                  </li>
                ) : null}
                {needs.organisation ? (
                  <li className={unmet.organisation ? 'need-missing' : 'need-met'}>
                    <span aria-hidden="true">{unmet.organisation ? '○ ' : '✓ '}</span>
                    {t('needsOrganisation')} — {unmet.organisation ? t('needMissing') : t('needMet')}
                  </li>
                ) : null}
              </ul>
            </>
          ) : (
            <p className="small muted">{t('needsNothing')}</p>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('sectionPlacement')}</legend>
        <div className="form-grid">
          <Field id={id('unit')} label={t('unit')} error={unitError} help={t('unitHelp')} required={needs.unitOrDistrict && !form.district}>
            {(aria) => (
              <select {...aria} value={form.unit} onChange={set('unit')}>
                <option value="">{t('none')}</option>
                {unitList.map((unit) => (
                  <option key={unit.code} value={unit.zhName}>
                    {label({ zh: unit.zhName, en: unit.enName })}
                  </option>
                ))}
                {form.unit && !unitList.some((unit) => unit.zhName === form.unit) ? <option value={form.unit}>{form.unit}</option> : null}
              </select>
            )}
          </Field>
          <Field id={id('district')} label={t('district')} error={errors.get('district')} help={t('districtHelp')} required={needs.unitOrDistrict && !form.unit}>
            {(aria) => (
              <select {...aria} value={form.district} onChange={set('district')}>
                <option value="">{t('none')}</option>
                {byRegion.map(({ region, districts: list }) => (
                  <optgroup key={region} label={t(region === 'chongqing' ? 'regionChongqing' : 'regionSichuan')}>
                    {list.map((district) => (
                      <option key={district.code} value={district.zhName}>
                        {label({ zh: district.zhName, en: district.enName })}
                      </option>
                    ))}
                  </optgroup>
                ))}
                {form.district && !districts.data?.districts.some((one) => one.zhName === form.district) ? <option value={form.district}>{form.district}</option> : null}
              </select>
            )}
          </Field>
          <Field
            id={id('organisation')}
            label={t('organisationField')}
            error={organisationError ?? (unmet.organisation && errors.size > 0 ? t('missingOrganisation') : undefined)}
            help={
              <>
                {t('organisationHelp')} <span aria-live="polite">{t('organisationsShown', { shown: shownOrganisations.length, total: allOrganisations.length })}</span>
              </>
            }
            required={needs.organisation}
            wide
          >
            {(aria) => (
              <div className="admin-organisation-pick">
                <input type="search" aria-label={t('organisationFilter')} placeholder={t('organisationFilter')} value={organisationFilter} onChange={(event) => setOrganisationFilter(event.target.value)} />
                <select {...aria} value={form.organisationId} onChange={set('organisationId')}>
                  <option value="">{t('organisationNone')}</option>
                  {shownOrganisations.map((one) => (
                    <option key={one.id} value={one.id}>
                      {one.nameEn ? `${one.name} ${one.nameEn}` : one.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </Field>
        </div>
      </fieldset>
    </>
  );
}
