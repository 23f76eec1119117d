import { useState, type FormEvent } from 'react';
import { answer, asApiError, fieldErrors, http, type ApiError, type Schema } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLabel, useT } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { needsGeneralError, shownAt } from '../../ui/form-errors';
import { ErrorMessage, Loadable } from '../../ui/status';
import { messages } from './procurement.messages';
import { TableWrap } from '../../ui/table-wrap';

type Procurement = Schema<'ScenarioProcurement'>;
type Recognition = Procurement['firstSetRecognitions'][number];
type Methods = Schema<'ProcurementMethods'>;

const KIND_KEYS = { equipment: 'kindEquipment', material: 'kindMaterial', software: 'kindSoftware' } as const;
const LEVEL_KEYS = { national: 'levelNational', municipal: 'levelMunicipal', 'other-province': 'levelOther' } as const;

/** The paths this form shows at a field; any other error shows with the server's general message. */
const PROCUREMENT_FIELDS = shownAt('route', 'method', 'note', /^firstSetRecognitions\.\d+\.(productName|year|number)$/);

/** Whoever acts for the owner unit (its officers, the coordinator, admins) records the route; whoever reads the scenario reads it. */
export function useProcurementWrites(ownerUnit: string | undefined): boolean {
  const { user, hasRole } = useSession();
  return hasRole('coordinator', 'admin') || (Boolean(ownerUnit) && hasRole('officer') && user?.unit === ownerUnit);
}

/** 采购途径与首台(套) on the scenario page. */
export function ProcurementSection({ scenarioId, writes }: { scenarioId: string; writes: boolean }) {
  const t = useT(messages);
  const label = useLabel();
  const record = useApiQuery('/api/scenarios/{scenarioId}/procurement', { params: { path: { scenarioId } } });
  const methods = useApiQuery('/api/registry/procurement-methods');
  const [done, setDone] = useState(false);
  const routeName = (code: string) => label(methods.data?.routes.find((r) => r.code === code), code);
  const methodName = (code: string | null) => (code ? label(methods.data?.methods.find((m) => m.code === code), code) : '—');
  return (
    <section className="card scenario-procurement" aria-labelledby="procurement-title">
      <h2 id="procurement-title">{t('title')}</h2>
      <p className="muted small">{t('intro')}</p>
      {done ? (
        <p role="status" className="notice">
          {t('saved')}
        </p>
      ) : null}
      <Loadable state={record}>
        {({ procurement }) =>
          procurement ? (
            <>
              <dl className="procurement-facts">
                <dt>{t('route')}</dt>
                <dd>{routeName(procurement.route)}</dd>
                <dt>{t('method')}</dt>
                <dd>{methodName(procurement.method)}</dd>
                {procurement.note ? (
                  <>
                    <dt>{t('note')}</dt>
                    <dd>{procurement.note}</dd>
                  </>
                ) : null}
              </dl>
              {procurement.firstSetRecognitions.length === 0 ? <p className="muted">{t('noRecognitions')}</p> : <Recognitions items={procurement.firstSetRecognitions} />}
            </>
          ) : (
            <p className="empty">{t('none')}</p>
          )
        }
      </Loadable>
      {writes && methods.data && record.data ? (
        <ProcurementForm
          key={record.data.procurement?.updatedAt ?? 'new'}
          scenarioId={scenarioId}
          current={record.data.procurement}
          methods={methods.data}
          onSaved={() => {
            setDone(true);
            record.reload();
          }}
        />
      ) : null}
    </section>
  );
}

