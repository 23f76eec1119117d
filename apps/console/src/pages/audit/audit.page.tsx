import { getRouteApi } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { answer, asApiError, http, type ApiError } from '../../api/client';
import { useApiPages } from '../../api/all-pages';
import type { GetRequest } from '../../api/queries';
import type { Role } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useT } from '../../i18n/i18n';
import { ROLE_LABEL } from '../../layout/shell';
import { Page } from '../../ui/page';
import { Empty, ErrorMessage, Loadable } from '../../ui/status';
import { messages, type Key } from './audit.messages';
import { EntryTable } from './entry-table';
import './audit.css';
import { saveFile } from '../../ui/save-file';
import { beijingFileStamp } from '../../ui/beijing-time';

type AuditQuery = NonNullable<NonNullable<NonNullable<GetRequest<'/api/audit/entries'>>['params']>['query']>;

type Filters = Omit<AuditQuery, 'limit' | 'after'>;

const ROLES = Object.keys(ROLE_LABEL) as Role[];

const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

const RESULTS: Array<[value: string, label: Key]> = [
  ['succeeded', 'resultSucceeded'],
  ['failed', 'resultFailed'],
  ['4xx', 'result4xx'],
  ['5xx', 'result5xx'],
  ['401', 'result401'],
  ['403', 'result403'],
];

const TEXT_FILTERS = ['actor', 'unit', 'operation', 'target'] as const;

const FILTER_KEYS = [...TEXT_FILTERS, 'role', 'method', 'result', 'from', 'to'] as const;

type FilterKey = (typeof FILTER_KEYS)[number];

type Draft = Record<FilterKey, string>;

type Search = Partial<Record<FilterKey, string>>;

const route = getRouteApi('/audit');

/** The filters the URL holds (so a filtered view survives a reload and can be shared), as the API reads them. */
function filtersOf(search: Search): Filters {
  const value = (key: FilterKey) => search[key]?.trim() || undefined;
  const role = value('role');
  const method = value('method');
  return {
    actor: value('actor'),
    unit: value('unit'),
    operation: value('operation'),
    target: value('target'),
    role: ROLES.find((known) => known === role),
    method: METHODS.find((known) => known === method),
    result: value('result'),
    from: value('from'),
    to: value('to'),
  };
}

/** `datetime-local` speaks the browser's local time; the URL and the API speak ISO. */
function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function fromLocalInput(value: string): string {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
}

/** Saves the CSV the server makes for these filters (fetched with the bearer token, then handed to the browser as a file). */
async function downloadCsv(filters: Filters): Promise<void> {
  const blob = await answer(http.GET('/api/audit/entries.csv', { params: { query: filters }, parseAs: 'blob' }));
  saveFile(blob, `audit-log-${beijingFileStamp()}.csv`);
}

/** `/audit`: the audit log of every state-changing request, for auditors and administrators. */
export function AuditPage() {
  const t = useT(messages);
  const tc = useT(common);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filters = filtersOf(search);
  const list = useApiPages('/api/audit/entries', { params: { query: { ...filters, limit: 50 } } });
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const entries = (list.data ?? []).flatMap((page) => page.items);

  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    try {
      await downloadCsv(filters);
    } catch (error) {
      setExportError(asApiError(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Page
      title={tc('navAudit')}
      actions={
        <button type="button" onClick={() => void exportCsv()} disabled={exporting}>
          {exporting ? t('exporting') : t('exportCsv')}
        </button>
      }
    >
      <p className="muted">{t('intro')}</p>
      <FilterForm key={JSON.stringify(search)} search={search} onApply={(applied) => void navigate({ to: '.', search: applied, replace: true })} />
      {exportError ? <ErrorMessage error={exportError} /> : null}
      {list.moreError ? <ErrorMessage error={list.moreError} /> : null}
      <Loadable state={list}>
        {() =>
          entries.length === 0 ? (
            <Empty>{t('noEntries')}</Empty>
          ) : (
            <>
              <p className="muted small" role="status">
                {t('shown', { count: entries.length })}
              </p>
              <EntryTable entries={entries} />
              {list.hasMore ? (
                <button type="button" className="audit-more" onClick={list.loadMore} disabled={list.loadingMore}>
                  {list.loadingMore ? tc('loading') : t('loadMore')}
                </button>
              ) : null}
            </>
          )
        }
      </Loadable>
    </Page>
  );
}

/** The filters as typed, applied on submit (one request per search, not per keystroke). */
function FilterForm({ search, onApply }: { search: Search; onApply: (search: Search) => void }) {
  const t = useT(messages);
  const tc = useT(common);
  const [draft, setDraft] = useState<Draft>(() => Object.fromEntries(FILTER_KEYS.map((key) => [key, key === 'from' || key === 'to' ? toLocalInput(search[key]) : (search[key] ?? '')])) as Draft);
  const set = (key: FilterKey) => (event: { target: { value: string } }) => setDraft((previous) => ({ ...previous, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const applied: Search = {};
    for (const key of FILTER_KEYS) {
      const value = key === 'from' || key === 'to' ? fromLocalInput(draft[key]) : draft[key].trim();
      if (value) applied[key] = value;
    }
    onApply(applied);
  };

  return (
    <form className="card audit-filters" aria-label={t('filters')} onSubmit={submit}>
      <div className="audit-filter-grid">
        <div>
          <label htmlFor="audit-actor">{t('actor')}</label>
          <input id="audit-actor" value={draft.actor} onChange={set('actor')} placeholder={t('actorHint')} autoComplete="off" />
        </div>
        <div>
          <label htmlFor="audit-role">{t('role')}</label>
          <select id="audit-role" value={draft.role} onChange={set('role')}>
            <option value="">{tc('all')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tc(ROLE_LABEL[role])}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-unit">{t('unit')}</label>
          <input id="audit-unit" value={draft.unit} onChange={set('unit')} autoComplete="off" />
        </div>
        <div>
          <label htmlFor="audit-method">{t('method')}</label>
          <select id="audit-method" value={draft.method} onChange={set('method')}>
            <option value="">{tc('all')}</option>
            {METHODS.map((method) => (
              <option key={method} value={method}>
                {method}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-operation">{t('operation')}</label>
          <input id="audit-operation" value={draft.operation} onChange={set('operation')} placeholder="/api/scenarios" autoComplete="off" />
        </div>
        <div>
          <label htmlFor="audit-target">{t('target')}</label>
          <input id="audit-target" value={draft.target} onChange={set('target')} autoComplete="off" />
        </div>
        <div>
          <label htmlFor="audit-result">{t('result')}</label>
          <select id="audit-result" value={draft.result} onChange={set('result')}>
            <option value="">{tc('all')}</option>
            {RESULTS.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from">{t('from')}</label>
          <input id="audit-from" type="datetime-local" value={draft.from} onChange={set('from')} />
        </div>
        <div>
          <label htmlFor="audit-to">{t('to')}</label>
          <input id="audit-to" type="datetime-local" value={draft.to} onChange={set('to')} />
        </div>
      </div>
      <div className="audit-buttons">
        <button type="submit" className="primary">
          {t('apply')}
        </button>
        <button type="button" onClick={() => onApply({})}>
          {t('reset')}
        </button>
      </div>
    </form>
  );
}
