import { useT } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { messages } from './register-scenario.messages';
import { isYuanTyped } from '../../ui/money';
import { useApiQuery } from '../../api/queries';
import { budgetGiven, coOwnerError, FUNDING_SOURCES, TIERS, type Form, type FundingSource, type Tier } from './registration.model';

/** The profile fields registration and editing share (the owner and the domain are fixed once registered). */
export type ProfileForm = Pick<Form, 'titleZh' | 'titleEn' | 'descriptionZh' | 'tier' | 'district' | 'budgetTotal' | 'fundingSource' | 'reserve' | 'coOwnerUnits'>;

type Setter = (key: keyof ProfileForm) => (event: { target: { value: string } }) => void;

interface FieldsProps {
  form: ProfileForm;
  set: Setter;
  errors: Map<string, string>;
}

export function TitleFields({ form, set, errors }: FieldsProps) {
  const t = useT(messages);
  return (
    <>
      <Field id="reg-title-zh" label={t('titleZh')} error={errors.get('title.zh')} required>
        {(aria) => <input {...aria} value={form.titleZh} onChange={set('titleZh')} required maxLength={200} />}
      </Field>
      <Field id="reg-title-en" label={t('titleEn')} error={errors.get('title.en')}>
        {(aria) => <input {...aria} lang="en" value={form.titleEn} onChange={set('titleEn')} maxLength={300} />}
      </Field>
      <Field id="reg-description-zh" label={t('descriptionZh')} error={errors.get('description.zh')} wide>
        {(aria) => <textarea {...aria} value={form.descriptionZh} onChange={set('descriptionZh')} rows={4} />}
      </Field>
    </>
  );
}

export function TierField({ form, set, errors }: FieldsProps) {
  const t = useT(messages);
  return (
    <Field id="reg-tier" label={t('tier')} error={errors.get('tier')} required>
      {(aria) => (
        <select {...aria} value={form.tier} onChange={set('tier')} required>
          <option value="">{t('choose')}</option>
          {(Object.keys(TIERS) as Tier[]).map((tier) => (
            <option key={tier} value={tier}>
              {t(TIERS[tier])}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** 区县: typed or picked from the directory's districts (the server refuses one the directory does not know). */
export function DistrictField({ form, set, errors, required }: FieldsProps & { required: boolean }) {
  const t = useT(messages);
  const directory = useApiQuery('/api/directory/districts');
  return (
    <Field id="reg-district" label={t('district')} error={errors.get('district')} required={required} help={t('districtHelp')}>
      {(aria) => (
        <>
          <input {...aria} value={form.district} onChange={set('district')} required={required} maxLength={50} list="reg-district-options" autoComplete="off" />
          <datalist id="reg-district-options">
            {(directory.data?.districts ?? []).map((district) => (
              <option key={district.code} value={district.zhName}>
                {district.enName}
              </option>
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}

export function BudgetFields({ form, set, errors }: FieldsProps) {
  const t = useT(messages);
  const government = form.fundingSource === 'government-investment';
  // A budget is optional, but one begun needs its total and its funding source.
  const begun = budgetGiven(form);
  // What was typed is checked as 元 here; the server's message (in fen) shows only once the amount reads as 元.
  const moneyError = (typed: string, path: string) => (isYuanTyped(typed) ? errors.get(path) : t('notYuan'));
  return (
    <>
      <Field id="reg-budget-total" label={t('budgetTotal')} error={moneyError(form.budgetTotal, 'budget.totalFen')} required={begun}>
        {(aria) => <input {...aria} inputMode="decimal" value={form.budgetTotal} onChange={set('budgetTotal')} />}
      </Field>
      <Field id="reg-funding-source" label={t('fundingSource')} error={errors.get('budget.fundingSource')} required={begun}>
        {(aria) => (
          <select {...aria} value={form.fundingSource} onChange={set('fundingSource')}>
            <option value="">{begun ? t('choose') : t('none')}</option>
            {(Object.keys(FUNDING_SOURCES) as FundingSource[]).map((source) => (
              <option key={source} value={source}>
                {t(FUNDING_SOURCES[source])}
              </option>
            ))}
          </select>
        )}
      </Field>
      {government || errors.has('budget.newScenarioReserveFen') ? (
        <Field id="reg-reserve" label={t('reserve')} error={moneyError(form.reserve, 'budget.newScenarioReserveFen')} required={government} help={t('reserveHelp')}>
          {(aria) => <input {...aria} inputMode="decimal" value={form.reserve} onChange={set('reserve')} />}
        </Field>
      ) : null}
    </>
  );
}

/** 共同牵头单位: units of Chongqing or Sichuan (a Sichuan one makes a 成渝 joint scenario); the server checks each name. */
export function CoOwnerField({ form, set, errors, id }: FieldsProps & { id: string }) {
  const t = useT(messages);
  const units = useApiQuery('/api/taxonomy/co-owner-units');
  const sichuan = (units.data ?? []).filter((unit) => unit.region === '四川').map((unit) => unit.zhName).join('、');
  return (
    <Field id={id} label={t('coOwnerUnits')} error={coOwnerError(errors)} help={t('coOwnerUnitsHelp', { units: sichuan })} wide>
      {(aria) => <input {...aria} value={form.coOwnerUnits} onChange={set('coOwnerUnits')} />}
    </Field>
  );
}
