import { getRouteApi, useRouter } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useApiQuery, type GetAnswer } from '../../api/queries';
import { common } from '../../i18n/common.messages';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { patch } from '../../router/search';
import { Page } from '../../ui/page';
import { Empty, Loadable } from '../../ui/status';
import './tasks.css';
import { messages } from './tasks.messages';
import { dueWords, KIND_LABEL, KINDS, sourceKey, taskFilters, type TaskItem } from './tasks.model';
import { beijingTime } from '../../ui/beijing-time';

const route = getRouteApi('/tasks');
const LIMIT = 100;

/** Date and time in Beijing time. */
function formatTime(iso: string, language: 'zh' | 'en'): string {
  return beijingTime(iso, language);
}

/** 我的待办: everything waiting on the caller across the services, overdue first (the server's order), each a link to where it is done. */
export function TasksPage() {
  const t = useT(messages);
  const tc = useT(common);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filters = taskFilters(search);
  const tasks = useApiQuery('/api/tasks', { params: { query: { ...filters, limit: LIMIT } } });
  const filtered = Boolean(filters.kind || filters.overdue);

  const setFilter = (name: 'kind' | 'overdue', value: string) => void navigate({ to: '.', search: patch({ [name]: value || null }), replace: true });

  return (
    <Page title={tc('navTasks')}>
      <div className="filters">
        <div>
          <label htmlFor="tasks-kind">{t('kind')}</label>
          <select id="tasks-kind" value={filters.kind ?? ''} onChange={(event) => setFilter('kind', event.target.value)}>
            <option value="">{t('kindAll')}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(KIND_LABEL[kind])}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tasks-overdue">{t('dueFilter')}</label>
          <select id="tasks-overdue" value={filters.overdue ?? ''} onChange={(event) => setFilter('overdue', event.target.value)}>
            <option value="">{t('dueAll')}</option>
            <option value="true">{t('dueOverdue')}</option>
            <option value="false">{t('dueNotOverdue')}</option>
          </select>
        </div>
      </div>
      <Loadable state={tasks}>{(data) => <TaskList data={data} filtered={filtered} />}</Loadable>
    </Page>
  );
}

function TaskList({ data, filtered }: { data: GetAnswer<'/api/tasks'>; filtered: boolean }) {
  const t = useT(messages);
  const sources = data.unavailable.map(({ source }) => {
    const key = sourceKey(source);
    return key ? t(key) : source;
  });
  return (
    <>
      {sources.length > 0 ? (
        <p className="notice" role="status">
          {t('unavailable', { sources: [...new Set(sources)].join('、') })}
        </p>
      ) : null}
      <p className="muted" data-testid="tasks-summary">
        {t('summary', { total: data.counts.total, overdue: data.counts.overdue })}
      </p>
      {data.items.length === 0 ? (
        <Empty>{filtered ? t('emptyFiltered') : t('empty')}</Empty>
      ) : (
        <ul className="task-list" aria-label={t('list')}>
          {data.items.map((item) => (
            <TaskEntry key={`${item.kind}:${item.id}`} item={item} />
          ))}
        </ul>
      )}
      {data.truncated ? <p className="muted">{t('truncated', { count: data.items.length })}</p> : null}
    </>
  );
}

function TaskEntry({ item }: { item: TaskItem }) {
  const t = useT(messages);
  const label = useLabel();
  const { language } = useLanguage();
  const router = useRouter();
  const due = dueWords(item);
  // A console page opens inside the app (no reload); anything else is an ordinary link.
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!item.href.startsWith('/') || item.href.startsWith('/api/')) return;
    event.preventDefault();
    void router.navigate({ href: item.href });
  };
  const headingId = `task-${item.kind}-${item.id}`;
  return (
    <li>
      <article className={`card task${item.overdue ? ' task-overdue' : ''}`} aria-labelledby={headingId}>
        <p className="task-meta small">
          <span className="task-kind">{t(KIND_LABEL[item.kind])}</span>
          {item.overdue ? <strong className="task-flag">▲ {t('overdue')}</strong> : null}
        </p>
        <h2 id={headingId} className="task-title">
          {label(item.title)}
        </h2>
        <p className="small">
          {item.dueAt ? <span>{t('dueAt', { time: formatTime(item.dueAt, language) })}</span> : <span className="muted">{t('noDue')}</span>}
          {due && due.key !== 'overdue' ? <strong className="task-days"> · {t(due.key, { count: due.count })}</strong> : null}
        </p>
        <p className="small muted">{t('since', { time: formatTime(item.since, language) })}</p>
        <a className="button primary" href={item.href} onClick={open}>
          {label(item.action)}
        </a>
      </article>
    </li>
  );
}
