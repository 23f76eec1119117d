import { Link } from '@tanstack/react-router';
import { useMemo, useState, type FormEvent } from 'react';
import { answer, asApiError, http, type ApiError, type Schema } from '../../api/client';
import { flattenStates, useStageLabels, useStatechart } from '../../api/statechart';
import { allDomains, useTaxonomy } from '../../api/taxonomy';
import { useApiQuery } from '../../api/queries';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../../ui/status';
import { fieldErrors, type BatchListDetail, type BatchListItem } from './batch-list.model';
import { messages } from './batch-lists.messages';
import { TableWrap } from '../../ui/table-wrap';

export function useScenarioName(): (item: Pick<BatchListItem, 'snapshot' | 'scenarioId'>) => string {
  const t = useT(messages);
  const { language } = useLanguage();
  return (item) => (item.snapshot ? (language === 'en' && item.snapshot.title.en ? item.snapshot.title.en : item.snapshot.title.zh) : `${t('unknownScenario')} ${item.scenarioId}`);
}

export function EntriesTable({ list, editable, onRemoved, onError }: { list: BatchListDetail; editable: boolean; onRemoved: (name: string) => void; onError: (error: ApiError) => void }) {
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
    <TableWrap label={t('entriesTable')}>
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
    </TableWrap>
  );
}

type SearchHit = Schema<'SearchHit'>;

/** The stage a scenario joins a list from (认定通过，待入清单): what the search shows first. */
const AWAITING_LISTING = 'recognition.recognized';

/** Registered scenarios found by text and stage; only recognised ones may be listed (the API refuses others with 409). */
export function AddScenario({ list, onAdded }: { list: BatchListDetail; onAdded: (name: string) => void }) {
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
          <TableWrap label={t('searchResults')}>
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
          </TableWrap>
        )
      ) : null}
    </section>
  );
}
