import { getRouteApi, Link } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { answer, ApiError, asApiError, http, type Schema } from '../../api/client';
import { useApiPages } from '../../api/all-pages';
import { useLoadQuery, type GetAnswer, type GetRequest } from '../../api/queries';
import { common } from '../../i18n/common.messages';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { useAnnounceUnreadChanged } from '../../layout/unread';
import { Empty, ErrorMessage, Loadable } from '../../ui/status';
import { Page } from '../../ui/page';
import { patch } from '../../router/search';
import './inbox.css';
import { messages } from './inbox.messages';
import { preferencesMessages } from './preferences.messages';
import { beijingTime } from '../../ui/beijing-time';

/** The inbox's filters, as GET /api/notifications/inbox accepts them (`scope` also marks all read). */
type InboxQuery = NonNullable<NonNullable<NonNullable<GetRequest<'/api/notifications/inbox'>>['params']>['query']>;
type Scope = NonNullable<InboxQuery['scope']>;
type Status = NonNullable<InboxQuery['status']>;

export type InboxItem = Schema<'InboxItem'>;
type InboxPageData = GetAnswer<'/api/notifications/inbox'>;
type UnreadCounts = Schema<'InboxUnreadCounts'>;
type Deadline = Schema<'Deadline'>;

type Key = keyof typeof messages.zh;

const KIND: Record<InboxItem['kind'], { label: Key; icon: string }> = {
  before: { label: 'kindBefore', icon: '●' },
  due: { label: 'kindDue', icon: '◆' },
  escalation: { label: 'kindEscalation', icon: '▲' },
  digest: { label: 'kindDigest', icon: '≡' },
  'sandbox-breach': { label: 'kindSandboxBreach', icon: '▲' },
  'evaluator-removed': { label: 'kindEvaluatorRemoved', icon: '⇄' },
  'application-stage': { label: 'kindApplicationStage', icon: '→' },
  'dead-letter': { label: 'kindDeadLetter', icon: '✕' },
  'employment-risk': { label: 'kindEmploymentRisk', icon: '▲' },
};

const SCOPES: Scope[] = ['all', 'unit', 'user'];
const STATUSES: Status[] = ['all', 'unread', 'read', 'archived'];
const SCOPE_LABEL: Record<Scope, Key> = { all: 'scopeAll', unit: 'scopeUnit', user: 'scopeUser' };
const STATUS_LABEL: Record<Status, Key> = { all: 'statusAll', unread: 'statusUnread', read: 'statusRead', archived: 'statusArchived' };

/** What a notice without a deadline is about, by its kind. */
const NOTICE_SUBJECTS: Partial<Record<string, string>> = { 'evaluator-removed': 'assessment-lifecycle', 'sandbox-breach': 'scenario-lifecycle', 'application-stage': 'application-lifecycle' };

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Date and time in Beijing time, as the notification texts give it. */
function formatTime(iso: string, language: 'zh' | 'en'): string {
  return beijingTime(iso, language);
}

/** Where a message's subject lives in the console, from the lifecycle machine that asked for the deadline. */
function subjectLink(deadline: Deadline | undefined, item: InboxItem): { to: '/applications/$id' | '/evaluation/$id' | '/scenarios/$id'; id: string; label: Key } | null {
  const id = deadline?.subjectId ?? item.subjectId;
  if (!id) return null;
  // A panel-change notice is about an assessment, a sandbox notice about a scenario (their subjectId), without a deadline.
  const machine = deadline?.machineId ?? NOTICE_SUBJECTS[item.kind];
  if (machine === 'application-lifecycle') return { to: '/applications/$id', id, label: 'openApplication' };
  if (machine === 'assessment-lifecycle') return { to: '/evaluation/$id', id, label: 'openAssessment' };
  if (machine === 'scenario-lifecycle') return { to: '/scenarios/$id', id, label: 'openScenario' };
  return null;
}

const route = getRouteApi('/inbox');

