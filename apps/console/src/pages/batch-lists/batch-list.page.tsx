import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState, type FormEvent } from 'react';
import { answer, asApiError, http, type ApiError, type Schema } from '../../api/client';
import { flattenStates, useStageLabels, useStatechart } from '../../api/statechart';
import { allDomains, useTaxonomy } from '../../api/taxonomy';
import { useAllPages } from '../../api/all-pages';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { Empty, ErrorMessage, Loadable, Loading } from '../../ui/status';
import {
  downloadExport,
  EXPORT_FORMATS,
  fieldErrors,
  formatDateTime,
  type BatchListDetail,
  type BatchListItem,
  type ExportFormat,
  type FieldChange,
} from './batch-list.model';
import { messages } from './batch-lists.messages';
import { StatusBadge } from './status-badge';
import './batch-lists.css';

/** `/batch-lists/:id`: one list — its scenarios, drafting, publication, revisions, differences and exports. */
const route = getRouteApi('/batch-lists/$id');

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

/** Entries a revision added (`ins`) or removed (`del`), by position and name. */
function DiffEntries({ entries, Mark, nameOf }: { entries: BatchListItem[]; Mark: 'ins' | 'del'; nameOf: (item: BatchListItem) => string }) {
  return (
    <ul>
      {entries.map((item) => (
        <li key={item.scenarioId}>
          <Mark>
            {item.position}. {nameOf(item)}
          </Mark>
        </li>
      ))}
    </ul>
  );
}

function useScenarioName(): (item: Pick<BatchListItem, 'snapshot' | 'scenarioId'>) => string {
  const t = useT(messages);
  const { language } = useLanguage();
  return (item) => (item.snapshot ? (language === 'en' && item.snapshot.title.en ? item.snapshot.title.en : item.snapshot.title.zh) : `${t('unknownScenario')} ${item.scenarioId}`);
}

