import { useState } from 'react';
import { answer, http } from '../../api/client';
import { useApiAction } from '../../ui/use-api-action';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/confirm-button';
import { formatWan, formatYuan, isWanScale } from '../../ui/money';
import { ErrorMessage, Loadable } from '../../ui/status';
import { messages } from './financing.messages';
import { FINANCE_OFFICE, kindLabel, NEXT, statusLabel, type Financing, type FinancingAction } from './financing.model';
import { FinancingForm } from './financing-form';
import { SectionCard } from '../../ui/section-card';
import { TableWrap } from '../../ui/table-wrap';

/** Who reads a scenario's financing: its owner unit, the coordinator, admins, the leadership, auditors and 市委金融办; the owner unit alone writes. */
export function useFinancingAccess(ownerUnit: string | undefined): { reads: boolean; writes: boolean } {
  const { user, hasRole } = useSession();
  const owns = Boolean(ownerUnit) && hasRole('officer') && user?.unit === ownerUnit;
  return { reads: owns || hasRole('coordinator', 'admin', 'leadership', 'auditor') || (hasRole('officer') && user?.unit === FINANCE_OFFICE), writes: owns };
}

/** 场景金融 on the scenario page: the records with their amounts in 元/万元, status moves and the add form for the owner unit. */
export function FinancingSection({ scenarioId, writes }: { scenarioId: string; writes: boolean }) {
  const t = useT(messages);
  const list = useApiQuery('/api/scenarios/{scenarioId}/financing', { params: { path: { scenarioId } } });
  const [done, setDone] = useState<string | null>(null);
  const changed = (message: string) => {
    setDone(message);
    list.reload();
  };
  return (
    <SectionCard id="financing" className="scenario-financing" title={t('title')} intro={t('intro')} notice={done}>
      <Loadable state={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="empty">{t('none')}</p>
          ) : (
            <TableWrap label={t('title')}>
              <table>
                <caption className="visually-hidden">{t('title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('kind')}</th>
                    <th scope="col">{t('institution')}</th>
                    <th scope="col">{t('product')}</th>
                    <th scope="col" className="number">{t('amount')}</th>
                    <th scope="col">{t('term')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('dates')}</th>
                    {writes ? <th scope="col">{t('actions')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((financing) => (
                    <FinancingRow key={financing.id} financing={financing} writes={writes} onChanged={() => changed(t('changed'))} />
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </Loadable>
      {writes ? <FinancingForm scenarioId={scenarioId} onAdded={() => changed(t('added'))} /> : null}
    </SectionCard>
  );
}

/** An amount as 元, with 万元 beside it from 1 万元 up. */
export function Money({ fen }: { fen: number | string }) {
  const t = useT(messages);
  return (
    <>
      {t('yuan', { amount: formatYuan(fen) })}
      {isWanScale(fen) ? <span className="muted small"> （{t('wan', { amount: formatWan(fen) })}）</span> : null}
    </>
  );
}

function FinancingRow({ financing, writes, onChanged }: { financing: Financing; writes: boolean; onChanged: () => void }) {
  const t = useT(messages);
  const { busy, error, run } = useApiAction();
  const moves = Object.entries(NEXT[financing.status]) as Array<[FinancingAction, Financing['status']]>;
  const dates = [financing.appliedOn, financing.approvedOn, financing.disbursedOn, financing.declinedOn, financing.closedOn].filter(Boolean).join(' → ');

  const move = (action: FinancingAction) => run(() => answer(http.POST('/api/scenarios/{scenarioId}/financing/{id}/status', { params: { path: { scenarioId: financing.scenarioId, id: financing.id } }, body: { action } })), onChanged);

  return (
    <tr>
      <td>{kindLabel(t, financing.kind)}</td>
      <td>{financing.institution}</td>
      <td>{financing.product}</td>
      <td className="number">
        <Money fen={financing.amountFen} />
      </td>
      <td>{financing.termMonths ?? '—'}</td>
      <td>
        <span className={`financing-status financing-${financing.status}`}>{statusLabel(t, financing.status)}</span>
      </td>
      <td className="small">{dates}</td>
      {writes ? (
        <td>
          {error ? <ErrorMessage error={error} /> : null}
          <div className="financing-actions">
            {moves.map(([action, next]) => (
              <ConfirmButton
                key={action}
                id={`financing-${financing.id}-${action}`}
                label={t(action)}
                confirmLabel={t('confirm')}
                danger={action === 'decline' || action === 'close'}
                busy={busy}
                consequence={t('consequence', { product: financing.product, institution: financing.institution, next: statusLabel(t, next) })}
                onConfirm={() => move(action)}
              />
            ))}
          </div>
        </td>
      ) : null}
    </tr>
  );
}