/** The caller's reminders and escalations: their unit's (one reads for all) and their own. */
export function InboxPage() {
  const t = useT(messages);
  const tc = useT(common);
  const tp = useT(preferencesMessages);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const scope = oneOf(search.scope, SCOPES, 'all');
  const status = oneOf(search.status, STATUSES, 'all');
  const list = useApiPages('/api/notifications/inbox', { params: { query: { scope, status, limit: 20 } } });
  const [changed, setChanged] = useState<Record<string, InboxItem>>({});
  // Counts from a mark later than the last page read.
  const [latest, setLatest] = useState<{ after: InboxPageData | undefined; counts: UnreadCounts } | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const queries = useQueryClient();
  const announceUnreadChanged = useAnnounceUnreadChanged();

  const lastPage = list.data?.at(-1);
  // An item archived (or moved back) here leaves the list it no longer belongs to at once.
  const items = (list.data ?? [])
    .flatMap((page) => page.items)
    .map((item) => changed[item.id] ?? item)
    .filter((item) => item.archived === (status === 'archived'));
  const counts = (latest && latest.after === lastPage ? latest.counts : lastPage?.unread) ?? null;
  const setUnread = (next: UnreadCounts) => setLatest({ after: lastPage, counts: next });

  // Due times and links: the deadline each message is about (once per deadline; one that cannot be read stays null).
  const deadlineIds = [...new Set(items.map((item) => item.deadlineId).filter((id): id is string => id !== null))];
  const deadlines =
    useLoadQuery(deadlineIds.length > 0 ? ['inbox-deadlines', ...deadlineIds] : null, async () => {
      const found = await Promise.all(
        deadlineIds.map((deadlineId) =>
          queries.ensureQueryData<Deadline | null>({
            queryKey: ['inbox-deadline', deadlineId],
            queryFn: ({ signal }) => answer(http.GET('/api/notifications/deadlines/{deadlineId}', { params: { path: { deadlineId } }, signal })).catch(() => null),
            staleTime: Infinity,
          }),
        ),
      );
      return Object.fromEntries(deadlineIds.map((id, i) => [id, found[i] ?? null]));
    }).data ?? {};

  const setFilter = (name: 'scope' | 'status', value: string) => {
    void navigate({ to: '.', search: patch({ [name]: value === 'all' ? null : value }), replace: true });
  };

  const markRead = (item: InboxItem) => change(item, () => answer(http.POST('/api/notifications/inbox/{id}/read', { params: { path: { id: item.id } } })));
  const archive = (item: InboxItem) =>
    change(item, () => answer(http.POST(item.archived ? '/api/notifications/inbox/{id}/unarchive' : '/api/notifications/inbox/{id}/archive', { params: { path: { id: item.id } } })));

  const change = async (item: InboxItem, send: () => Promise<{ item: InboxItem; unread: UnreadCounts }>) => {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      const result = await send();
      setChanged((previous) => ({ ...previous, [item.id]: result.item }));
      setUnread(result.unread);
      announceUnreadChanged();
    } catch (error) {
      setActionError(asApiError(error));
    } finally {
      setBusy(false);
    }
  };

  const markAllRead = async () => {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      const result = await answer(http.POST('/api/notifications/inbox/read-all', { body: { scope } }));
      setNotice(t('markedAll', { count: result.marked }));
      setChanged({});
      announceUnreadChanged();
      list.restart();
    } catch (error) {
      setActionError(asApiError(error));
    } finally {
      setBusy(false);
    }
  };

  const scopeUnread = counts ? (scope === 'unit' ? counts.unit : scope === 'user' ? counts.user : counts.total) : 0;

  return (
    <Page
      title={tc('navInbox')}
      actions={
        <>
          <Link to="/inbox/preferences">{tp('open')}</Link>
          <button type="button" className="primary" onClick={() => void markAllRead()} disabled={busy || scopeUnread === 0}>
            {t('markAllRead')}
          </button>
        </>
      }
    >
      {counts ? (
        <section className="inbox-counts" aria-label={t('unreadSummary')}>
          <p className="card inbox-count" data-testid="unread-unit">
            <span className="muted small">{t('unreadUnit')}</span>
            <strong>{counts.unit}</strong>
          </p>
          <p className="card inbox-count" data-testid="unread-user">
            <span className="muted small">{t('unreadMine')}</span>
            <strong>{counts.user}</strong>
          </p>
        </section>
      ) : null}

      <div className="filters">
        <div>
          <label htmlFor="inbox-scope">{t('scope')}</label>
          <select id="inbox-scope" value={scope} onChange={(event) => setFilter('scope', event.target.value)}>
            {SCOPES.map((value) => (
              <option key={value} value={value}>
                {t(SCOPE_LABEL[value])}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="inbox-status">{t('status')}</label>
          <select id="inbox-status" value={status} onChange={(event) => setFilter('status', event.target.value)}>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(STATUS_LABEL[value])}
              </option>
            ))}
          </select>
        </div>
      </div>

      {notice ? (
        <p className="success" role="status">
          {notice}
        </p>
      ) : null}
      {actionError ? <ErrorMessage error={actionError} /> : null}
      {list.moreError ? <ErrorMessage error={list.moreError} /> : null}

      <Loadable state={list}>
        {() =>
          items.length === 0 ? (
            <Empty>{t('noItems')}</Empty>
          ) : (
            <>
              <ul className="inbox-list" aria-label={t('list')}>
                {items.map((item) => (
                  <InboxEntry key={item.id} item={item} deadline={item.deadlineId ? (deadlines[item.deadlineId] ?? undefined) : undefined} busy={busy} onRead={() => void markRead(item)} onArchive={() => void archive(item)} />
                ))}
              </ul>
              {list.hasMore ? (
                <button type="button" onClick={list.loadMore} disabled={busy || list.loadingMore}>
                  {t('loadMore')}
                </button>
              ) : null}
            </>
          )
        }
      </Loadable>
    </Page>
  );
}

