import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useLabel, useT } from '../../i18n/i18n';
import { ROLE_LABEL } from '../../layout/shell';
import { Page } from '../../ui/page';
import { Empty, ErrorMessage, Loading } from '../../ui/status';
import { patch } from '../../router/search';
import { useUserPages } from './admin.api';
import { messages } from './admin.messages';
import { ROLES, STATUSES, type DirectoryUser, type Role } from './admin.model';
import { StatusBadge } from './status-badge';
import './admin.css';
import { TableWrap } from '../../ui/table-wrap';

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | '' {
  return allowed.includes(value as T) ? (value as T) : '';
}

/** /admin/users — the directory's people, searched and filtered (kept in the URL), read a page at a time. */
export function UsersPage() {
  const t = useT(messages);
  const { hasRole } = useSession();
  return (
    <Page
      title={t('usersTitle')}
      actions={
        hasRole('admin') ? (
          <Link to="/admin/users/new" className="button primary">
            {t('newUser')}
          </Link>
        ) : undefined
      }
    >
      {hasRole('admin') ? <UserDirectory /> : <p className="notice">{t('usersNotAllowed')}</p>}
    </Page>
  );
}

const route = getRouteApi('/admin/users');

function UserDirectory() {
  const t = useT(messages);
  const tc = useT(common);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const q = search.q ?? '';
  const role = oneOf(search.role, ROLES);
  const status = oneOf(search.status, STATUSES);
  const [typed, setTyped] = useState(q);
  const pages = useUserPages({ q, role, status });

  const setFilter = (changes: { q?: string | null; role?: string | null; status?: string | null }) => void navigate({ to: '.', search: patch(changes), replace: true });
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ q: typed.trim() || null });
  };

  return (
    <>
      <p className="muted">{t('usersIntro')}</p>
      <form className="filters" role="search" aria-label={t('search')} onSubmit={submitSearch}>
        <div className="admin-search">
          <label htmlFor="users-q">{t('searchLabel')}</label>
          <div className="admin-search-row">
            <input id="users-q" type="search" value={typed} onChange={(event) => setTyped(event.target.value)} maxLength={100} />
            <button type="submit">{t('searchButton')}</button>
          </div>
        </div>
        <div>
          <label htmlFor="users-role">{t('role')}</label>
          <select id="users-role" value={role} onChange={(event) => setFilter({ role: event.target.value || null })}>
            <option value="">{t('all')}</option>
            {ROLES.map((one) => (
              <option key={one} value={one}>
                {tc(ROLE_LABEL[one])}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="users-status">{t('status')}</label>
          <select id="users-status" value={status} onChange={(event) => setFilter({ status: event.target.value || null })}>
            <option value="">{t('all')}</option>
            {STATUSES.map((one) => (
              <option key={one} value={one}>
                {t(one === 'active' ? 'statusActive' : 'statusDisabled')}
              </option>
            ))}
          </select>
        </div>
      </form>
      {pages.error ? <ErrorMessage error={pages.error} /> : !pages.loaded ? <Loading /> : pages.users.length === 0 ? <Empty>{t('noUsers')}</Empty> : <UserTable users={pages.users} />}
      {pages.moreError ? <ErrorMessage error={pages.moreError} /> : null}
      {pages.loaded && pages.users.length > 0 ? (
        <p className="admin-more">
          <span className="muted small" role="status">
            {t('shownCount', { count: pages.users.length })}
          </span>
          {pages.hasMore ? (
            <button type="button" onClick={pages.loadMore} disabled={pages.loadingMore}>
              {t('loadMore')}
            </button>
          ) : null}
        </p>
      ) : null}
    </>
  );
}

/** Status and roles by the words of both languages; the console's labels, not the server's codes. */
function UserTable({ users }: { users: DirectoryUser[] }) {
  const t = useT(messages);
  const tc = useT(common);
  const label = useLabel();
  const roleNames = (roles: Role[]) => roles.map((role) => tc(ROLE_LABEL[role])).join('、');
  return (
    <TableWrap label={t('usersTable')}>
      <table className="admin-table">
        <caption className="visually-hidden">{t('usersTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('username')}</th>
            <th scope="col">{t('displayName')}</th>
            <th scope="col">{t('roles')}</th>
            <th scope="col">{t('unitOrDistrict')}</th>
            <th scope="col">{t('organisation')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('mustChange')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.status === 'disabled' ? 'admin-disabled-row' : undefined}>
              <td data-label={t('username')}>
                <Link to="/admin/users/$id" params={{ id: user.id }}>{user.username}</Link>
              </td>
              <td data-label={t('displayName')}>{label(user.displayName)}</td>
              <td data-label={t('roles')}>{roleNames(user.roles)}</td>
              <td data-label={t('unitOrDistrict')}>{[user.unit, user.district].filter(Boolean).join(' / ') || '—'}</td>
              <td data-label={t('organisation')}>{user.organisation?.name ?? '—'}</td>
              <td data-label={t('status')}>
                <StatusBadge status={user.status} />
              </td>
              <td data-label={t('mustChange')}>{user.passwordMustChange ? t('mustChangeYes') : t('mustChangeNo')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
