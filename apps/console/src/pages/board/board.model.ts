import { useCallback, useState } from 'react';
import type { paths } from '../../api/schema.gen';
import type { StatechartNode } from '../../api/statechart';
import type { StringSearch } from '../../router/search';
import type { messages } from './board.messages';
import { topStageOf, type ScenarioSummary } from './scenarios';

/** The facets of the board's URL, as before: each one a parameter of the search API. */
export const FILTERS = ['aspect', 'domain', 'unit', 'district', 'tier', 'joint', 'procurementMethod', 'firstSet'] as const;
export type Filter = (typeof FILTERS)[number];
/** Every key the board keeps in its URL (`/` route's search). */
export const BOARD_KEYS = [...FILTERS, 'q', 'sort', 'mine', 'action'] as const;
export type BoardSearch = StringSearch<(typeof BOARD_KEYS)[number]>;

/** Cards per column and per "more". */
export const PAGE_SIZE = 20;
/** The key of the column of scenarios the workflow has not started yet (stage null). */
export const AWAITING = 'awaiting';

export type SearchQuery = NonNullable<paths['/api/search/scenarios']['get']['parameters']['query']>;
export type CountsQuery = NonNullable<paths['/api/search/scenarios/stage-counts']['get']['parameters']['query']>;

/**
 * What the search API is asked for the board's URL: the facets, the text, the order, "mine" (the signed-in user's unit,
 * else their district) and "needs my action" (the scenarios on their task list; `actionIds` null while it loads).
 * Null: nothing can match (no task waits on them), so nothing is asked.
 */
export function boardQuery(search: BoardSearch, user: { unit: string | null; district?: string | null }, actionIds: string[] | null): CountsQuery | null {
  const query: CountsQuery = {};
  for (const name of ['aspect', 'domain', 'unit', 'district'] as const) if (search[name]) query[name] = search[name];
  if (search.tier) query.tier = search.tier as CountsQuery['tier'];
  if (search.joint === 'true' || search.joint === 'false') query.joint = search.joint;
  if (search.procurementMethod) query.procurementMethod = search.procurementMethod as CountsQuery['procurementMethod'];
  if (search.firstSet === 'true' || search.firstSet === 'false') query.firstSet = search.firstSet;
  if (search.q?.trim()) query.q = search.q.trim();
  if (search.mine) {
    if (user.unit) query.unit = user.unit;
    else if (user.district) query.district = user.district;
  }
  if (search.action) {
    if (!actionIds || actionIds.length === 0) return null;
    query.ids = actionIds.join(',');
  }
  return query;
}

export function isFiltered(search: BoardSearch): boolean {
  return FILTERS.some((name) => search[name]) || Boolean(search.q?.trim() || search.mine || search.action);
}

/** The search API's order for the URL's `sort`. */
export function sortOf(search: BoardSearch): NonNullable<SearchQuery['sort']> {
  return search.sort === 'oldest' ? 'oldest' : 'newest';
}

/** Counts by stage (from stage-counts) summed per top-level stage; stage null under AWAITING. */
export function countsByColumn(root: StatechartNode, byStage: ReadonlyArray<{ stage: string | null; count: number }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { stage, count } of byStage) {
    const key = stage ? (topStageOf(root, stage)?.path ?? AWAITING) : AWAITING;
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

const COLLAPSED_KEY = 'scq.board.collapsed';

function readCollapsed(): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(COLLAPSED_KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The columns the user collapsed, remembered in this browser (localStorage). */
export function useCollapsed(): [ReadonlySet<string>, (key: string) => void] {
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const toggle = useCallback((key: string) => {
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (!next.delete(key)) next.add(key);
      try {
        localStorage.setItem(COLLAPSED_KEY, JSON.stringify([...next]));
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      return next;
    });
  }, []);
  return [collapsed, toggle];
}

/** The messages naming each scenario tier. */
export const TIER_LABEL: Record<ScenarioSummary['tier'], keyof typeof messages.zh> = {
  'comprehensive-major': 'tierComprehensive',
  'industry-integrated': 'tierIndustry',
  'high-value-niche': 'tierNiche',
};
