import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { answer, asApiError, http, type ApiError } from '../../api/client';
import { useAllPages } from '../../api/all-pages';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useLanguage, useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { Empty, ErrorMessage, Loadable } from '../../ui/status';
import { patch } from '../../router/search';
import { BATCH_LIST_STATUSES, fieldErrors, formatDateTime } from './batch-list.model';
import { messages } from './batch-lists.messages';
import { StatusBadge } from './status-badge';
import './batch-lists.css';
import { beijingToday } from '../../ui/beijing-time';
import { TableWrap } from '../../ui/table-wrap';

const route = getRouteApi('/batch-lists');

/** `/batch-lists`: every list the caller may see (drafts only for the coordinator and admins), and a new draft. */
export function BatchListsPage() {
  const t = useT(messages);
  const all = useT(common);
  const { language } = useLanguage();
  const { hasRole } = useSession();
  const manager = hasRole('coordinator', 'admin');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const year = search.year ?? '';
  const status = search.status ?? '';
  // Every page: a year of monthly batches and their corrections is a few dozen lists, 20 pages is a generous ceiling.
  const lists = useAllPages('/api/batch-lists', { params: { query: { year: /^\d{4}$/.test(year) ? Number(year) : undefined, status: BATCH_LIST_STATUSES.find((known) => known === status) } } }, 20);
  const [creating, setCreating] = useState(false);

  return (
    <Page
      title={t('title')}
      actions={
        manager && !creating ? (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('newDraft')}
          </button>
        ) : null
      }
    >
      <p className="muted">{t('intro')}</p>
      {!manager ? <p className="notice small">{t('readOnly')}</p> : null}
      {manager && creating ? <CreateDraftForm onCancel={() => setCreating(false)} /> : null}

      <form className="filters bl-filters" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <div>
          <label htmlFor="bl-filter-year">{t('year')}</label>
          <input
            id="bl-filter-year"
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(event) => void navigate({ to: '.', search: patch({ year: event.target.value }), replace: true })}
          />
        </div>
        <div>
          <label htmlFor="bl-filter-status">{t('status')}</label>
          <select id="bl-filter-status" value={status} onChange={(event) => void navigate({ to: '.', search: patch({ status: event.target.value }), replace: true })}>
            <option value="">{all('all')}</option>
            {manager ? <option value="draft">{t('statusDraft')}</option> : null}
            <option value="published">{t('statusPublished')}</option>
            <option value="superseded">{t('statusSuperseded')}</option>
          </select>
        </div>
      </form>

      <Loadable state={lists}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('noLists')}</Empty>
          ) : (
            <TableWrap label={t('listsTable')}>
              <table className="bl-table">
                <caption className="bl-hidden">{t('listsTable')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('number')}</th>
                    <th scope="col">{t('listTitle')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col" className="number">
                      {t('revision')}
                    </th>
                    <th scope="col" className="number">
                      {t('items')}
                    </th>
                    <th scope="col">{t('issueDate')}</th>
                    <th scope="col">{t('publishedAt')}</th>
                    <th scope="col">{t('updatedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((list) => (
                    <tr key={list.id}>
                      <th scope="row" className="bl-nowrap">
                        <Link to="/batch-lists/$id" params={{ id: list.id }}>{list.number}</Link>
                      </th>
                      <td>{language === 'en' && list.title.en ? list.title.en : list.title.zh}</td>
                      <td>
                        <StatusBadge status={list.status} />
                      </td>
                      <td className="number">{list.revision}</td>
                      <td className="number">{list.itemCount}</td>
                      <td className="bl-nowrap">{list.issueDate}</td>
                      <td>{formatDateTime(list.publishedAt, language)}</td>
                      <td>{formatDateTime(list.updatedAt, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </Loadable>
    </Page>
  );
}

interface DraftForm {
  number: string;
  titleZh: string;
  titleEn: string;
  issuingUnit: string;
  issueDate: string;
  year: string;
}

function today(): string {
  return beijingToday();
}

/** The header the API requires (number, Chinese title, issue date) and what it accepts besides. */
function CreateDraftForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const t = useT(messages);
  const all = useT(common);
  const [form, setForm] = useState<DraftForm>({ number: '', titleZh: '', titleEn: '', issuingUnit: '', issueDate: today(), year: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = fieldErrors(error);
  const set = (key: keyof DraftForm) => (event: { target: { value: string } }) => setForm((previous) => ({ ...previous, [key]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await answer(
        http.POST('/api/batch-lists', {
          body: {
            number: form.number,
            title: { zh: form.titleZh, ...(form.titleEn.trim() ? { en: form.titleEn } : {}) },
            ...(form.issuingUnit.trim() ? { issuingUnit: form.issuingUnit } : {}),
            issueDate: form.issueDate,
            ...(form.year.trim() ? { year: Number(form.year) } : {}),
          },
        }),
      );
      void navigate({ to: '/batch-lists/$id', params: { id: created.id } });
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  }

  const field = (id: string, key: keyof DraftForm, path: string, label: string, options: { type?: string; required?: boolean; hint?: string; help?: string } = {}) => (
    <div className="bl-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={options.type ?? 'text'}
        value={form[key]}
        onChange={set(key)}
        required={options.required}
        placeholder={options.hint}
        aria-invalid={fields[path] ? true : undefined}
        aria-describedby={[options.help ? `${id}-help` : '', fields[path] ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
      />
      {options.help ? (
        <p id={`${id}-help`} className="muted small bl-help">
          {options.help}
        </p>
      ) : null}
      {fields[path] ? (
        <p id={`${id}-error`} className="field-error">
          {fields[path]}
        </p>
      ) : null}
    </div>
  );

  const known = new Set(['number', 'title.zh', 'title.en', 'title', 'issuingUnit', 'issueDate', 'year']);
  const otherFields = Object.entries(fields).filter(([path]) => !known.has(path));

  return (
    <form className="card bl-create" onSubmit={submit} aria-labelledby="bl-create-title" noValidate>
      <h2 id="bl-create-title">{t('newDraft')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="bl-form-grid">
        {field('bl-number', 'number', 'number', t('number'), { required: true, hint: t('numberHint') })}
        {field('bl-issue-date', 'issueDate', 'issueDate', t('issueDate'), { type: 'date', required: true })}
        {field('bl-title-zh', 'titleZh', 'title.zh', t('titleZh'), { required: true })}
        {field('bl-title-en', 'titleEn', 'title.en', t('titleEn'))}
        {field('bl-issuing-unit', 'issuingUnit', 'issuingUnit', t('issuingUnit'), { hint: t('issuingUnitHint') })}
        {field('bl-year', 'year', 'year', t('yearOptional'), { type: 'number', help: t('yearHelp') })}
      </div>
      {otherFields.length > 0 ? (
        <ul className="field-error">
          {otherFields.map(([path, message]) => (
            <li key={path}>
              {path}: {message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="bl-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('creating') : t('createDraft')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {all('cancel')}
        </button>
      </div>
    </form>
  );
}
