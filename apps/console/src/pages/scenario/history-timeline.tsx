import { Link } from '@tanstack/react-router';
import { useLanguage, useT } from '../../i18n/i18n';
import { Empty } from '../../ui/status';
import type { HistoryEntry } from '../../api/workflow';
import { eventLabel, messages } from './scenario.messages';
import { beijingTime } from '../../ui/beijing-time';

/**
 * The instance's history, newest first: when, from → to, which event, who (and their unit), why. A table on wide
 * screens; below 640px the same entries as cards (the table is hidden there), so that a long reason keeps the
 * width of the screen instead of a column one character wide.
 */
/** What an entry's event refers to, as a link in words (the reason never carries ids): the application, opportunity, … */
function RelatedLink({ event }: { event: HistoryEntry['event'] }) {
  const t = useT(messages);
  const id = (key: string) => (typeof event[key] === 'string' ? (event[key] as string) : null);
  const applicationId = id('applicationId');
  if (applicationId) return <Link to="/applications/$id" params={{ id: applicationId }}>{t('relatedApplication')}</Link>;
  const matchmakingEventId = id('matchmakingEventId');
  if (matchmakingEventId) return <Link to="/matchmaking-events/$id" params={{ id: matchmakingEventId }}>{t('relatedMatchmaking')}</Link>;
  const opportunityId = id('opportunityId');
  if (opportunityId) return <Link to="/opportunities/$id" params={{ id: opportunityId }}>{t('relatedOpportunity')}</Link>;
  const batchId = id('batchId');
  if (batchId) return <Link to="/batch-lists/$id" params={{ id: batchId }}>{t('relatedBatchList')}</Link>;
  return null;
}

export function HistoryTimeline({ history, stageName, unitName }: { history: HistoryEntry[]; stageName: (path: string | null) => string; unitName: (unit: string | null) => string }) {
  const t = useT(messages);
  const { language } = useLanguage();
  if (history.length === 0) return <Empty />;
  const rows = [...history].sort((a, b) => b.sequence - a.sequence);
  const when = (entry: HistoryEntry) => <time dateTime={entry.occurredAt}>{beijingTime(entry.occurredAt, language, 'mediumSeconds')}</time>;
  const change = (entry: HistoryEntry) => (
    <>
      {entry.from ? stageName(entry.from) : t('start')} → <strong>{stageName(entry.to)}</strong>
    </>
  );
  return (
    <>
      <div className="table-wrap history-wide">
        <table className="history-table">
          <caption className="muted small">{t('history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('time')}</th>
              <th scope="col">{t('fromTo')}</th>
              <th scope="col">{t('event')}</th>
              <th scope="col">{t('actor')}</th>
              <th scope="col">{t('unit')}</th>
              <th scope="col">{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr key={entry.sequence}>
                <td>{when(entry)}</td>
                <td>{change(entry)}</td>
                <td>
                  {eventLabel(entry.event.type, language)} <RelatedLink event={entry.event} />
                </td>
                <td>{entry.actor.id}</td>
                <td>{unitName(entry.actor.unit)}</td>
                <td>{entry.reason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="history-cards" aria-label={t('history')}>
        {rows.map((entry) => (
          <li key={entry.sequence} className="card history-card">
            <p className="history-card-change">{change(entry)}</p>
            <dl>
              <dt>{t('event')}</dt>
              <dd>
                {eventLabel(entry.event.type, language)} <RelatedLink event={entry.event} />
              </dd>
              <dt>{t('time')}</dt>
              <dd>{when(entry)}</dd>
              <dt>{t('actor')}</dt>
              <dd>
                {entry.actor.id} · {unitName(entry.actor.unit)}
              </dd>
              <dt>{t('reason')}</dt>
              <dd className="history-card-reason">{entry.reason ?? '—'}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}
