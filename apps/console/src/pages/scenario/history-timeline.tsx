import { useLanguage, useT } from '../../i18n/i18n';
import { Empty } from '../../ui/status';
import type { HistoryEntry } from '../../api/workflow';
import { eventLabel, messages } from './scenario.messages';
import { beijingTime } from '../../ui/beijing-time';

/** The instance's history, newest first: when, from → to, which event, who (and their unit), why. */
export function HistoryTimeline({ history, stageName, unitName }: { history: HistoryEntry[]; stageName: (path: string | null) => string; unitName: (unit: string | null) => string }) {
  const t = useT(messages);
  const { language } = useLanguage();
  if (history.length === 0) return <Empty />;
  const rows = [...history].sort((a, b) => b.sequence - a.sequence);
  return (
    <div className="table-wrap">
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
              <td>
                <time dateTime={entry.occurredAt}>{beijingTime(entry.occurredAt, language, 'mediumSeconds')}</time>
              </td>
              <td>
                {entry.from ? stageName(entry.from) : t('start')} → <strong>{stageName(entry.to)}</strong>
              </td>
              <td>{eventLabel(entry.event.type, language)}</td>
              <td>{entry.actor.id}</td>
              <td>{unitName(entry.actor.unit)}</td>
              <td>{entry.reason ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
