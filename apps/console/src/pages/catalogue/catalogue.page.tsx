import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useAllPages } from '../../api/all-pages';
import { useLoadQuery } from '../../api/queries';
import { useSession, useUser } from '../../auth/session';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { patch } from '../../router/search';
import { beijingTime } from '../../ui/beijing-time';
import { Page } from '../../ui/page';
import { formatYuan } from '../../ui/money';
import { Empty, ErrorMessage, Loading } from '../../ui/status';
import { listAll } from '../applications/applications.api';
import { messages } from './catalogue.messages';
import { daysUntil, type DemandList, type OpportunityItem } from './catalogue.model';
import './catalogue.css';

type T = ReturnType<typeof useT<keyof typeof messages.zh>>;

const route = getRouteApi('/catalogue');
const MAX_PAGES = 3;

/** /catalogue — published opportunities and demand lists, searched (zh/en words, in the URL) and filtered to open ones. */
export function CataloguePage() {
  const t = useT(messages);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const q = search.q ?? '';
  const openOnly = search.open === 'true';
  const [typed, setTyped] = useState(q);
  const query = { q: q || undefined, open: openOnly ? ('true' as const) : undefined };
  const opportunities = useAllPages('/api/opportunities', { params: { query: { ...query, status: 'published' } } }, MAX_PAGES);
  const lists = useAllPages('/api/demand-lists', { params: { query } }, MAX_PAGES);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ to: '.', search: patch({ q: typed.trim() || null }), replace: true });
  };

  return (
    <Page title={t('title')}>
      <p className="muted">{t('intro')}</p>
      <form className="filters catalogue-filters" role="search" aria-label={t('search')} onSubmit={submit}>
        <div className="catalogue-search">
          <label htmlFor="catalogue-q">{t('searchLabel')}</label>
          <div className="catalogue-search-row">
            <input id="catalogue-q" type="search" value={typed} onChange={(event) => setTyped(event.target.value)} maxLength={100} />
            <button type="submit">{t('searchButton')}</button>
          </div>
        </div>
        <label className="catalogue-open">
          <input type="checkbox" checked={openOnly} onChange={(event) => void navigate({ to: '.', search: patch({ open: event.target.checked ? 'true' : null }), replace: true })} /> {t('openOnly')}
        </label>
      </form>

      <section className="catalogue-section" aria-labelledby="opportunities-title">
        <h2 id="opportunities-title">
          {t('opportunitiesTitle')} {opportunities.data ? <span className="muted small">{t('opportunityCount', { count: opportunities.data.items.length })}</span> : null}
        </h2>
        {opportunities.error ? (
          <ErrorMessage error={opportunities.error} onRetry={opportunities.reload} />
        ) : !opportunities.data ? (
          <Loading />
        ) : opportunities.data.items.length === 0 ? (
          <Empty>{t('noOpportunities')}</Empty>
        ) : (
          <>
            <Opportunities t={t} items={opportunities.data.items} />
            {opportunities.data.truncated ? <p className="muted">{t('truncated', { count: opportunities.data.items.length })}</p> : null}
          </>
        )}
      </section>

      <section className="catalogue-section" aria-labelledby="lists-title">
        <h2 id="lists-title">{t('listsTitle')}</h2>
        {lists.error ? (
          <ErrorMessage error={lists.error} onRetry={lists.reload} />
        ) : !lists.data ? (
          <Loading />
        ) : lists.data.items.length === 0 ? (
          <Empty>{t('noLists')}</Empty>
        ) : (
          <ul className="catalogue-lists">
            {lists.data.items.map((list) => (
              <DemandListCard key={list.id} t={t} list={list} opportunities={opportunities.data?.items ?? []} />
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

/**
 * For an applicant: the scenarios open for applications now (stage operating.open by the workflow) and their own live
 * applications by scenario (the server refuses a second one while one is not withdrawn or rejected).
 */
function useApplicantView(enabled: boolean, userId: string) {
  return useLoadQuery(enabled ? ['/api/workflow/instances', 'catalogue', userId] : null, async (signal) => {
    const [open, mine] = await Promise.all([listAll({ machine: 'scenario-lifecycle', stage: 'operating.open' }, signal), listAll({ machine: 'application-lifecycle', applicant: userId }, signal)]);
    const live = mine.filter((application) => application.stage !== 'withdrawn' && application.stage !== 'rejected');
    return { open: new Set(open.map((instance) => instance.subjectId)), applied: new Map(live.map((application) => [application.subject.scenarioId, application.subjectId])) };
  }).data;
}

type Apply = { kind: 'hidden' } | { kind: 'open' } | { kind: 'closed' } | { kind: 'applied'; applicationId: string };

function Opportunities({ t, items }: { t: T; items: OpportunityItem[] }) {
  const { hasRole } = useSession();
  const user = useUser();
  const applicant = hasRole('applicant');
  const view = useApplicantView(applicant, user.id);
  const applyOf = (scenarioId: string): Apply => {
    if (!view) return { kind: 'hidden' };
    const applied = view.applied.get(scenarioId);
    if (applied) return { kind: 'applied', applicationId: applied };
    return view.open.has(scenarioId) ? { kind: 'open' } : { kind: 'closed' };
  };
  return (
    <ul className="catalogue-opportunities">
      {items.map((opportunity) => (
        <OpportunityCard key={opportunity.id} t={t} opportunity={opportunity} apply={applyOf(opportunity.scenarioId)} />
      ))}
    </ul>
  );
}

/** One opportunity: what is sought, until when (Beijing time, days left), and the way to apply. */
function OpportunityCard({ t, opportunity, apply }: { t: T; opportunity: OpportunityItem; apply: Apply }) {
  const label = useLabel();
  const { language } = useLanguage();
  const title = label(opportunity.title);
  const days = daysUntil(opportunity.sought.respondBy);
  const budget = opportunity.sought.budget;
  const headingId = `opportunity-${opportunity.id}`;
  return (
    <li className="card catalogue-card" aria-labelledby={headingId} data-testid="catalogue-opportunity">
      <h3 id={headingId}>{title}</h3>
      {opportunity.description ? <p className="catalogue-description">{label(opportunity.description)}</p> : null}
      <dl className="catalogue-facts">
        <dt>{t('owner')}</dt>
        <dd>{opportunity.ownerUnit}</dd>
        {opportunity.district ? (
          <>
            <dt>{t('district')}</dt>
            <dd>{opportunity.district}</dd>
          </>
        ) : null}
        {opportunity.sought.capabilities.length > 0 ? (
          <>
            <dt>{t('capabilities')}</dt>
            <dd>{opportunity.sought.capabilities.join('、')}</dd>
          </>
        ) : null}
        {budget && (budget.minFen !== undefined || budget.maxFen !== undefined) ? (
          <>
            <dt>{t('budget')}</dt>
            <dd>
              {budget.minFen !== undefined && budget.maxFen !== undefined
                ? t('budgetRange', { min: formatYuan(budget.minFen), max: formatYuan(budget.maxFen) })
                : budget.minFen !== undefined
                  ? t('budgetFrom', { min: formatYuan(budget.minFen) })
                  : t('budgetUpTo', { max: formatYuan(budget.maxFen ?? 0) })}
            </dd>
          </>
        ) : null}
        <dt>{t('respondBy')}</dt>
        <dd>
          <time dateTime={opportunity.sought.respondBy}>{t('deadline', { date: beijingTime(opportunity.sought.respondBy, language, 'date') })}</time>{' '}
          <span className={days < 0 || opportunity.status === 'closed' ? 'badge' : days <= 7 ? 'badge warn' : 'badge ok'} data-testid="days-left">
            {opportunity.status === 'closed' ? t('closed') : days < 0 ? t('expired') : t('daysLeft', { days })}
          </span>
        </dd>
      </dl>
      <div className="catalogue-actions">
        {opportunity.publishedOn ? <span className="muted small">{t('published', { date: beijingTime(opportunity.publishedOn, language, 'date') })}</span> : null}
        {apply.kind === 'open' ? (
          <Link to="/applications/new" search={{ scenario: opportunity.scenarioId, opportunity: opportunity.id }} className="button primary" aria-label={t('applyTo', { title })}>
            {t('apply')}
          </Link>
        ) : apply.kind === 'applied' ? (
          <Link to="/applications/$id" params={{ id: apply.applicationId }} aria-label={t('openMineFor', { title })}>
            {t('openMine')}
          </Link>
        ) : apply.kind === 'closed' ? (
          <span className="muted small">{t('notOpen')}</span>
        ) : null}
      </div>
    </li>
  );
}

/** A demand list: its number, unit and date, and its opportunities among those found. */
function DemandListCard({ t, list, opportunities }: { t: T; list: DemandList; opportunities: OpportunityItem[] }) {
  const label = useLabel();
  const { language } = useLanguage();
  const byId = new Map(opportunities.map((o) => [o.id, o]));
  const shown = list.opportunityIds.map((id) => byId.get(id)).filter((o): o is OpportunityItem => o !== undefined);
  const missing = list.opportunityIds.length - shown.length;
  return (
    <li className="card catalogue-card" data-testid="catalogue-list">
      <h3>{label(list.title)}</h3>
      <p className="muted small">{t('listNumber', { number: list.number, unit: list.ownerUnit, date: beijingTime(list.publishedOn, language, 'date') })}</p>
      <p>
        {t('listItems', { count: list.opportunityIds.length })}
        {shown.length > 0 ? '：' : ''}
        {shown.map((o) => label(o.title)).join('、')}
        {missing > 0 && shown.length > 0 ? t('moreItems', { count: missing }) : null}
      </p>
    </li>
  );
}
