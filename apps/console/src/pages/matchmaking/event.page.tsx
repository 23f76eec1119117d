import { getRouteApi, Link } from '@tanstack/react-router';
import { answer, http } from '../../api/client';
import { useApiQuery, useLoadQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLanguage, useT } from '../../i18n/i18n';
import { beijingTime } from '../../ui/beijing-time';
import { Empty } from '../../ui/status';
import { useOpportunityLabels } from '../opportunities/labels';
import { RecordPage } from '../opportunities/record-page';
import { textIn, WRITER_ROLES } from '../opportunities/opportunity.model';
import { EventAdditions, OutcomeForm } from './event-changes';
import { useEventLabels, type MatchmakingEvent } from './event.model';
import { messages } from './matchmaking.messages';
import '../opportunities/opportunities.css';
import { TableWrap } from '../../ui/table-wrap';

const route = getRouteApi('/matchmaking-events/$id');

/** `/matchmaking-events/:id`: one event, its participants, the opportunities presented and the outcomes; recording more. */
export function EventPage() {
  const { id } = route.useParams();
  const t = useT(messages);
  const { language } = useLanguage();
  const event = useApiQuery('/api/matchmaking-events/{id}', { params: { path: { id } } });
  const title = event.data ? `${t('title')} · ${textIn(event.data.title, language)}` : t('title');
  return (
    <RecordPage title={title} back={{ to: '/matchmaking-events', label: t('back') }} state={event}>
      {(data, onChanged) => <Detail event={data} onChanged={onChanged} />}
    </RecordPage>
  );
}

function Detail({ event, onChanged }: { event: MatchmakingEvent; onChanged: (done: string) => void }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const labels = useEventLabels();
  const outcomeLabels = useOpportunityLabels();
  const { hasRole } = useSession();
  const writer = hasRole(...WRITER_ROLES);
  // The titles of the opportunities presented (each read once; one that cannot be read is shown by its id).
  const titles = useLoadQuery(['event-opportunities', event.opportunityIds], async (signal) => {
    const found = await Promise.all(event.opportunityIds.map((oid) => answer(http.GET('/api/opportunities/{id}', { params: { path: { id: oid } }, signal })).catch(() => null)));
    return new Map(found.filter((o) => o !== null).map((o) => [o.id, o.title]));
  });
  const titleOf = (oid: string) => textIn(titles.data?.get(oid), language) || t('unknownOpportunity', { id: oid.slice(0, 8) });
  const description = textIn(event.description, language);

  return (
    <>
      <section className="card op-card" aria-labelledby="ev-details">
        <h2 id="ev-details">{t('details')}</h2>
        <dl className="op-meta">
          <div>
            <dt>{t('kind')}</dt>
            <dd>{labels.kind(event.kind)}</dd>
          </div>
          <div>
            <dt>{t('heldOn')}</dt>
            <dd>{event.heldOn}</dd>
          </div>
          <div>
            <dt>{t('organiserUnit')}</dt>
            <dd>{event.organiserUnit}</dd>
          </div>
          <div>
            <dt>{t('district')}</dt>
            <dd>{event.district ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('recordedAt')}</dt>
            <dd>{beijingTime(event.recordedAt, language, 'minutes')}</dd>
          </div>
        </dl>
        {description ? <p className="op-text">{description}</p> : null}
      </section>

      <section className="op-card" aria-labelledby="ev-participants">
        <h2 id="ev-participants">{t('participants')}</h2>
        {event.participants.length === 0 ? (
          <Empty>{t('noParticipants')}</Empty>
        ) : (
          <TableWrap label={t('participantsTable')}>
            <table className="op-table">
              <caption className="visually-hidden">{t('participantsTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('participantName')}</th>
                  <th scope="col">{t('participantType')}</th>
                </tr>
              </thead>
              <tbody>
                {event.participants.map((participant) => (
                  <tr key={participant.name}>
                    <th scope="row">{participant.name}</th>
                    <td>{labels.type(participant.type)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <section className="op-card" aria-labelledby="ev-presented">
        <h2 id="ev-presented">{t('presented')}</h2>
        {event.opportunityIds.length === 0 ? (
          <Empty>{t('noPresented')}</Empty>
        ) : (
          <ul aria-label={t('presentedTable')}>
            {event.opportunityIds.map((oid) => (
              <li key={oid}>
                <Link to="/opportunities/$id" params={{ id: oid }}>
                  {titleOf(oid)}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {writer ? <EventAdditions event={event} onChanged={onChanged} /> : null}
      </section>

      <section className="op-card" aria-labelledby="ev-outcomes">
        <h2 id="ev-outcomes">{t('outcomes')}</h2>
        {event.outcomes.length === 0 ? (
          <Empty>{t('noOutcomes')}</Empty>
        ) : (
          <TableWrap label={t('outcomesTable')}>
            <table className="op-table">
              <caption className="visually-hidden">{t('outcomesTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('supplier')}</th>
                  <th scope="col">{t('opportunity')}</th>
                  <th scope="col">{t('outcome')}</th>
                  <th scope="col">{t('note')}</th>
                </tr>
              </thead>
              <tbody>
                {event.outcomes.map((outcome) => (
                  <tr key={`${outcome.supplier}-${outcome.opportunityId}`}>
                    <th scope="row">{outcome.supplier}</th>
                    <td>
                      <Link to="/opportunities/$id" params={{ id: outcome.opportunityId }}>
                        {titleOf(outcome.opportunityId)}
                      </Link>
                    </td>
                    <td>{outcomeLabels.outcome(outcome.status)}</td>
                    <td>{outcome.note ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {writer ? <OutcomeForm event={event} titleOf={titleOf} onChanged={onChanged} /> : null}
      </section>
    </>
  );
}
