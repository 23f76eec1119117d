import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useApiQuery } from '../../api/queries';
import { flattenStates, useStatechart } from '../../api/statechart';
import { allDomains, useTaxonomy } from '../../api/taxonomy';
import { useSession, useUser } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useLabel, useT } from '../../i18n/i18n';
import { patch } from '../../router/search';
import { Page } from '../../ui/page';
import { Empty, ErrorMessage, Loading } from '../../ui/status';
import { BoardColumn } from './board-column';
import { BoardToolbar } from './board-toolbar';
import './board.css';
import { messages } from './board.messages';
import { BoardExport } from './board-export';
import { AWAITING, boardQuery, countsByColumn, isFiltered, sortOf, useCollapsed, type BoardSearch } from './board.model';

const route = getRouteApi('/');

/**
 * 场景看板: a column per top-level stage of the scenario lifecycle with its count (stage-counts), each column reading its
 * own cards a page at a time from the search API, with the same text, facets and order; stages without scenarios are
 * listed compactly below.
 */
export function BoardPage() {
  const t = useT(messages);
  const tc = useT(common);
  const label = useLabel();
  const { hasRole } = useSession();
  const user = useUser();
  const search: BoardSearch = route.useSearch();
  const navigate = route.useNavigate();
  const set = useCallback((changes: Partial<Record<keyof BoardSearch, string>>) => void navigate({ to: '.', search: patch(changes), replace: true }), [navigate]);
  const [collapsed, toggle] = useCollapsed();

  const taxonomy = useTaxonomy();
  const chart = useStatechart('scenario-lifecycle');
  // "Needs my action": the scenarios on the caller's task list.
  const tasks = useApiQuery(search.action ? '/api/tasks' : null, { params: { query: { kind: 'scenario', limit: 200 } } });
  const actionIds = useMemo(() => (tasks.data ? [...new Set(tasks.data.items.map((task) => task.subject.id))] : null), [tasks.data]);
  const query = boardQuery(search, user, actionIds);
  const waitingForTasks = Boolean(search.action) && !tasks.data;
  const filtered = isFiltered(search);
  const counts = useApiQuery(query && !waitingForTasks ? '/api/search/scenarios/stage-counts' : null, { params: { query: query ?? {} } });
  const all = useApiQuery(filtered ? '/api/search/scenarios/stage-counts' : null, { params: { query: {} } });

  const stageLabels = useMemo(() => new Map(chart.data ? flattenStates(chart.data.root).map((node) => [node.path, node.label ?? { zh: node.key, en: node.key }]) : []), [chart.data]);
  const domains = useMemo(() => new Map((taxonomy.data ? allDomains(taxonomy.data) : []).map((d) => [d.code, d])), [taxonomy.data]);
  const byColumn = useMemo(() => (chart.data ? countsByColumn(chart.data.root, counts.data?.byStage ?? []) : new Map<string, number>()), [chart.data, counts.data]);
  const columns = useMemo(() => {
    const stages = (chart.data?.root.children ?? []).filter((node) => node.type !== 'history').map((node) => ({ key: node.path, label: label(node.label, node.key) }));
    return [{ key: AWAITING, label: t('awaiting') }, ...stages].map((column) => ({ ...column, count: byColumn.get(column.key) ?? 0 }));
  }, [chart.data, byColumn, label, t]);

  const error = counts.error ?? chart.error ?? taxonomy.error ?? tasks.error ?? all.error;
  const nothing = query === null && !waitingForTasks;
  const ready = chart.data && taxonomy.data && (nothing || counts.data) && (!filtered || all.data);
  const total = (filtered ? all.data?.total : counts.data?.total) ?? 0;
  const shown = nothing ? 0 : (counts.data?.total ?? 0);
  const mineOf = user.unit ?? user.district ?? null;
  const domainName = (code: string) => {
    const domain = domains.get(code);
    return domain ? label({ zh: domain.zhName, en: domain.enName }) : code;
  };
  const stageName = (stage: string) => label(stageLabels.get(stage), stage);

  return (
    <Page
      title={tc('navBoard')}
      actions={
        <>
          {/* Officers register for their own unit, the coordinator and administrators for any unit (the server decides). */}
          {hasRole('officer', 'coordinator', 'admin') ? (
            <>
              <Link to="/scenarios/new" className="button primary">
                {t('register')}
              </Link>
              <Link to="/scenarios/import" className="button">
                {t('import')}
              </Link>
            </>
          ) : null}
          <BoardExport query={waitingForTasks ? null : query} />
        </>
      }
    >
      <BoardToolbar search={search} taxonomy={taxonomy.data} mineOf={mineOf} set={set} />
      {error ? <ErrorMessage error={error} onRetry={() => [counts, chart, taxonomy, tasks, all].forEach((s) => s.error && s.reload())} /> : null}
      {!ready ? (
        error ? null : <Loading />
      ) : (
        <>
          <p className="muted" role="status" aria-live="polite">
            {filtered ? t('filtered', { count: shown, total }) : t('total', { count: total })}
            {filter(search) ? <span className="small"> · {t('unitNote')}</span> : null}
          </p>
          {shown === 0 ? <Empty>{t('noScenarios')}</Empty> : null}
          <div className="board" role="region" aria-label={t('stagesLabel')}>
            {query && !nothing
              ? columns
                  .filter((column) => column.count > 0)
                  .map((column) => (
                    <BoardColumn
                      key={column.key}
                      stage={column.key}
                      label={column.label}
                      count={column.count}
                      query={query}
                      sort={sortOf(search)}
                      collapsed={collapsed.has(column.key)}
                      onToggle={() => toggle(column.key)}
                      domainName={domainName}
                      stageName={stageName}
                    />
                  ))
              : null}
          </div>
          {columns.some((c) => c.count === 0 && c.key !== AWAITING) ? (
            <section className="board-empty-stages" aria-labelledby="board-empty-stages">
              <h2 id="board-empty-stages" className="small">
                {t('emptyStages')}
              </h2>
              <ul>
                {columns
                  .filter((c) => c.count === 0 && c.key !== AWAITING)
                  .map((c) => (
                    <li key={c.key} data-stage={c.key}>
                      {c.label} <span className="muted">0</span>
                    </li>
                  ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </Page>
  );
}

/** The unit filter (chosen or "mine") is in force: say what it covers. */
function filter(search: BoardSearch): boolean {
  return Boolean(search.unit || search.mine);
}
