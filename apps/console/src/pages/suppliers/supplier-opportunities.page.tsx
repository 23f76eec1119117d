import { getRouteApi, Link } from '@tanstack/react-router';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLanguage, useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { Empty, Loadable } from '../../ui/status';
import { MatchReasons } from './match-reasons';
import { messages } from './suppliers.messages';
import './suppliers.css';
import { TableWrap } from '../../ui/table-wrap';

const route = getRouteApi('/suppliers/$id/opportunities');

/** `/suppliers/:id/opportunities`: the open opportunities matched to a supplier, best first, with the reasons. */
export function SupplierOpportunitiesPage() {
  const { id } = route.useParams();
  const t = useT(messages);
  const { language } = useLanguage();
  const { hasRole } = useSession();
  const matches = useApiQuery('/api/suppliers/{id}/opportunities', { params: { path: { id } } });
  return (
    <Page title={matches.data ? `${t('opportunitiesTitle')} · ${matches.data.supplier.organisation}` : t('opportunitiesTitle')}>
      {hasRole('applicant') ? (
        <p>
          <Link to="/suppliers/mine">{t('backToProfile')}</Link>
        </p>
      ) : null}
      <p className="muted">{t('opportunitiesIntro')}</p>
      <Loadable state={matches}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{data.supplier.creditStatus === 'restricted' ? t('restrictedNone') : t('none')}</Empty>
          ) : (
            <TableWrap label={t('opportunitiesTitle')}>
              <table>
                <caption className="visually-hidden">{t('opportunitiesTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('opportunity')}</th>
                    <th scope="col" className="number">{t('score')}</th>
                    <th scope="col">{t('reasons')}</th>
                    <th scope="col">{t('respondBy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.opportunity.id}>
                      <th scope="row">
                        <Link to="/opportunities/$id" params={{ id: item.opportunity.id }}>
                          {language === 'en' && item.opportunity.title.en ? item.opportunity.title.en : item.opportunity.title.zh}
                        </Link>
                      </th>
                      <td className="number match-score">{item.score}</td>
                      <td>
                        <MatchReasons reasons={item.reasons} />
                      </td>
                      <td>{item.opportunity.respondBy}</td>
                    </tr>
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
