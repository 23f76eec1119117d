import { getRouteApi, Link } from '@tanstack/react-router';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLanguage, useT } from '../../i18n/i18n';
import { beijingTime } from '../../ui/beijing-time';
import { Empty } from '../../ui/status';
import { OpportunityStatusBadge, useOpportunityLabels } from './labels';
import { RecordPage } from './record-page';
import { messages } from './opportunities.messages';
import { OpportunityActions } from './opportunity-actions';
import { OpportunitySuppliers } from '../suppliers/opportunity-suppliers';
import { budgetText, textIn, type OpportunityDetail } from './opportunity.model';
import './opportunities.css';
import { TableWrap } from '../../ui/table-wrap';

const route = getRouteApi('/opportunities/$id');

/** `/opportunities/:id`: one opportunity, its matches at matchmaking events, and publish / close for its owners. */
export function OpportunityPage() {
  const { id } = route.useParams();
  const t = useT(messages);
  const { language } = useLanguage();
  const opportunity = useApiQuery('/api/opportunities/{id}', { params: { path: { id } } });
  const title = opportunity.data ? `${t('title')} · ${textIn(opportunity.data.title, language)}` : t('title');
  return (
    <RecordPage title={title} back={{ to: '/opportunities', label: t('back') }} state={opportunity}>
      {(data, onChanged) => <Detail opportunity={data} onChanged={onChanged} />}
    </RecordPage>
  );
}

function Detail({ opportunity, onChanged }: { opportunity: OpportunityDetail; onChanged: (done: string) => void }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const labels = useOpportunityLabels();
  const { hasRole, user } = useSession();
  // A draft is shown only to its unit; a published one to everybody, so an officer's unit is compared (the server decides).
  const mayWrite = hasRole('coordinator', 'admin') || (hasRole('officer') && (opportunity.status === 'draft' || user?.unit === opportunity.ownerUnit));
  const budget = opportunity.sought.budget;
  const description = textIn(opportunity.description, language);
  const scenario = useApiQuery('/api/scenarios/{id}', { params: { path: { id: opportunity.scenarioId } } });

  return (
    <>
      <section className="card op-card" aria-labelledby="op-details">
        <h2 id="op-details">{t('details')}</h2>
        <dl className="op-meta">
          <div>
            <dt>{t('status')}</dt>
            <dd>
              <OpportunityStatusBadge status={opportunity.status} />
            </dd>
          </div>
          <div>
            <dt>{t('scenario')}</dt>
            <dd>
              <Link to="/scenarios/$id" params={{ id: opportunity.scenarioId }}>
                {scenario.data ? textIn(scenario.data.title, language) : t('viewScenario')}
              </Link>
            </dd>
          </div>
          <div>
            <dt>{t('ownerUnit')}</dt>
            <dd>{opportunity.ownerUnit}</dd>
          </div>
          <div>
            <dt>{t('district')}</dt>
            <dd>{opportunity.district ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('capabilities')}</dt>
            <dd>{opportunity.sought.capabilities.join('、')}</dd>
          </div>
          <div>
            <dt>{t('budget')}</dt>
            <dd>{budget ? t('budgetRange', { min: budgetText(budget.minFen, language), max: budgetText(budget.maxFen, language) }) : '—'}</dd>
          </div>
          <div>
            <dt>{t('respondBy')}</dt>
            <dd>{opportunity.sought.respondBy}</dd>
          </div>
          <div>
            <dt>{t('publishedOn')}</dt>
            <dd>{opportunity.publishedOn ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('createdAt')}</dt>
            <dd>{beijingTime(opportunity.createdAt, language, 'minutes')}</dd>
          </div>
          {opportunity.status === 'closed' ? (
            <>
              <div>
                <dt>{t('closedOn')}</dt>
                <dd>{opportunity.closedOn ?? '—'}</dd>
              </div>
              <div>
                <dt>{t('closeReason')}</dt>
                <dd>{opportunity.closeReason ? labels.reason(opportunity.closeReason) : '—'}</dd>
              </div>
              {opportunity.closeNote ? (
                <div>
                  <dt>{t('closeNote')}</dt>
                  <dd>{opportunity.closeNote}</dd>
                </div>
              ) : null}
            </>
          ) : null}
        </dl>
        {description ? (
          <>
            <h3>{t('description')}</h3>
            <p className="op-text">{description}</p>
          </>
        ) : null}
        {opportunity.status === 'draft' ? <p className="muted small">{t('draftHidden')}</p> : null}
      </section>

      {mayWrite && opportunity.status !== 'closed' ? (
        <section className="card op-card" aria-labelledby="op-actions-title">
          <h2 id="op-actions-title">{t('actions')}</h2>
          <OpportunityActions opportunity={opportunity} onChanged={onChanged} />
        </section>
      ) : null}

      {opportunity.status === 'published' && (hasRole('coordinator', 'admin') || (hasRole('officer') && user?.unit === opportunity.ownerUnit)) ? <OpportunitySuppliers opportunityId={opportunity.id} /> : null}

      <section className="op-card" aria-labelledby="op-matches">
        <h2 id="op-matches">{t('matches')}</h2>
        {opportunity.matches.length === 0 ? (
          <Empty>{t('noMatches')}</Empty>
        ) : (
          <TableWrap label={t('matchesTable')}>
            <table className="op-table">
              <caption className="visually-hidden">{t('matchesTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('event')}</th>
                  <th scope="col">{t('heldOn')}</th>
                  <th scope="col">{t('supplier')}</th>
                  <th scope="col">{t('outcome')}</th>
                  <th scope="col">{t('note')}</th>
                </tr>
              </thead>
              <tbody>
                {opportunity.matches.map((match) => (
                  <tr key={`${match.eventId}-${match.supplier}`}>
                    <th scope="row">
                      <Link to="/matchmaking-events/$id" params={{ id: match.eventId }}>
                        {textIn(match.eventTitle, language)}
                      </Link>
                    </th>
                    <td className="op-nowrap">{match.heldOn}</td>
                    <td>{match.supplier}</td>
                    <td>{labels.outcome(match.status)}</td>
                    <td>{match.note ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </>
  );
}
