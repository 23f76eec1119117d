import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useApiPages } from '../../api/all-pages';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useLanguage, useT } from '../../i18n/i18n';
import { patch } from '../../router/search';
import { Page } from '../../ui/page';
import { LoadMore } from '../../ui/load-more';
import { Empty, Loadable } from '../../ui/status';
import { MatchmakingNav } from '../opportunities/labels';
import { textIn, WRITER_ROLES } from '../opportunities/opportunity.model';
import { EventForm } from './event-form';
import { EVENT_KINDS, useEventLabels } from './event.model';
import { messages } from './matchmaking.messages';
import '../opportunities/opportunities.css';
import { TableWrap } from '../../ui/table-wrap';

const route = getRouteApi('/matchmaking-events');

/** `/matchmaking-events`: 供需对接活动 by year and kind, newest first; a new one for officers and the coordinator. */
export function EventsPage() {
  const t = useT(messages);
  const all = useT(common);
  const { language } = useLanguage();
  const labels = useEventLabels();
  const { hasRole } = useSession();
  const writer = hasRole(...WRITER_ROLES);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [creating, setCreating] = useState(false);
  const year = search.year && /^\d{4}$/.test(search.year) ? Number(search.year) : undefined;
  const kind = EVENT_KINDS.find((known) => known === search.kind);
  const pages = useApiPages('/api/matchmaking-events', { params: { query: { year, kind } } });
  const items = pages.data?.flatMap((page) => page.items);

  return (
    <Page
      title={t('title')}
      actions={
        writer && !creating ? (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('newEvent')}
          </button>
        ) : null
      }
    >
      <MatchmakingNav />
      <p className="muted">{t('intro')}</p>
      {!writer ? <p className="notice small">{t('readOnly')}</p> : null}
      {writer && creating ? <EventForm onCancel={() => setCreating(false)} /> : null}
      <form className="filters" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <div>
          <label htmlFor="ev-filter-year">{t('year')}</label>
          <input id="ev-filter-year" type="number" min={2000} max={2100} value={search.year ?? ''} onChange={(event) => void navigate({ to: '.', search: patch({ year: event.target.value }), replace: true })} />
        </div>
        <div>
          <label htmlFor="ev-filter-kind">{t('kind')}</label>
          <select id="ev-filter-kind" value={kind ?? ''} onChange={(event) => void navigate({ to: '.', search: patch({ kind: event.target.value }), replace: true })}>
            <option value="">{all('all')}</option>
            {EVENT_KINDS.map((known) => (
              <option key={known} value={known}>
                {labels.kind(known)}
              </option>
            ))}
          </select>
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
                    <th scope="col">{t('event')}</th>
                    <th scope="col">{t('kind')}</th>
                    <th scope="col">{t('heldOn')}</th>
                    <th scope="col">{t('organiserUnit')}</th>
                    <th scope="col">{t('district')}</th>
                    <th scope="col" className="number">
                      {t('participantCount')}
                    </th>
                    <th scope="col" className="number">
                      {t('opportunityCount')}
                    </th>
                    <th scope="col" className="number">
                      {t('outcomeCount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">
                        <Link to="/matchmaking-events/$id" params={{ id: row.id }}>
                          {textIn(row.title, language)}
                        </Link>
                      </th>
                      <td>{labels.kind(row.kind)}</td>
                      <td className="op-nowrap">{row.heldOn}</td>
                      <td>{row.organiserUnit}</td>
                      <td>{row.district ?? '—'}</td>
                      <td className="number">{row.participants.length}</td>
                      <td className="number">{row.opportunityIds.length}</td>
                      <td className="number">{row.outcomes.length}</td>
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