function Recognitions({ items }: { items: Recognition[] }) {
  const t = useT(messages);
  return (
    <TableWrap label={t('recognitions')}>
      <table>
        <caption>{t('recognitions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('product')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('level')}</th>
            <th scope="col">{t('year')}</th>
            <th scope="col">{t('number')}</th>
            <th scope="col">{t('holder')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={`${r.level}-${r.number}`}>
              <td>{r.productName}</td>
              <td>{t(KIND_KEYS[r.kind])}</td>
              <td>{t(LEVEL_KEYS[r.level])}</td>
              <td>{r.year}</td>
              <td>{r.number}</td>
              <td>{r.holder ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

interface RecognitionDraft {
  productName: string;
  kind: Recognition['kind'];
  level: Recognition['level'];
  year: string;
  number: string;
  holder: string;
}

function ProcurementForm({ scenarioId, current, methods, onSaved }: { scenarioId: string; current: Procurement | null; methods: Methods; onSaved: () => void }) {
  const t = useT(messages);
  const label = useLabel();
  const [route, setRoute] = useState<Procurement['route']>(current?.route ?? 'government');
  const [method, setMethod] = useState<string>(current?.method ?? methods.methods[0]?.code ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [items, setItems] = useState<RecognitionDraft[]>(() => (current?.firstSetRecognitions ?? []).map((r) => ({ ...r, year: String(r.year), holder: r.holder ?? '' })));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const fields = fieldErrors(error);
  const update = (i: number, change: Partial<RecognitionDraft>) => setItems((all) => all.map((r, j) => (j === i ? { ...r, ...change } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const firstSetRecognitions = items.map((r) => ({ productName: r.productName, kind: r.kind, level: r.level, year: Number(r.year), number: r.number, ...(r.holder.trim() ? { holder: r.holder } : {}) }));
      const body = { route, ...(route === 'government' ? { method: method as NonNullable<Procurement['method']> } : {}), ...(note.trim() ? { note } : {}), firstSetRecognitions };
      await answer(http.PUT('/api/scenarios/{scenarioId}/procurement', { params: { path: { scenarioId } }, body }));
      onSaved();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="procurement-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('edit')}</h3>
      {error && needsGeneralError(fields, PROCUREMENT_FIELDS) ? <ErrorMessage error={error} /> : null}
      <Field id="procurement-route" label={t('route')} required error={fields.get('route')}>
        {(aria) => (
          <select {...aria} value={route} onChange={(event) => setRoute(event.target.value as Procurement['route'])}>
            {methods.routes.map((r) => (
              <option key={r.code} value={r.code}>
                {label(r)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {route === 'government' ? (
        <Field id="procurement-method" label={t('method')} required error={fields.get('method')}>
          {(aria) => (
            <select {...aria} value={method} onChange={(event) => setMethod(event.target.value)}>
              {methods.methods.map((m) => (
                <option key={m.code} value={m.code}>
                  {label(m)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field id="procurement-note" label={t('note')} wide error={fields.get('note')}>
        {(aria) => <textarea {...aria} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      {items.map((r, i) => (
        <fieldset key={i} className="procurement-recognition">
          <legend>
            {t('recognitions')} {i + 1}
          </legend>
          <Field id={`recognition-${i}-product`} label={t('product')} required error={fields.get(`firstSetRecognitions.${i}.productName`)}>
            {(aria) => <input {...aria} value={r.productName} onChange={(event) => update(i, { productName: event.target.value })} />}
          </Field>
          <Field id={`recognition-${i}-kind`} label={t('kind')} required>
            {(aria) => (
              <select {...aria} value={r.kind} onChange={(event) => update(i, { kind: event.target.value as Recognition['kind'] })}>
                {(Object.keys(KIND_KEYS) as Array<keyof typeof KIND_KEYS>).map((k) => (
                  <option key={k} value={k}>
                    {t(KIND_KEYS[k])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`recognition-${i}-level`} label={t('level')} required>
            {(aria) => (
              <select {...aria} value={r.level} onChange={(event) => update(i, { level: event.target.value as Recognition['level'] })}>
                {(Object.keys(LEVEL_KEYS) as Array<keyof typeof LEVEL_KEYS>).map((k) => (
                  <option key={k} value={k}>
                    {t(LEVEL_KEYS[k])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`recognition-${i}-year`} label={t('year')} required error={fields.get(`firstSetRecognitions.${i}.year`)}>
            {(aria) => <input {...aria} type="number" min={2000} max={2100} step={1} value={r.year} onChange={(event) => update(i, { year: event.target.value })} />}
          </Field>
          <Field id={`recognition-${i}-number`} label={t('number')} required error={fields.get(`firstSetRecognitions.${i}.number`)}>
            {(aria) => <input {...aria} value={r.number} onChange={(event) => update(i, { number: event.target.value })} />}
          </Field>
          <Field id={`recognition-${i}-holder`} label={t('holder')}>
            {(aria) => <input {...aria} value={r.holder} onChange={(event) => update(i, { holder: event.target.value })} />}
          </Field>
          <button type="button" className="secondary" onClick={() => setItems((all) => all.filter((_, j) => j !== i))}>
            {t('removeRecognition', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={() => setItems((all) => [...all, { productName: '', kind: 'equipment', level: 'municipal', year: '', number: '', holder: '' }])}>
        {t('addRecognition')}
      </button>
      <button type="submit" disabled={busy}>
        {busy ? t('saving') : t('save')}
      </button>
    </form>
  );
}
