import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { answer, type ApiError, http } from './client';
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

/** One page of a keyset-paged list: the page after `after` (null: the first), `limit` rows when given. */
async function fetchPage<P extends PagedPath>(path: P, request: GetRequest<P>, after: string | null, signal: AbortSignal | undefined, limit?: number): Promise<GetAnswer<P>> {
  const { params } = (request ?? {}) as PageRequest;
  const query = { ...params?.query, ...(limit ? { limit } : {}), ...(after ? { after } : {}) };
  return (await answer(http.GET(path, { params: { ...params, query }, signal } as never))) as GetAnswer<P>;
}

/** Every page of a keyset-paged list, up to `maxPages` × 200 rows. */
export async function fetchAllPages<P extends PagedPath>(path: P, request: GetRequest<P>, options: { maxPages: number; signal?: AbortSignal }): Promise<AllPages<ItemOf<P>>> {
  const items: Array<ItemOf<P>> = [];
  let after: string | null = null;
  for (let page = 0; page < options.maxPages; page++) {
    const pageAnswer = (await fetchPage(path, request, after, options.signal, PAGE_SIZE)) as unknown as { items: Array<ItemOf<P>>; nextCursor: string | null };
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

/** The pages of a list read so far, and the next one on demand (a "more" button). */
export interface LoadedPages<Page> extends Loaded<Page[]> {
  hasMore: boolean;
  loadingMore: boolean;
  /** Why the last "more" failed (the pages already read stay). */
  moreError: ApiError | undefined;
  loadMore: () => void;
  /** From the first page again, forgetting the others (after a change to the whole list). */
  restart: () => void;
}

/** A keyset-paged list read page by page through the query cache (`useInfiniteQuery`). */
export function useApiPages<P extends PagedPath>(path: P, request: GetRequest<P>): LoadedPages<GetAnswer<P>> {
  const queries = useQueryClient();
  const queryKey = [path, request ?? {}, 'pages'];
  const query = useInfiniteQuery<GetAnswer<P>, ApiError, { pages: Array<GetAnswer<P>> }, unknown[], string | null>({
    queryKey,
    initialPageParam: null,
    queryFn: ({ pageParam, signal }) => fetchPage(path, request, pageParam, signal),
    getNextPageParam: (last) => (last as { nextCursor: string | null }).nextCursor ?? undefined,
  });
  const pages = query.data?.pages;
  return {
    data: pages,
    error: pages ? undefined : (query.error ?? undefined),
    loading: query.isPending,
    reload: () => void query.refetch(),
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    moreError: pages && query.isFetchNextPageError ? (query.error ?? undefined) : undefined,
    loadMore: () => void query.fetchNextPage(),
    restart: () => void queries.resetQueries({ queryKey }),
  };
}
