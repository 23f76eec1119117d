import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useApiPages } from '../../api/all-pages';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useLanguage, useT } from '../../i18n/i18n';
import { patch } from '../../router/search';
import { Page } from '../../ui/page';
import { LoadMore } from '../../ui/load-more';
import { Empty, Loadable } from '../../ui/status';
import { MatchmakingNav, OpportunityStatusBadge, useOpportunityLabels } from './labels';
import { messages } from './opportunities.messages';
import { OpportunityForm } from './opportunity-form';
import { OPPORTUNITY_STATUSES, textIn, WRITER_ROLES } from './opportunity.model';
import './opportunities.css';
import { TableWrap } from '../../ui/table-wrap';

const route = getRouteApi('/opportunities');

/** `/opportunities`: published opportunities (drafts too for their unit and the coordinator), filtered; a new draft. */
export function OpportunitiesPage() {
  const t = useT(messages);
  const all = useT(common);
  const { language } = useLanguage();
  const labels = useOpportunityLabels();
  const { hasRole } = useSession();
  const writer = hasRole(...WRITER_ROLES);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const status = OPPORTUNITY_STATUSES.find((known) => known === search.status);
  const scenarioId = search.scenario && /^[0-9a-f-]{36}$/i.test(search.scenario) ? search.scenario : undefined;
  const [q, setQ] = useState(search.q ?? '');
  const [creating, setCreating] = useState(false);
  const pages = useApiPages('/api/opportunities', { params: { query: { status, q: search.q || undefined, scenarioId, open: search.open === 'true' ? 'true' : undefined } } });
  const scenario = useApiQuery(scenarioId ? '/api/scenarios/{id}' : null, { params: { path: { id: scenarioId ?? '' } } });
  const items = pages.data?.flatMap((page) => page.items);

  return (
    <Page
      title={t('title')}
      actions={
        writer && !creating ? (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('newOpportunity')}
          </button>
        ) : null
      }
    >
      <MatchmakingNav />
      <p className="muted">{t('intro')}</p>
      {!writer ? <p className="notice small">{t('notWriter')}</p> : null}
      {writer && creating ? (
        <OpportunityForm
          scenario={scenario.data ? { id: scenario.data.id, title: scenario.data.title, ownerUnit: scenario.data.ownerUnit, stage: scenario.data.stage } : null}
          onCancel={() => setCreating(false)}
        />
      ) : null}

      {scenarioId ? (
        <p className="notice small">
          {t('scenarioFilter', { name: scenario.data ? textIn(scenario.data.title, language) : scenarioId })}{' '}
          <Link to="/opportunities" search={{ ...search, scenario: undefined }}>
            {t('clearScenario')}
          </Link>
        </p>
      ) : null}

      <form
        className="filters"
        aria-label={t('filters')}
        onSubmit={(event) => {
          event.preventDefault();
          void navigate({ to: '.', search: patch({ q: q.trim() }), replace: true });
        }}
      >
        <div>
          <label htmlFor="op-filter-q">{t('search')}</label>
          <input id="op-filter-q" type="search" value={q} placeholder={t('searchHint')} onChange={(event) => setQ(event.target.value)} onBlur={() => void navigate({ to: '.', search: patch({ q: q.trim() }), replace: true })} />
        </div>
        <div>
          <label htmlFor="op-filter-status">{t('status')}</label>
          <select id="op-filter-status" value={status ?? ''} onChange={(event) => void navigate({ to: '.', search: patch({ status: event.target.value }), replace: true })}>
            <option value="">{all('all')}</option>
            {OPPORTUNITY_STATUSES.map((known) => (
              <option key={known} value={known}>
                {labels.status(known)}
              </option>
            ))}
          </select>
        </div>
        <div className="op-check-cell">
          <label className="op-check">
            <input type="checkbox" checked={search.open === 'true'} onChange={(event) => void navigate({ to: '.', search: patch({ open: event.target.checked ? 'true' : null }), replace: true })} />
            {t('openOnly')}
          </label>
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
                    <th scope="col">{t('opportunity')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('ownerUnit')}</th>
                    <th scope="col">{t('district')}</th>
                    <th scope="col">{t('capabilities')}</th>
                    <th scope="col">{t('respondBy')}</th>
                    <th scope="col">{t('publishedOn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">
                        <Link to="/opportunities/$id" params={{ id: row.id }}>
                          {textIn(row.title, language)}
                        </Link>
                      </th>
                      <td>
                        <OpportunityStatusBadge status={row.status} />
                      </td>
                      <td>{row.ownerUnit}</td>
                      <td>{row.district ?? '—'}</td>
                      <td>{row.sought.capabilities.join('、')}</td>
                      <td className="op-nowrap">{row.sought.respondBy}</td>
                      <td className="op-nowrap">{row.publishedOn ?? '—'}</td>
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
