import { answer, http } from './client';
import { useLoadQuery, type GetAnswer, type GetPath, type GetRequest, type Loaded } from './queries';

/** A keyset-paged list: `items` and the `nextCursor` to pass back as `after`. */
type PagedPath = { [P in GetPath]: GetAnswer<P> extends { items: unknown[]; nextCursor: string | null } ? P : never }[GetPath];
export type ItemOf<P extends PagedPath> = GetAnswer<P> extends { items: Array<infer Item> } ? Item : never;

export interface AllPages<T> {
  items: T[];
  /** True when there were more than the pages loaded (pages say so). */
  truncated: boolean;
}

const PAGE_SIZE = 200;

type PageRequest = { params?: { path?: Record<string, unknown>; query?: Record<string, unknown> } };

/** Every page of a keyset-paged list, up to `maxPages` × 200 rows. */
export async function fetchAllPages<P extends PagedPath>(path: P, request: GetRequest<P>, options: { maxPages: number; signal?: AbortSignal }): Promise<AllPages<ItemOf<P>>> {
  const items: Array<ItemOf<P>> = [];
  const { params } = (request ?? {}) as PageRequest;
  let after: string | null = null;
  for (let page = 0; page < options.maxPages; page++) {
    const query = { ...params?.query, limit: PAGE_SIZE, ...(after ? { after } : {}) };
    const pageAnswer = (await answer(http.GET(path, { params: { ...params, query }, signal: options.signal } as never))) as { items: Array<ItemOf<P>>; nextCursor: string | null };
    items.push(...pageAnswer.items);
    after = pageAnswer.nextCursor;
    if (!after) break;
  }
  return { items, truncated: after !== null };
}

/** `fetchAllPages` through the query cache (null path: nothing to load yet). */
export function useAllPages<P extends PagedPath>(path: P | null, request: GetRequest<P>, maxPages: number): Loaded<AllPages<ItemOf<P>>> {
  return useLoadQuery(path === null ? null : [path, request ?? {}, 'all-pages', maxPages], (signal) => fetchAllPages(path as P, request, { maxPages, signal }));
}
