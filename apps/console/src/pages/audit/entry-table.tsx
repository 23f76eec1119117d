import type { Role } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useLanguage, useT } from '../../i18n/i18n';
import { ROLE_LABEL } from '../../layout/shell';
import { messages } from './audit.messages';
import type { GetAnswer } from '../../api/queries';
import { beijingTime } from '../../ui/beijing-time';
import { TableWrap } from '../../ui/table-wrap';

function formatTime(iso: string, language: 'zh' | 'en'): string {
  return beijingTime(iso, language, 'seconds');
}

type Entry = GetAnswer<'/api/audit/entries'>['items'][number];

export function EntryTable({ entries }: { entries: Entry[] }) {
  const t = useT(messages);
  const tc = useT(common);
  const { language } = useLanguage();
  const roleName = (role: string) => (role in ROLE_LABEL ? tc(ROLE_LABEL[role as Role]) : role);
  return (
    <TableWrap label={t('table')}>
      <table className="audit-table">
        <caption className="audit-hidden">{t('table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('time')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('unit')}</th>
            <th scope="col">{t('action')}</th>
            <th scope="col">{t('targets')}</th>
            <th scope="col">{t('result')}</th>
            <th scope="col">{t('requestId')}</th>
            <th scope="col">{t('address')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const failed = entry.status === null || entry.status >= 400;
            const signIn = entry.operation === 'POST /api/auth/login';
            return (
              <tr key={entry.id} data-testid="audit-entry">
                <td className="audit-nowrap">
                  <time dateTime={entry.at}>{formatTime(entry.at, language)}</time>
                </td>
                <td>
                  <span className="audit-who">{entry.actorName ?? entry.actorUsername ?? t('anonymous')}</span>
                  {entry.actorUsername && entry.actorName ? <span className="muted small audit-block">{entry.actorUsername}</span> : null}
                  {signIn ? <span className="muted small audit-block">{t(entry.status === 200 ? 'signIn' : 'signInAttempt')}</span> : null}
                </td>
                <td>{entry.roles.map(roleName).join('、') || '—'}</td>
                <td>{entry.unit ?? entry.organisation ?? '—'}</td>
                <td>
                  <code className="audit-operation">{entry.operation}</code>
                  {entry.path !== entry.operation.slice(entry.method.length + 1) ? <span className="muted small audit-block audit-break">{entry.path}</span> : null}
                </td>
                <td className="audit-break">
                  {entry.targets.length > 0
                    ? entry.targets.map((target) => (
                        <code key={target} className="audit-block">
                          {target}
                        </code>
                      ))
                    : '—'}
                </td>
                <td>
                  <span className={`audit-result ${failed ? 'audit-failed' : 'audit-ok'}`}>{entry.status ?? t('connectionClosed')}</span>
                  {entry.errorCode ? <code className="audit-block small">{entry.errorCode}</code> : null}
                </td>
                <td className="audit-break">
                  <code className="small">{entry.requestId ?? '—'}</code>
                </td>
                <td className="audit-nowrap">{entry.address ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
