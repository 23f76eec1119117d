import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLanguage, useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { ErrorMessage, Loadable } from '../../ui/status';
import { formatDateTime, type BatchListDetail } from './batch-list.model';
import { messages } from './batch-lists.messages';
import { StatusBadge } from './status-badge';
import { Exports, ManagerActions } from './batch-list-actions';
import { AddScenario, EntriesTable } from './batch-list-entries';
import { Revisions } from './batch-list-revisions';
import './batch-lists.css';

const route = getRouteApi('/batch-lists/$id');

/** `/batch-lists/:id`: one list — its scenarios, drafting, publication, revisions, differences and exports. */
export function BatchListPage() {
  const params = route.useParams();
  const t = useT(messages);
  const state = useApiQuery('/api/batch-lists/{id}', { params: { path: { id: params.id } } });
  return (
    <Page title={state.data ? `${t('title')} · ${state.data.number}` : t('title')} actions={<Link to="/batch-lists">{t('back')}</Link>}>
      <Loadable state={state}>{(list) => <BatchListView key={list.id} list={list} reload={state.reload} />}</Loadable>
    </Page>
  );
}

function BatchListView({ list, reload }: { list: BatchListDetail; reload: () => void }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const { hasRole } = useSession();
  const manager = hasRole('coordinator', 'admin');
  const editable = manager && list.status === 'draft';
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const done = (message: string) => {
    setError(null);
    setNotice(message);
    reload();
  };

  return (
    <>
      <section className="card" aria-labelledby="bl-header">
        <h2 id="bl-header" className="bl-subtitle">
          {language === 'en' && list.title.en ? list.title.en : list.title.zh}
        </h2>
        {language === 'zh' && list.title.en ? <p className="muted small">{list.title.en}</p> : null}
        <dl className="bl-meta">
          <div>
            <dt>{t('number')}</dt>
            <dd>{list.number}</dd>
          </div>
          <div>
            <dt>{t('status')}</dt>
            <dd>
              <StatusBadge status={list.status} /> {t('revisionN', { n: list.revision })}
            </dd>
          </div>
          <div>
            <dt>{t('issuingUnit')}</dt>
            <dd>{list.issuingUnit}</dd>
          </div>
          <div>
            <dt>{t('issueDate')}</dt>
            <dd>{list.issueDate}</dd>
          </div>
          <div>
            <dt>{t('year')}</dt>
            <dd>{list.year}</dd>
          </div>
          <div>
            <dt>{list.publishedAt ? t('publishedAt') : t('updatedAt')}</dt>
            <dd>{formatDateTime(list.publishedAt ?? list.updatedAt, language)}</dd>
          </div>
          {list.revisionReason ? (
            <div>
              <dt>{t('revisionReason')}</dt>
              <dd>{list.revisionReason}</dd>
            </div>
          ) : null}
        </dl>
        {list.supersededBy ? (
          <p className="notice small">
            {t('supersededBy')} · <Link to="/batch-lists/$id" params={{ id: list.supersededBy }}>{t('openCurrent')}</Link>
          </p>
        ) : null}
      </section>

      <div aria-live="polite">
        {notice ? <p className="success">{notice}</p> : null}
        {error ? <ErrorMessage error={error} /> : null}
      </div>

      {manager ? (
        <ManagerActions
          list={list}
          onDone={done}
          onError={(e) => {
            setNotice(null);
            setError(e);
          }}
        />
      ) : null}

      <Exports list={list} />

      <section className="bl-section" aria-labelledby="bl-entries">
        <h2 id="bl-entries">
          {t('entries')} ({list.items.length})
        </h2>
        <p className="muted small">{list.snapshots === 'preview' ? t('previewNotice') : t('capturedNotice')}</p>
        <EntriesTable list={list} editable={editable} onRemoved={(name) => done(t('removed', { name }))} onError={setError} />
      </section>

      {editable ? <AddScenario list={list} onAdded={(name) => done(t('added', { name }))} /> : null}

      <Revisions key={`${list.status}-${list.version}`} list={list} />
    </>
  );
}
