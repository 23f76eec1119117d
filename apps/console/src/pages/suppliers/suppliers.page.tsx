import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { answer, fieldErrors, http } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n/i18n';
import { beijingToday } from '../../ui/beijing-time';
import { ConfirmButton } from '../../ui/confirm-button';
import { Field } from '../../ui/field';
import { needsGeneralError, shownAt } from '../../ui/form-errors';
import { Page } from '../../ui/page';
import { Empty, ErrorMessage, Loadable } from '../../ui/status';
import { useApiAction } from '../../ui/use-api-action';
import { messages } from './suppliers.messages';
import './suppliers.css';
import { TableWrap } from '../../ui/table-wrap';

interface SupplierRow {
  id: string;
  organisation: string;
  domains: string[];
  credit: { status: 'normal' | 'restricted'; reason: string | null; since: string | null };
}

/** The paths this form shows at a field; any other error shows with the server's general message. */
const RESTRICTION_FIELDS = shownAt('reason', 'since');

/** `/suppliers`: the supplier directory with credit status; the coordinator and admins restrict (失信) or lift. */
export function SuppliersPage() {
  const t = useT(messages);
  const { hasRole } = useSession();
  const sets = hasRole('coordinator', 'admin');
  const list = useApiQuery('/api/suppliers', {});
  const [done, setDone] = useState(false);
  const changed = () => {
    setDone(true);
    list.reload();
  };
  return (
    <Page title={t('directoryTitle')}>
      <p className="muted">{t('directoryIntro')}</p>
      {done ? (
        <p role="status" className="notice">
          {t('creditChanged')}
        </p>
      ) : null}
      <Loadable state={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('noSuppliersYet')}</Empty>
          ) : (
            <TableWrap label={t('directoryTitle')}>
              <table>
                <caption className="visually-hidden">{t('directoryTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('supplier')}</th>
                    <th scope="col">{t('domainsShort')}</th>
                    <th scope="col">{t('credit')}</th>
                    <th scope="col">{t('actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((supplier) => (
                    <Row key={supplier.id} supplier={supplier} sets={sets} onChanged={changed} />
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </Loadable>
    </Page>
  );
}

function Row({ supplier, sets, onChanged }: { supplier: SupplierRow; sets: boolean; onChanged: () => void }) {
  const t = useT(messages);
  const action = useApiAction();
  const [reason, setReason] = useState('');
  const [since, setSince] = useState(beijingToday());
  const fields = fieldErrors(action.error);
  const restricted = supplier.credit.status === 'restricted';
  const put = (body: { status: 'normal' } | { status: 'restricted'; reason: string; since: string }) =>
    action.run(() => answer(http.PUT('/api/suppliers/{id}/credit', { params: { path: { id: supplier.id } }, body })), onChanged);
  return (
    <tr>
      <th scope="row">{supplier.organisation}</th>
      <td>{supplier.domains.join(', ') || '—'}</td>
      <td className={restricted ? 'supplier-restricted' : undefined}>
        {restricted ? t('creditRestricted', { since: supplier.credit.since ?? '', reason: supplier.credit.reason ?? '' }) : t('creditNormal')}
      </td>
      <td>
        <Link to="/suppliers/$id/opportunities" params={{ id: supplier.id }}>
          {t('viewMatches')}
        </Link>
        {sets && action.error && needsGeneralError(fields, RESTRICTION_FIELDS) ? <ErrorMessage error={action.error} /> : null}
        {sets && restricted ? (
          <ConfirmButton id={`lift-${supplier.id}`} label={t('lift')} consequence={t('liftConsequence')} confirmLabel={t('liftConfirm')} busy={action.busy} onConfirm={() => put({ status: 'normal' })} />
        ) : null}
        {sets && !restricted ? (
          <div className="supplier-restrict">
            <Field id={`reason-${supplier.id}`} label={t('restrictReason')} error={fields.get('reason')}>
              {(aria) => <input {...aria} value={reason} onChange={(event) => setReason(event.target.value)} />}
            </Field>
            <Field id={`since-${supplier.id}`} label={t('restrictSince')} error={fields.get('since')}>
              {(aria) => <input {...aria} type="date" value={since} onChange={(event) => setSince(event.target.value)} />}
            </Field>
            <ConfirmButton id={`restrict-${supplier.id}`} label={t('restrict')} consequence={t('restrictConsequence')} confirmLabel={t('restrictConfirm')} danger busy={action.busy} onConfirm={() => put({ status: 'restricted', reason, since })} />
          </div>
        ) : null}
      </td>
    </tr>
  );
}