function EntriesTable({ list, editable, onRemoved, onError }: { list: BatchListDetail; editable: boolean; onRemoved: (name: string) => void; onError: (error: ApiError) => void }) {
  const t = useT(messages);
  const label = useLabel();
  const stages = useStageLabels('scenario-lifecycle');
  const nameOf = useScenarioName();
  const [busy, setBusy] = useState<string | null>(null);

  async function remove(item: BatchListItem) {
    setBusy(item.scenarioId);
    try {
      await answer(http.DELETE('/api/batch-lists/{id}/items/{scenarioId}', { params: { path: { id: list.id, scenarioId: item.scenarioId } } }));
      onRemoved(nameOf(item));
    } catch (caught) {
      onError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  }

  if (list.items.length === 0) return <Empty>{t('noEntries')}</Empty>;
  return (
    <div className="table-wrap">
      <table className="bl-table">
        <caption className="bl-hidden">{t('entriesTable')}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('position')}
            </th>
            <th scope="col">{t('scenario')}</th>
            <th scope="col">{t('domain')}</th>
            <th scope="col">{t('ownerUnit')}</th>
            <th scope="col">{t('district')}</th>
            <th scope="col">{t('stage')}</th>
            <th scope="col">{t('category')}</th>
            <th scope="col">{t('note')}</th>
            {editable ? <th scope="col">{t('actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {list.items.map((item) => {
            const snapshot = item.snapshot;
            const name = nameOf(item);
            return (
              <tr key={item.scenarioId}>
                <td className="number">{item.position}</td>
                <th scope="row">
                  <Link to="/scenarios/$id" params={{ id: item.scenarioId }}>{name}</Link>
                </th>
                <td>{snapshot ? label(snapshot.domainName, snapshot.domainCode) : '—'}</td>
                <td>{snapshot?.ownerUnit ?? '—'}</td>
                <td>{snapshot?.district ?? '—'}</td>
                <td>{snapshot?.stage ? label(stages.get(snapshot.stage), snapshot.stage) : '—'}</td>
                <td>{item.category ?? '—'}</td>
                <td>{item.note ?? '—'}</td>
                {editable ? (
                  <td>
                    <button type="button" className="link" aria-label={t('removeScenario', { name })} disabled={busy !== null} onClick={() => void remove(item)}>
                      {t('remove')}
                    </button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

type SearchHit = Schema<'SearchHit'>;

/** The stage a scenario joins a list from (认定通过，待入清单): what the search shows first. */
const AWAITING_LISTING = 'recognition.recognized';

/** Registered scenarios found by text and stage; only recognised ones may be listed (the API refuses others with 409). */
function AddScenario({ list, onAdded }: { list: BatchListDetail; onAdded: (name: string) => void }) {
  const t = useT(messages);
  const label = useLabel();
  const { language } = useLanguage();
  const chart = useStatechart('scenario-lifecycle');
  const stages = useStageLabels('scenario-lifecycle');
  const taxonomy = useTaxonomy();
  const domainNames = useMemo(() => new Map((taxonomy.data ? allDomains(taxonomy.data) : []).map((d) => [d.code, { zh: d.zhName, en: d.enName }])), [taxonomy.data]);
  const [q, setQ] = useState('');
  const [stage, setStage] = useState(AWAITING_LISTING);
  const [query, setQuery] = useState<{ q?: string; stage?: string }>({ stage: AWAITING_LISTING });
  const [category, setCategory] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const results = useApiQuery('/api/search/scenarios', { params: { query: { ...query, limit: 50 } } });
  const inList = new Set(list.items.map((item) => item.scenarioId));
  const fields = fieldErrors(error);

  function search(event: FormEvent) {
    event.preventDefault();
    setQuery({ q: q.trim() || undefined, stage: stage || undefined });
  }

  async function add(hit: SearchHit) {
    const name = language === 'en' && hit.title.en ? hit.title.en : hit.title.zh;
    setBusy(hit.id);
    setError(null);
    try {
      await answer(
        http.POST('/api/batch-lists/{id}/items', {
          params: { path: { id: list.id } },
          body: { scenarioId: hit.id, ...(category.trim() ? { category } : {}), ...(note.trim() ? { note } : {}) },
        }),
      );
      setCategory('');
      setNote('');
      onAdded(name);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card bl-section" aria-labelledby="bl-add">
      <h2 id="bl-add" className="bl-subtitle">
        {t('addScenario')}
      </h2>
      <form className="bl-search" onSubmit={search}>
        <div>
          <label htmlFor="bl-q">{t('searchScenarios')}</label>
          <input id="bl-q" type="search" value={q} onChange={(event) => setQ(event.target.value)} />
        </div>
        <div>
          <label htmlFor="bl-stage">{t('searchStage')}</label>
          <select id="bl-stage" value={stage} onChange={(event) => setStage(event.target.value)}>
            <option value="">{t('anyStage')}</option>
            {(chart.data ? flattenStates(chart.data.root) : []).map((node) => (
              <option key={node.path} value={node.path}>
                {label(node.label, node.key)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('search')}</button>
      </form>
      <p className="muted small">{t('onlyRecognised')}</p>
      <div className="bl-form-grid">
        <div>
          <label htmlFor="bl-category">{t('categoryOptional')}</label>
          <input id="bl-category" value={category} onChange={(event) => setCategory(event.target.value)} aria-describedby={fields.category ? 'bl-category-error' : undefined} />
          {fields.category ? (
            <p id="bl-category-error" className="field-error">
              {fields.category}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="bl-note">{t('noteOptional')}</label>
          <input id="bl-note" value={note} onChange={(event) => setNote(event.target.value)} aria-describedby={fields.note ? 'bl-note-error' : undefined} />
          {fields.note ? (
            <p id="bl-note-error" className="field-error">
              {fields.note}
            </p>
          ) : null}
        </div>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <h3>{t('searchResults')}</h3>
      {results.loading && !results.data ? <Loading /> : null}
      {results.error ? <ErrorMessage error={results.error} onRetry={results.reload} /> : null}
      {results.data ? (
        results.data.items.length === 0 ? (
          <Empty>{t('noResults')}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="bl-table">
              <caption className="bl-hidden">{t('searchResults')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('scenario')}</th>
                  <th scope="col">{t('domain')}</th>
                  <th scope="col">{t('ownerUnit')}</th>
                  <th scope="col">{t('stage')}</th>
                  <th scope="col">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {results.data.items.map((hit) => {
                  const name = language === 'en' && hit.title.en ? hit.title.en : hit.title.zh;
                  return (
                    <tr key={hit.id}>
                      <th scope="row">{name}</th>
                      <td>{label(domainNames.get(hit.domainCode), hit.domainCode)}</td>
                      <td>{hit.ownerUnit}</td>
                      <td>{hit.stage ? label(stages.get(hit.stage), hit.stage) : '—'}</td>
                      <td>
                        {inList.has(hit.id) ? (
                          <span className="muted small">{t('alreadyInList')}</span>
                        ) : (
                          <button type="button" aria-label={t('addNamed', { name })} disabled={busy !== null} onClick={() => void add(hit)}>
                            {t('add')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}

type Confirming = 'publish' | 'discard' | 'revise' | null;

/** Publish (with a confirmation step), delete a draft, or start a correction of the revision in force. */
function ManagerActions({ list, onDone, onError }: { list: BatchListDetail; onDone: (message: string) => void; onError: (error: ApiError) => void }) {
  const navigate = useNavigate();
  const t = useT(messages);
  const all = useT(common);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (caught) {
      onError(asApiError(caught));
      setConfirming(null);
    } finally {
      setBusy(false);
    }
  }

  const publish = () =>
    run(async () => {
      await answer(http.POST('/api/batch-lists/{id}/publish', { params: { path: { id: list.id } }, body: { expectedVersion: list.version } }));
      setConfirming(null);
      onDone(t('published'));
    });
  const discard = () =>
    run(async () => {
      await answer(http.DELETE('/api/batch-lists/{id}', { params: { path: { id: list.id } } }));
      void navigate({ to: '/batch-lists' });
    });
  const revise = () =>
    run(async () => {
      try {
        const draft = await answer(http.POST('/api/batch-lists/{id}/revisions', { params: { path: { id: list.id } }, body: reason.trim() ? { reason } : {} }));
        void navigate({ to: '/batch-lists/$id', params: { id: draft.id } });
      } catch (caught) {
        setReasonError(fieldErrors(caught).reason ?? null);
        throw caught;
      }
    });

  if (list.status === 'superseded') return null;
  return (
    <section className="bl-section" aria-label={t('actions')}>
      <div className="bl-buttons">
        {list.status === 'draft' ? (
          <>
            <button type="button" className="primary" disabled={busy || confirming !== null} onClick={() => setConfirming('publish')}>
              {t('publish')}
            </button>
            <button type="button" disabled={busy || confirming !== null} onClick={() => setConfirming('discard')}>
              {t('discard')}
            </button>
          </>
        ) : (
          <button type="button" disabled={busy || confirming !== null} onClick={() => setConfirming('revise')}>
            {t('revise')}
          </button>
        )}
      </div>
      {confirming === 'publish' ? (
        <ConfirmPanel
          id="bl-confirm-title"
          title={t('publishConfirmTitle')}
          text={t('publishConfirmText', { number: list.number, n: list.revision, count: list.items.length })}
          confirm={t('confirmPublish')}
          tone="primary"
          cancel={all('cancel')}
          busy={busy}
          onConfirm={() => void publish()}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
      {confirming === 'discard' ? (
        <ConfirmPanel
          id="bl-discard-title"
          title={t('discard')}
          text={t('discardConfirm')}
          confirm={t('confirmDiscard')}
          tone="danger"
          cancel={all('cancel')}
          busy={busy}
          onConfirm={() => void discard()}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
      {confirming === 'revise' ? (
        <form
          className="card bl-confirm"
          aria-labelledby="bl-revise-title"
          onSubmit={(event) => {
            event.preventDefault();
            void revise();
          }}
        >
          <h3 id="bl-revise-title">{t('revise')}</h3>
          <label htmlFor="bl-reason">{t('reviseReason')}</label>
          <textarea id="bl-reason" value={reason} onChange={(event) => setReason(event.target.value)} aria-describedby={reasonError ? 'bl-reason-error' : undefined} />
          {reasonError ? (
            <p id="bl-reason-error" className="field-error">
              {reasonError}
            </p>
          ) : null}
          <div className="bl-buttons">
            <button type="submit" className="primary" disabled={busy}>
              {t('reviseConfirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
              {all('cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function Exports({ list }: { list: BatchListDetail }) {
  const t = useT(messages);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function download(format: ExportFormat) {
    setBusy(format);
    setError(null);
    try {
      await downloadExport(list, format);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="bl-section" aria-labelledby="bl-exports">
      <h2 id="bl-exports">{t('exportHeading')}</h2>
      <div className="bl-exports">
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" disabled={busy !== null} onClick={() => void download(format)}>
            {busy === format ? t('exporting') : t('exportAs', { format: format.toUpperCase() })}
          </button>
        ))}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}

/** Every revision of the list's number, and what changed between this one and another. */
function Revisions({ list }: { list: BatchListDetail }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const revisions = useAllPages('/api/batch-lists/{id}/revisions', { params: { path: { id: list.id } } }, 10);
  const others = (revisions.data?.items ?? []).filter((r) => r.id !== list.id);
  const base = revisions.data?.items.find((r) => r.id === list.revisionOf);
  const [against, setAgainst] = useState<string>('');
  const chosen = against || base?.id || '';

  return (
    <section className="bl-section" aria-labelledby="bl-revisions">
      <h2 id="bl-revisions">{t('revisions')}</h2>
      <Loadable state={revisions}>
        {({ items }) => (
          <div className="table-wrap">
            <table className="bl-table">
              <caption className="bl-hidden">{t('revisionsTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('revision')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col" className="number">
                    {t('items')}
                  </th>
                  <th scope="col">{t('publishedAt')}</th>
                  <th scope="col">{t('revisionReason')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((revision) => (
                  <tr key={revision.id}>
                    <th scope="row">
                      {revision.id === list.id ? (
                        <span aria-current="page">
                          {t('revisionN', { n: revision.revision })} <span className="muted small">({t('current')})</span>
                        </span>
                      ) : (
                        <Link to="/batch-lists/$id" params={{ id: revision.id }}>{t('revisionN', { n: revision.revision })}</Link>
                      )}
                    </th>
                    <td>
                      <StatusBadge status={revision.status} />
                    </td>
                    <td className="number">{revision.itemCount}</td>
                    <td>{formatDateTime(revision.publishedAt, language)}</td>
                    <td>{revision.revisionReason ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loadable>
      {others.length > 0 ? (
        <div className="bl-section">
          <h3>{t('diff')}</h3>
          <div className="filters bl-filters">
            <div>
              <label htmlFor="bl-against">{t('compareWith')}</label>
              <select id="bl-against" value={chosen} onChange={(event) => setAgainst(event.target.value)}>
                {chosen ? null : <option value="">{t('chooseRevision')}</option>}
                {others.map((revision) => (
                  <option key={revision.id} value={revision.id}>
                    {t('revisionN', { n: revision.revision })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {chosen ? <DiffView list={list} against={chosen} /> : null}
        </div>
      ) : null}
    </section>
  );
}

function DiffView({ list, against }: { list: BatchListDetail; against: string }) {
  const t = useT(messages);
  const diff = useApiQuery('/api/batch-lists/{id}/diff', { params: { path: { id: list.id }, query: { against } } });
  const nameOf = useScenarioName();
  const current = new Map(list.items.map((item) => [item.scenarioId, item]));
  return (
    <Loadable state={diff}>
      {(d) => {
        const none = d.header.length + d.added.length + d.removed.length + d.changed.length === 0;
        return (
          <div className="bl-diff">
            <p>{t('diffSummary', { base: d.base.revision, ...d.summary })}</p>
            {none ? <Empty>{t('noDiff')}</Empty> : null}
            {d.header.length > 0 ? (
              <>
                <h4>{t('diffHeader')}</h4>
                <ChangeTable changes={d.header} />
              </>
            ) : null}
            {d.added.length > 0 ? (
              <>
                <h4>{t('diffAdded')}</h4>
                <DiffEntries entries={d.added} Mark="ins" nameOf={nameOf} />
              </>
            ) : null}
            {d.removed.length > 0 ? (
              <>
                <h4>{t('diffRemoved')}</h4>
                <DiffEntries entries={d.removed} Mark="del" nameOf={nameOf} />
              </>
            ) : null}
            {d.changed.length > 0 ? (
              <>
                <h4>{t('diffChanged')}</h4>
                {d.changed.map((item) => (
                  <div key={item.scenarioId}>
                    <p>
                      <Link to="/scenarios/$id" params={{ id: item.scenarioId }}>{nameOf(current.get(item.scenarioId) ?? { scenarioId: item.scenarioId, snapshot: null })}</Link> ({item.position.before} → {item.position.after})
                    </p>
                    <ChangeTable changes={item.changes} />
                  </div>
                ))}
              </>
            ) : null}
          </div>
        );
      }}
    </Loadable>
  );
}

function ChangeTable({ changes }: { changes: FieldChange[] }) {
  const t = useT(messages);
  const show = (value: FieldChange['before']) => (value === null ? '—' : String(value));
  return (
    <div className="table-wrap">
      <table className="bl-table">
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('before')}</th>
            <th scope="col">{t('after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">
                <code>{change.field}</code>
              </th>
              <td>
                <del>{show(change.before)}</del>
              </td>
              <td>
                <ins>{show(change.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ConfirmPanelProps {
  id: string;
  title: string;
  text: string;
  confirm: string;
  tone: 'primary' | 'danger';
  cancel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An inline confirmation step (publish, discard): what will happen, then confirm or cancel. */
function ConfirmPanel({ id, title, text, confirm, tone, cancel, busy, onConfirm, onCancel }: ConfirmPanelProps) {
  return (
    <div className="card bl-confirm" role="dialog" aria-modal="false" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p>{text}</p>
      <div className="bl-buttons">
        <button type="button" className={tone} disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {cancel}
        </button>
      </div>
    </div>
  );
}
