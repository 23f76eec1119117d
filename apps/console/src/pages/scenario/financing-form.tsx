import { useState, type FormEvent } from 'react';
import { answer, asApiError, fieldErrors, http, type ApiError } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { beijingToday } from '../../ui/beijing-time';
import { Field } from '../../ui/field';
import { needsGeneralError, shownAt } from '../../ui/form-errors';
import { parseYuanToFen } from '../../ui/money';
import { ErrorMessage } from '../../ui/status';
import { messages } from './financing.messages';
import { FINANCING_KINDS, kindLabel, type FinancingKind } from './financing.model';

/** The paths this form shows at a field; any other error shows with the server's general message. */
const FINANCING_FIELDS = shownAt('institution', 'product', 'amountFen', 'termMonths', 'appliedOn');

/** The owner unit records a financing: the amount is typed in 元 and sent as integer fen, converted from the digits. */
export function FinancingForm({ scenarioId, onAdded }: { scenarioId: string; onAdded: () => void }) {
  const t = useT(messages);
  const [kind, setKind] = useState<FinancingKind>('loan');
  const [institution, setInstitution] = useState('');
  const [product, setProduct] = useState('');
  const [amount, setAmount] = useState('');
  const [term, setTerm] = useState('');
  const [appliedOn, setAppliedOn] = useState(beijingToday());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [amountError, setAmountError] = useState<string | undefined>();
  const fields = fieldErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const amountFen = parseYuanToFen(amount);
    setAmountError(amountFen === null ? t('amountInvalid') : undefined);
    if (amountFen === null) return;
    setBusy(true);
    setError(null);
    try {
      const body = { kind, institution, product, amountFen, appliedOn, ...(term.trim() ? { termMonths: Number(term) } : {}) };
      await answer(http.POST('/api/scenarios/{scenarioId}/financing', { params: { path: { scenarioId } }, body }));
      setInstitution('');
      setProduct('');
      setAmount('');
      setTerm('');
      onAdded();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="financing-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('add')}</h3>
      {error && needsGeneralError(fields, FINANCING_FIELDS) ? <ErrorMessage error={error} /> : null}
      <Field id="financing-kind" label={t('kind')} required>
        {(aria) => (
          <select {...aria} value={kind} onChange={(event) => setKind(event.target.value as FinancingKind)}>
            {FINANCING_KINDS.map((known) => (
              <option key={known} value={known}>
                {kindLabel(t, known)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="financing-institution" label={t('institution')} required error={fields.get('institution')}>
        {(aria) => <input {...aria} value={institution} onChange={(event) => setInstitution(event.target.value)} required />}
      </Field>
      <Field id="financing-product" label={t('product')} required error={fields.get('product')}>
        {(aria) => <input {...aria} value={product} onChange={(event) => setProduct(event.target.value)} required />}
      </Field>
      <Field id="financing-amount" label={t('amount')} required help={t('amountHelp')} error={amountError ?? fields.get('amountFen')}>
        {(aria) => <input {...aria} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} required />}
      </Field>
      <Field id="financing-term" label={t('term')} error={fields.get('termMonths')}>
        {(aria) => <input {...aria} type="number" min={1} max={600} step={1} value={term} onChange={(event) => setTerm(event.target.value)} />}
      </Field>
      <Field id="financing-applied-on" label={t('appliedOn')} required error={fields.get('appliedOn')}>
        {(aria) => <input {...aria} type="date" value={appliedOn} onChange={(event) => setAppliedOn(event.target.value)} required />}
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? t('adding') : t('add')}
      </button>
    </form>
  );
}
