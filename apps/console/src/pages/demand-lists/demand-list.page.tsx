import { getRouteApi, Link } from '@tanstack/react-router';
import { useApiQuery } from '../../api/queries';
import { useLanguage, useT } from '../../i18n/i18n';
import { beijingTime } from '../../ui/beijing-time';
import { Page } from '../../ui/page';
import { Empty, Loadable } from '../../ui/status';
import { MatchmakingNav, OpportunityStatusBadge } from '../opportunities/labels';
import { textIn } from '../opportunities/opportunity.model';
import { messages } from './demand-lists.messages';
import '../opportunities/opportunities.css';
import { TableWrap } from '../../ui/table-wrap';

const route = getRouteApi('/demand-lists/$id');

/** `/demand-lists/:id`: one published demand list and its opportunities in list order. */
export function DemandListPage() {
  const { id } = route.useParams();
  const t = useT(messages);
  const { language } = useLanguage();
  const list = useApiQuery('/api/demand-lists/{id}', { params: { path: { id } } });
  const title = list.data ? `${t('title')} · ${list.data.number}` : t('title');

  return (
    <Page title={title}>
      <MatchmakingNav />
      <p>
        <Link to="/demand-lists">{t('back')}</Link>
      </p>
      <Loadable state={list}>
        {(data) => (
          <>
            <section className="card op-card" aria-labelledby="dl-details">
              <h2 id="dl-details">{t('details')}</h2>
              <dl className="op-meta">
                <div>
                  <dt>{t('listTitle')}</dt>
                  <dd>{textIn(data.title, language)}</dd>
                </div>
                <div>
                  <dt>{t('ownerUnit')}</dt>
                  <dd>{data.ownerUnit}</dd>
                </div>
                <div>
                  <dt>{t('publishedOn')}</dt>
                  <dd>{data.publishedOn}</dd>
                </div>
                <div>
                  <dt>{t('count')}</dt>
                  <dd>{data.opportunities.length}</dd>
                </div>
                <div>
                  <dt>{t('filedAt')}</dt>
                  <dd>{beijingTime(data.createdAt, language, 'minutes')}</dd>
                </div>
              </dl>
            </section>
            <section className="op-card" aria-labelledby="dl-listed">
              <h2 id="dl-listed">{t('listed')}</h2>
              {data.opportunities.length === 0 ? (
                <Empty />
              ) : (
                <TableWrap label={t('listedTable')}>
                  <table className="op-table">
                    <caption className="visually-hidden">{t('listedTable')}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="number">
                          {t('position')}
                        </th>
                        <th scope="col">{t('opportunity')}</th>
                        <th scope="col">{t('status')}</th>
                        <th scope="col">{t('capabilities')}</th>
                        <th scope="col">{t('respondBy')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.opportunities.map((item, index) => (
                        <tr key={item.id}>
                          <td className="number">{index + 1}</td>
                          <th scope="row">
                            <Link to="/opportunities/$id" params={{ id: item.id }}>
                              {textIn(item.title, language)}
                            </Link>
                          </th>
                          <td>
                            <OpportunityStatusBadge status={item.status} />
                          </td>
                          <td>{item.capabilities.join('、')}</td>
                          <td className="op-nowrap">{item.respondBy}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              )}
            </section>
          </>
        )}
      </Loadable>
    </Page>
  );
}
