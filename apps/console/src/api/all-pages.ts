import { api, type RequestOptions } from './client';
import { useLoad, type Loaded } from './use-api';

export interface AllPages<T> {
  items: T[];
  /** True when there were more than the pages loaded (pages say so). */
  truncated: boolean;
}

interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

const PAGE_SIZE = 200;

/** Every page of a keyset-paged list (`items`, `nextCursor`, `after`), up to `maxPages` × 200 rows. */
export async function fetchAllPages<T>(path: string, query: RequestOptions['query'], options: { maxPages: number; signal?: AbortSignal }): Promise<AllPages<T>> {
  const items: T[] = [];
  let after: string | null = null;
  for (let page = 0; page < options.maxPages; page++) {
    const answer: Paged<T> = await api<Paged<T>>(path, { query: { ...query, limit: PAGE_SIZE, after }, signal: options.signal });
    items.push(...answer.items);
    after = answer.nextCursor;
    if (!after) break;
  }
  return { items, truncated: after !== null };
}

/** `fetchAllPages` as page state (null path: nothing to load yet). */
export function useAllPages<T>(path: string | null, query: RequestOptions['query'], maxPages: number): Loaded<AllPages<T>> {
  const queryKey = JSON.stringify(query ?? {});
  return useLoad(path === null ? null : `${path}|${queryKey}`, (signal) => fetchAllPages<T>(path ?? '', JSON.parse(queryKey) as RequestOptions['query'], { maxPages, signal }));
}
