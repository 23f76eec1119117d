import { keepPreviousData, QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FetchResponse, MaybeOptionalInit } from 'openapi-fetch';
import type { PathsWithMethod } from 'openapi-typescript-helpers';
import { answer, ApiError, http } from './client';
import type { paths } from './schema.gen';

/** A path the API answers GET on, its request (path and query parameters) and its answer. */
export type GetPath = PathsWithMethod<paths, 'get'>;
export type GetRequest<P extends GetPath> = MaybeOptionalInit<paths[P], 'get'>;
export type GetAnswer<P extends GetPath> = NonNullable<FetchResponse<paths[P]['get'], GetRequest<P>, 'application/json'>['data']>;

/** The console's one cache of server data: refused requests are shown at once, not retried; a window's focus does not reload. */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 }, mutations: { retry: false } } });
}

export interface Loaded<T> {
  /** The latest answer; kept while a newer request (other filters, a reload) is on its way. */
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Loads again (after a change the page made). */
  reload: () => void;
}

/** A query's state as the pages show it: the answer, the refusal, whether one is on its way, and reload. */
function loadedOf<T>(query: { data: T | undefined; error: ApiError | null; isPending: boolean; isFetching: boolean; refetch: () => unknown }, enabled: boolean): Loaded<T> {
  return { data: query.data, error: query.error ?? undefined, loading: enabled && (query.isPending || query.isFetching), reload: () => void query.refetch() };
}

/**
 * GET `path` (null: nothing to load yet) through the query cache, typed by the API document; `pollMs` reloads it on a
 * timer, `refetchOnFocus` when the window regains the focus.
 */
export function useApiQuery<P extends GetPath>(path: P | null, request?: GetRequest<P>, options: { pollMs?: number; refetchOnFocus?: boolean } = {}): Loaded<GetAnswer<P>> {
  const enabled = path !== null;
  const query = useQuery<GetAnswer<P>, ApiError>({
    queryKey: [path, request ?? {}],
    queryFn: ({ signal }) => answer(http.GET(path as P, { ...(request ?? {}), signal } as never)) as Promise<GetAnswer<P>>,
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: options.pollMs,
    ...(options.refetchOnFocus ? { refetchOnWindowFocus: true } : {}),
  });
  return loadedOf(query, enabled);
}

/** Any other server read through the query cache (several requests combined): `key` names all `load` depends on. */
export function useLoadQuery<T>(key: readonly unknown[] | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const enabled = key !== null;
  const query = useQuery<T, ApiError>({ queryKey: key ?? ['disabled'], queryFn: ({ signal }) => load(signal), enabled, placeholderData: keepPreviousData });
  return loadedOf(query, enabled);
}

/** After a change: every cached read is stale; those on screen load again. */
export function useInvalidateAll(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}
