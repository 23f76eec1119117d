import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useAllPages } from '../../api/all-pages';
import { useApiQuery } from '../../api/queries';
import { useLanguage, useT } from '../../i18n/i18n';
import { Empty, Loadable } from '../../ui/status';
import { formatDateTime, type BatchListDetail, type BatchListItem, type FieldChange } from './batch-list.model';
import { messages } from './batch-lists.messages';
import { StatusBadge } from './status-badge';
import { useScenarioName } from './batch-list-entries';
import { TableWrap } from '../../ui/table-wrap';

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

/** Every revision of the list's number, and what changed between this one and another. */
export function Revisions({ list }: { list: BatchListDetail }) {
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
          <TableWrap label={t('revisionsTable')}>
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
          </TableWrap>
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
                <ChangeTable changes={d.header} label={t('diffHeader')} />
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
                {d.changed.map((item) => {
                  const name = nameOf(current.get(item.scenarioId) ?? { scenarioId: item.scenarioId, snapshot: null });
                  return (
                    <div key={item.scenarioId}>
                      <p>
                        <Link to="/scenarios/$id" params={{ id: item.scenarioId }}>{name}</Link> ({item.position.before} → {item.position.after})
                      </p>
                      <ChangeTable changes={item.changes} label={name} />
                    </div>
                  );
                })}
              </>
            ) : null}
          </div>
        );
      }}
    </Loadable>
  );
}

function ChangeTable({ changes, label }: { changes: FieldChange[]; label: string }) {
  const t = useT(messages);
  const show = (value: FieldChange['before']) => (value === null ? '—' : String(value));
  return (
    <TableWrap label={label}>
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
    </TableWrap>
  );
}
