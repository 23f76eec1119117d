import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { Empty, ErrorMessage, Loading } from '../../ui/status';
import { patch } from '../../router/search';
import { useOrganisations } from './admin.api';
import { messages } from './admin.messages';
import { ORGANISATION_KINDS, type Organisation } from './admin.model';
import { OrganisationEditor, type Editing } from './organisation-editor';
import { KIND_LABEL } from './organisation-kinds';
import './admin.css';
import { TableWrap } from '../../ui/table-wrap';

/** The form is open for a new organisation, or for one being edited. */
/** /admin/organisations — the organisations of applicants and evaluators, kept by administrators and the coordinator. */
export function OrganisationsPage() {
  const t = useT(messages);
  const { hasRole } = useSession();
  const allowed = hasRole('admin', 'coordinator');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // The form that had the focus is gone once saved: the focus goes to what happened.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  return (
    <Page
      title={t('organisationsTitle')}
      actions={
        allowed ? (
          <button
            type="button"
            className="primary"
            onClick={() => {
              setNotice(null);
              setEditing({ mode: 'new' });
            }}
            disabled={editing?.mode === 'new'}
          >
            {t('newOrganisation')}
          </button>
        ) : undefined
      }
    >
      {!allowed ? (
        <p className="notice">{t('organisationsNotAllowed')}</p>
      ) : (
        <>
          <p className="muted">{t('organisationsIntro')}</p>
          {notice ? (
            <p ref={noticeRef} className="success" role="status" tabIndex={-1}>
              {notice}
            </p>
          ) : null}
          {editing ? (
            <OrganisationEditor
              key={editing.mode === 'edit' ? editing.organisation.id : 'new'}
              editing={editing}
              onDone={(saved) => {
                setEditing(null);
                if (saved) setNotice(t(editing.mode === 'new' ? 'organisationCreated' : 'organisationSaved', { name: saved.name }));
              }}
            />
          ) : null}
          <OrganisationList
            onEdit={(organisation) => {
              setNotice(null);
              setEditing({ mode: 'edit', organisation });
            }}
          />
        </>
      )}
    </Page>
  );
}

const route = getRouteApi('/admin/organisations');

function OrganisationList({ onEdit }: { onEdit: (organisation: Organisation) => void }) {
  const t = useT(messages);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const q = search.q ?? '';
  const kind = ORGANISATION_KINDS.find((one) => one === search.kind) ?? '';
  const [typed, setTyped] = useState(q);
  const list = useOrganisations(q);
  const items = (list.data?.items ?? []).filter((one) => !kind || one.kind === kind);

  const setFilter = (changes: { q?: string | null; kind?: string | null }) => void navigate({ to: '.', search: patch(changes), replace: true });
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ q: typed.trim() || null });
  };

  return (
    <>
      <form className="filters" role="search" aria-label={t('search')} onSubmit={submitSearch}>
        <div className="admin-search">
          <label htmlFor="organisations-q">{t('organisationSearch')}</label>
          <div className="admin-search-row">
            <input id="organisations-q" type="search" value={typed} onChange={(event) => setTyped(event.target.value)} maxLength={100} />
            <button type="submit">{t('searchButton')}</button>
          </div>
        </div>
        <div>
          <label htmlFor="organisations-kind">{t('kind')}</label>
          <select id="organisations-kind" value={kind} onChange={(event) => setFilter({ kind: event.target.value || null })}>
            <option value="">{t('all')}</option>
            {ORGANISATION_KINDS.map((one) => (
              <option key={one} value={one}>
                {t(KIND_LABEL[one])}
              </option>
            ))}
          </select>
        </div>
      </form>
      {list.error ? (
        <ErrorMessage error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <Empty>{t('noOrganisations')}</Empty>
      ) : (
        <TableWrap label={t('organisationsTable')}>
          <table className="admin-table">
            <caption className="visually-hidden">{t('organisationsTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('nameEn')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('uscc')}</th>
                <th scope="col">{t('aliases')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((organisation) => (
                <tr key={organisation.id}>
                  <td data-label={t('name')}>{organisation.name}</td>
                  <td data-label={t('nameEn')} lang="en">
                    {organisation.nameEn || '—'}
                  </td>
                  <td data-label={t('kind')}>{t(KIND_LABEL[organisation.kind])}</td>
                  <td data-label={t('uscc')}>{organisation.uscc ? <code>{organisation.uscc}</code> : '—'}</td>
                  <td data-label={t('aliases')}>{organisation.aliases.join('、') || '—'}</td>
                  <td>
                    <button type="button" onClick={() => onEdit(organisation)} aria-label={t('editOrganisation', { name: organisation.name })}>
                      {t('edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