function InboxEntry({ item, deadline, busy, onRead, onArchive }: { item: InboxItem; deadline: Deadline | undefined; busy: boolean; onRead: () => void; onArchive: () => void }) {
  const t = useT(messages);
  const label = useLabel();
  const { language } = useLanguage();
  const title = label(item.subject);
  const kind = KIND[item.kind] ?? KIND.before;
  const link = subjectLink(deadline, item);
  const titleId = `inbox-item-${item.id}`;
  return (
    <li>
      <article className={`card inbox-item inbox-${item.kind}${item.read ? ' inbox-read' : ''}`} aria-labelledby={titleId} data-kind={item.kind}>
        <div className="inbox-tags">
          <span className={`inbox-kind inbox-kind-${item.kind}`}>
            <span aria-hidden="true">{kind.icon}</span> {t(kind.label)}
          </span>
          {item.critical ? <span className="inbox-critical">{t('critical')}</span> : null}
          <span className={item.read ? 'inbox-state muted' : 'inbox-state inbox-unread'}>{item.read ? t('read') : t('unread')}</span>
          <span className="muted small">{item.recipient.type === 'unit' ? t('forUnit', { unit: item.recipient.id }) : t('forMe')}</span>
        </div>
        <h2 id={titleId} className="inbox-title">
          {title}
        </h2>
        <p className="inbox-body">{label(item.body)}</p>
        <dl className="inbox-meta small">
          {deadline ? (
            <div>
              <dt>{t('dueAt')}</dt>
              <dd>
                <time dateTime={deadline.dueAt}>{formatTime(deadline.dueAt, language)}</time>
                {deadline.calendar.official ? null : <small className="deadline-unofficial"> {t('unofficialCalendar', { years: deadline.calendar.unofficialYears.join(', ') })}</small>}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('receivedAt')}</dt>
            <dd>
              <time dateTime={item.createdAt}>{formatTime(item.createdAt, language)}</time>
            </dd>
          </div>
        </dl>
        <div className="inbox-actions">
          {link ? <Link to={link.to} params={{ id: link.id }}>{t(link.label)}</Link> : null}
          {item.read ? (
            item.readAt ? <span className="muted small">{t('readAt', { time: formatTime(item.readAt, language) })}</span> : null
          ) : (
            <button type="button" onClick={onRead} disabled={busy} aria-label={t('markReadOf', { title })}>
              {t('markRead')}
            </button>
          )}
          <button type="button" className="link-button" onClick={onArchive} disabled={busy} aria-label={t(item.archived ? 'unarchiveOf' : 'archiveOf', { title })}>
            {t(item.archived ? 'unarchive' : 'archive')}
          </button>
        </div>
      </article>
    </li>
  );
}
