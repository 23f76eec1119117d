import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLabel, useT } from '../../i18n/i18n';
import { patch } from '../../router/search';
import { Page } from '../../ui/page';
import { Loadable } from '../../ui/status';
import { ConsortiumCard } from './consortium-card';
import { ConsortiumForm } from './consortium-form';
import { messages } from './consortia.messages';
import './consortia.css';

const route = getRouteApi('/consortia');

/**
 * /consortia — 场景创新联合体: the consortia the caller reads (an applicant: those its organisation belongs to; the
 * coordinator and admins: all), searched by name or member organisation; an applicant creates one led by its own
 * organisation, and the lead's applicants add and remove members.
 */
export function ConsortiaPage() {
  const t = useT(messages);
  const label = useLabel();
  const { user, hasRole } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [q, setQ] = useState(search.q ?? '');
  const [done, setDone] = useState<string | null>(null);
  const list = useApiQuery('/api/workflow/consortia', { params: { query: { q: search.q || undefined, limit: 100 } } });
  const changed = (message: string) => {
    setDone(message);
    list.reload();
  };

  return (
    <Page title={t('title')}>
      <p className="muted">{t('intro')}</p>
      {done ? (
        <p role="status" className="notice">
          {done}
        </p>
      ) : null}
      <form
        className="filters consortia-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate({ to: '.', search: patch({ q: q.trim() }), replace: true });
        }}
      >
        <label htmlFor="consortia-q">{t('search')}</label>
        <input id="consortia-q" type="search" value={q} onChange={(event) => setQ(event.target.value)} />
        <button type="submit">{t('searchButton')}</button>
      </form>
      <Loadable state={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="empty">{t('none')}</p>
          ) : (
            <ul className="consortia-list">
              {data.items.map((consortium) => (
                <li key={consortium.id}>
                  <ConsortiumCard consortium={consortium} onChanged={() => changed(t('changed'))} />
                </li>
              ))}
            </ul>
          )
        }
      </Loadable>
      {hasRole('applicant') ? (
        user?.organisation ? (
          <ConsortiumForm organisation={user.organisation} onCreated={(created) => changed(t('created', { name: label(created.name) }))} />
        ) : (
          <p className="notice">{t('noOrganisation')}</p>
        )
      ) : null}
    </Page>
  );
}
