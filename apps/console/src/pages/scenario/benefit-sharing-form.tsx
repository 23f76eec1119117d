import { useState, type FormEvent } from 'react';
import { answer, asApiError, fieldErrors, http, type ApiError } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { beijingToday } from '../../ui/beijing-time';
import { Field } from '../../ui/field';
import { needsGeneralError, shownAt } from '../../ui/form-errors';
import { ErrorMessage } from '../../ui/status';
import { messages } from './benefit-sharing.messages';
import { BENEFIT_PARTY_ROLES, formatBasisPoints, parsePercentToBasisPoints, roleLabel, WHOLE, type BenefitPartyRole, type BenefitSharingAgreement } from './benefit-sharing.model';

interface PartyDraft {
  name: string;
  role: BenefitPartyRole;
  share: string;
}

const fromAgreement = (agreement: BenefitSharingAgreement | null): PartyDraft[] =>
  agreement
    ? agreement.parties.map((p) => ({ name: p.name, role: p.role, share: formatBasisPoints(p.shareBasisPoints).replace('%', '') }))
    : [
        { name: '', role: 'scenario-owner', share: '' },
        { name: '', role: 'supplier', share: '' },
      ];

/** The paths this form shows at a field; any other error shows with the server's general message. */
const BENEFIT_SHARING_FIELDS = shownAt('parties', /^parties\.\d+\.(name|shareBasisPoints)$/, 'basis', 'effectiveFrom', 'effectiveTo', 'amendmentReason');

/** The owner unit makes the agreement, or amends the current one (a new version); shares are typed in % and sent as integer basis points. */
export function BenefitSharingForm({ scenarioId, current, onSaved }: { scenarioId: string; current: BenefitSharingAgreement | null; onSaved: (version: number) => void }) {
  const t = useT(messages);
  const [parties, setParties] = useState<PartyDraft[]>(() => fromAgreement(current));
  const [basis, setBasis] = useState(current?.basis ?? '');
  const [effectiveFrom, setEffectiveFrom] = useState(current?.effectiveFrom ?? beijingToday());
  const [effectiveTo, setEffectiveTo] = useState(current?.effectiveTo ?? '');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const fields = fieldErrors(error);
  const points = parties.map((p) => parsePercentToBasisPoints(p.share));
  const total = points.reduce<number>((sum, p) => sum + (p ?? 0), 0);
  const amending = current !== null;

  const update = (index: number, change: Partial<PartyDraft>) => setParties((all) => all.map((p, i) => (i === index ? { ...p, ...change } : p)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (points.some((p) => p === null) || total !== WHOLE) return;
    setBusy(true);
    setError(null);
    try {
      const body = {
        parties: parties.map((p, i) => ({ name: p.name, role: p.role, shareBasisPoints: points[i] as number })),
        basis,
        effectiveFrom,
        ...(effectiveTo ? { effectiveTo } : {}),
        ...(amending ? { amends: current.version, amendmentReason: reason } : {}),
      };
      const saved = await answer(http.POST('/api/scenarios/{scenarioId}/benefit-sharing', { params: { path: { scenarioId } }, body }));
      onSaved(saved.version);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="benefit-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{amending ? t('amend', { version: current.version + 1 }) : t('make')}</h3>
      {error && needsGeneralError(fields, BENEFIT_SHARING_FIELDS) ? <ErrorMessage error={error} /> : null}
      {parties.map((party, i) => (
        <fieldset key={i} className="benefit-party">
          <legend>
            {t('party')} {i + 1}
          </legend>
          <Field id={`benefit-party-${i}-name`} label={t('partyName')} required error={fields.get(`parties.${i}.name`)}>
            {(aria) => <input {...aria} value={party.name} onChange={(event) => update(i, { name: event.target.value })} required />}
          </Field>
          <Field id={`benefit-party-${i}-role`} label={t('role')} required>
            {(aria) => (
              <select {...aria} value={party.role} onChange={(event) => update(i, { role: event.target.value as BenefitPartyRole })}>
                {BENEFIT_PARTY_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {roleLabel(t, role)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={`benefit-party-${i}-share`}
            label={`${t('share')} (%)`}
            required
            help={t('shareHelp')}
            error={party.share.trim() && points[i] === null ? t('shareInvalid') : fields.get(`parties.${i}.shareBasisPoints`)}
          >
            {(aria) => <input {...aria} inputMode="decimal" value={party.share} onChange={(event) => update(i, { share: event.target.value })} required />}
          </Field>
          {parties.length > 2 ? (
            <button type="button" className="secondary" onClick={() => setParties((all) => all.filter((_, j) => j !== i))}>
              {t('removeParty', { n: i + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={() => setParties((all) => [...all, { name: '', role: 'other', share: '' }])}>
        {t('addParty')}
      </button>
      <p className={total === WHOLE ? 'small' : 'small form-field-error'} role="status">
        {t('sum', { total: formatBasisPoints(total) })}
        {total === WHOLE ? null : ` — ${t('sumMustBe')}`}
      </p>
      {fields.get('parties') ? <p className="form-field-error">{fields.get('parties')}</p> : null}
      <Field id="benefit-basis" label={t('basis')} required wide error={fields.get('basis')}>
        {(aria) => <textarea {...aria} rows={3} value={basis} onChange={(event) => setBasis(event.target.value)} required />}
      </Field>
      <Field id="benefit-effective-from" label={t('effectiveFrom')} required error={fields.get('effectiveFrom')}>
        {(aria) => <input {...aria} type="date" value={effectiveFrom} onChange={(event) => setEffectiveFrom(event.target.value)} required />}
      </Field>
      <Field id="benefit-effective-to" label={t('effectiveTo')} error={fields.get('effectiveTo')}>
        {(aria) => <input {...aria} type="date" value={effectiveTo} onChange={(event) => setEffectiveTo(event.target.value)} />}
      </Field>
      {amending ? (
        <Field id="benefit-amendment-reason" label={t('amendmentReason')} required wide error={fields.get('amendmentReason')}>
          {(aria) => <textarea {...aria} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} required />}
        </Field>
      ) : null}
      <button type="submit" disabled={busy || total !== WHOLE || points.some((p) => p === null)}>
        {busy ? t('saving') : t('save')}
      </button>
    </form>
  );
}
