import { useState, type FormEvent } from 'react';
import { answer, fieldErrors, http } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLabel, useT } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { needsGeneralError, shownAt } from '../../ui/form-errors';
import { Empty, ErrorMessage, Loadable } from '../../ui/status';
import { useApiAction } from '../../ui/use-api-action';
import { FactorRequestTable } from '../factor-requests/factor-request-table';
import { messages } from '../factor-requests/factor-requests.messages';
import type { FactorKindInfo } from '../factor-requests/factor-requests.model';
import { SectionCard } from '../../ui/section-card';

/** The paths this form shows at a field; any other error shows with the server's general message. */
const FACTOR_REQUEST_FIELDS = shownAt('need', 'need.zh', 'quantity');

/** Who sees a scenario's factor requests: its owner unit, the coordinator, admins and the units a factor goes to. */
export function useFactorRequestAccess(ownerUnit: string | undefined, kinds: readonly FactorKindInfo[]): { reads: boolean; asks: boolean } {
  const { user, hasRole } = useSession();
  const officerOf = (unit: string | undefined) => Boolean(unit) && hasRole('officer') && user?.unit === unit;
  const asks = officerOf(ownerUnit);
  return { asks, reads: asks || hasRole('coordinator', 'admin') || kinds.some((k) => officerOf(k.unit)) };
}

/** 要素保障 on the scenario page: its requests and, for the owner unit, the form that routes a new one. */
export function FactorRequestsSection({ scenarioId, ownerUnit }: { scenarioId: string; ownerUnit: string | undefined }) {
  const t = useT(messages);
  const { user, hasRole } = useSession();
  const kinds = useApiQuery('/api/factor-kinds');
  const access = useFactorRequestAccess(ownerUnit, kinds.data?.items ?? []);
  const list = useApiQuery(access.reads ? '/api/scenarios/{scenarioId}/factor-requests' : null, { params: { path: { scenarioId } } });
  const [done, setDone] = useState<string | null>(null);
  if (!access.reads) return null;
  return (
    <SectionCard id="factors" className="scenario-factors" title={t('title')} intro={t('intro')} notice={done}>
      <Loadable state={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('none')}</Empty>
          ) : (
            <FactorRequestTable
              items={data.items}
              kinds={kinds.data?.items ?? []}
              answers={(request) => hasRole('officer') && user?.unit === request.responsibleUnit}
              onAnswered={() => {
                setDone(t('answeredDone'));
                list.reload();
              }}
            />
          )
        }
      </Loadable>
      {access.asks && kinds.data ? (
        <AskForm
          scenarioId={scenarioId}
          kinds={kinds.data.items}
          onAsked={(unit) => {
            setDone(t('asked', { unit }));
            list.reload();
          }}
        />
      ) : null}
    </SectionCard>
  );
}

function AskForm({ scenarioId, kinds, onAsked }: { scenarioId: string; kinds: readonly FactorKindInfo[]; onAsked: (unit: string) => void }) {
  const t = useT(messages);
  const label = useLabel();
  const [kind, setKind] = useState<FactorKindInfo['kind']>(kinds[0]?.kind ?? 'land');
  const [need, setNeed] = useState('');
  const [quantity, setQuantity] = useState('');
  const { busy, error, run } = useApiAction();
  const fields = fieldErrors(error);
  const chosen = kinds.find((k) => k.kind === kind);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { kind, need: { zh: need }, ...(quantity.trim() ? { quantity } : {}) };
    void run(
      () => answer(http.POST('/api/scenarios/{scenarioId}/factor-requests', { params: { path: { scenarioId } }, body })),
      () => {
        setNeed('');
        setQuantity('');
        onAsked(chosen?.unit ?? '');
      },
    );
  };
  return (
    <form className="factor-ask" onSubmit={submit} noValidate>
      <h3>{t('ask')}</h3>
      {error && needsGeneralError(fields, FACTOR_REQUEST_FIELDS) ? <ErrorMessage error={error} /> : null}
      <Field id="factor-kind" label={t('kind')} required help={chosen ? t('routedTo', { unit: chosen.unit, days: chosen.answerWorkingDays }) : undefined}>
        {(aria) => (
          <select {...aria} value={kind} onChange={(event) => setKind(event.target.value as FactorKindInfo['kind'])}>
            {kinds.map((known) => (
              <option key={known.kind} value={known.kind}>
                {label(known.name)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="factor-need" label={t('need')} required error={fields.get('need') ?? fields.get('need.zh')}>
        {(aria) => <textarea {...aria} value={need} onChange={(event) => setNeed(event.target.value)} rows={2} required />}
      </Field>
      <Field id="factor-quantity" label={t('quantity')} error={fields.get('quantity')}>
        {(aria) => <input {...aria} value={quantity} onChange={(event) => setQuantity(event.target.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? t('asking') : t('ask')}
      </button>
    </form>
  );
}
