import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useApiPages } from '../../api/all-pages';
import { useSession } from '../../auth/session';
import { useLanguage, useT } from '../../i18n/i18n';
import { patch } from '../../router/search';
import { Page } from '../../ui/page';
import { LoadMore } from '../../ui/load-more';
import { Empty, Loadable } from '../../ui/status';
import { MatchmakingNav } from '../opportunities/labels';
import { textIn, WRITER_ROLES } from '../opportunities/opportunity.model';
import { DemandListForm } from './demand-list-form';
import { messages } from './demand-lists.messages';
import '../opportunities/opportunities.css';
import { TableWrap } from '../../ui/table-wrap';

const route = getRouteApi('/demand-lists');

/** `/demand-lists`: the units' published demand lists, by words and year; a new list for officers and the coordinator. */
export function DemandListsPage() {
  const t = useT(messages);
  const { language } = useLanguage();
  const { hasRole } = useSession();
  const writer = hasRole(...WRITER_ROLES);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [q, setQ] = useState(search.q ?? '');
  const [creating, setCreating] = useState(false);
  const year = search.year && /^\d{4}$/.test(search.year) ? Number(search.year) : undefined;
  const pages = useApiPages('/api/demand-lists', { params: { query: { q: search.q || undefined, year } } });
  const items = pages.data?.flatMap((page) => page.items);

  return (
    <Page
      title={t('title')}
      actions={
        writer && !creating ? (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('newList')}
          </button>
        ) : null
      }
    >
      <MatchmakingNav />
      <p className="muted">{t('intro')}</p>
      {!writer ? <p className="notice small">{t('readOnly')}</p> : null}
      {writer && creating ? <DemandListForm onCancel={() => setCreating(false)} /> : null}
      <form
        className="filters"
        aria-label={t('filters')}
        onSubmit={(event) => {
          event.preventDefault();
          void navigate({ to: '.', search: patch({ q: q.trim() }), replace: true });
        }}
      >
        <div>
          <label htmlFor="dl-filter-q">{t('search')}</label>
          <input id="dl-filter-q" type="search" value={q} onChange={(event) => setQ(event.target.value)} onBlur={() => void navigate({ to: '.', search: patch({ q: q.trim() }), replace: true })} />
        </div>
        <div>
          <label htmlFor="dl-filter-year">{t('year')}</label>
          <input id="dl-filter-year" type="number" min={2000} max={2100} value={search.year ?? ''} onChange={(event) => void navigate({ to: '.', search: patch({ year: event.target.value }), replace: true })} />
        </div>
      </form>
      <Loadable state={{ ...pages, data: items }}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty>{t('none')}</Empty>
          ) : (
            <TableWrap label={t('table')}>
              <table className="op-table">
                <caption className="visually-hidden">{t('table')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('number')}</th>
                    <th scope="col">{t('listTitle')}</th>
                    <th scope="col">{t('ownerUnit')}</th>
                    <th scope="col">{t('publishedOn')}</th>
                    <th scope="col" className="number">
                      {t('count')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row" className="op-nowrap">
                        <Link to="/demand-lists/$id" params={{ id: row.id }}>
                          {row.number}
                        </Link>
                      </th>
                      <td>{textIn(row.title, language)}</td>
                      <td>{row.ownerUnit}</td>
                      <td className="op-nowrap">{row.publishedOn}</td>
                      <td className="number">{row.opportunityIds.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </Loadable>
      <LoadMore pages={pages} />
    </Page>
  );
}
