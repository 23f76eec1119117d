import { useState } from 'react';
import type { Schema } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useStageLabels } from '../../api/statechart';
import { useLabel, useT } from '../../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../../ui/status';
import { messages } from './opportunities.messages';
import { TableWrap } from '../../ui/table-wrap';

export type ScenarioHit = Pick<Schema<'SearchHit'>, 'id' | 'title' | 'ownerUnit' | 'stage'>;

/**
 * A scenario found by its name rather than typed as an id: a search (the caller's own unit's scenarios for an
 * officer), a table of hits with a button each, and the choice shown with a way back to the search.
 */
export function ScenarioPicker({ value, onChange, unit, error }: { value: ScenarioHit | null; onChange: (hit: ScenarioHit | null) => void; unit: string | null; error?: string }) {
  const t = useT(messages);
  const label = useLabel();
  const stages = useStageLabels('scenario-lifecycle');
  const [q, setQ] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const results = useApiQuery(query === null || value ? null : '/api/search/scenarios', { params: { query: { q: query || undefined, unit: unit ?? undefined, limit: 20 } } });
  const errorId = error ? 'op-scenario-error' : undefined;

  function search(event: { preventDefault: () => void }) {
    event.preventDefault();
    setQuery(q.trim());
  }

  return (
    <fieldset className="form-wide">
      <legend>
        {t('scenario')}
        <span className="form-required" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      {value ? (
        <div className="op-chosen">
          <strong data-testid="chosen-scenario">{t('chosen', { name: label(value.title) })}</strong>
          <span className="muted small">
            {value.ownerUnit} · {value.stage ? label(stages.get(value.stage), value.stage) : '—'}
          </span>
          <button type="button" className="link" onClick={() => onChange(null)}>
            {t('change')}
          </button>
        </div>
      ) : (
        <>
          {/* A form inside the form would submit the outer one: the search runs on Enter in its own input instead. */}
          <div className="op-row">
            <div>
              <label htmlFor="op-scenario-q">{t('scenarioSearch')}</label>
              <input
                id="op-scenario-q"
                type="search"
                value={q}
                onChange={(event) => setQ(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') search(event);
                }}
                aria-invalid={error ? true : undefined}
                aria-describedby={['op-scenario-help', errorId].filter(Boolean).join(' ')}
              />
            </div>
            <button type="button" onClick={search}>
              {t('searchButton')}
            </button>
          </div>
          <p id="op-scenario-help" className="muted small form-help">
            {t('pickHelp')}
          </p>
          {results.loading && !results.data ? <Loading /> : null}
          {results.error ? <ErrorMessage error={results.error} onRetry={results.reload} /> : null}
          {results.data && query !== null ? (
            results.data.items.length === 0 ? (
              <Empty>{t('noScenarios')}</Empty>
            ) : (
              <TableWrap label={t('scenarioResults')}>
                <table className="op-table">
                  <caption className="visually-hidden">{t('scenarioResults')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('scenario')}</th>
                      <th scope="col">{t('ownerUnit')}</th>
                      <th scope="col">{t('stage')}</th>
                      <th scope="col">{t('actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {results.data.items.map((hit) => (
                      <tr key={hit.id}>
                        <th scope="row">{label(hit.title)}</th>
                        <td>{hit.ownerUnit}</td>
                        <td>{hit.stage ? label(stages.get(hit.stage), hit.stage) : '—'}</td>
                        <td>
                          <button type="button" aria-label={t('chooseNamed', { name: label(hit.title) })} onClick={() => onChange(hit)}>
                            {t('choose')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )
          ) : null}
        </>
      )}
      {error ? (
        <p id="op-scenario-error" className="form-field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
