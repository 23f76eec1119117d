import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/i18n';
import { Empty, Loadable } from '../../ui/status';
import { MatchReasons } from './match-reasons';
import { OpportunityConsortia } from './opportunity-consortia';
import { messages } from './suppliers.messages';
import './suppliers.css';
import { TableWrap } from '../../ui/table-wrap';

/** 匹配的供应商 on a published opportunity's page (its owner unit's officers and the coordinator): best first, with the reasons. */
export function OpportunitySuppliers({ opportunityId }: { opportunityId: string }) {
  const t = useT(messages);
  const matches = useApiQuery('/api/opportunities/{id}/suppliers', { params: { path: { id: opportunityId } } });
  return (
    <section className="card op-card" aria-labelledby="op-suppliers">
      <h2 id="op-suppliers">{t('suppliersTitle')}</h2>
      <p className="muted small">{t('suppliersIntro')}</p>
      <Loadable state={matches}>
        {(data) => (
          <>
            {data.items.length === 0 ? (
              <Empty>{t('noSuppliers')}</Empty>
            ) : (
              <TableWrap label={t('suppliersTitle')}>
                <table>
                  <caption className="visually-hidden">{t('suppliersTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('supplier')}</th>
                      <th scope="col" className="number">{t('score')}</th>
                      <th scope="col">{t('reasons')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((item) => (
                      <tr key={item.supplier.id}>
                        <th scope="row">{item.supplier.organisation}</th>
                        <td className="number match-score">{item.score}</td>
                        <td>
                          <MatchReasons reasons={item.reasons} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )}
            <OpportunityConsortia consortia={data.consortia} />
          </>
        )}
      </Loadable>
    </section>
  );
}
