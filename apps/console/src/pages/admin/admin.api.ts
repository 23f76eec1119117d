import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { answer, http, type ApiError } from '../../api/client';
import { useApiQuery, type GetAnswer, type Loaded } from '../../api/queries';
import { CURRENT_TAXONOMY } from '../../api/taxonomy';
import type { DirectoryUser, Role, UserStatus } from './admin.model';

export interface UserFilter {
  q: string;
  role: Role | '';
  status: UserStatus | '';
}

export interface UserPages {
  users: DirectoryUser[];
  /** The first page: undefined until it came (or when it was refused). */
  loaded: boolean;
  error: ApiError | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: ApiError | undefined;
  loadMore: () => void;
}

const USERS_PAGE = 50;

/**
 * GET /api/admin/users page by page (its cursor is `cursor`, its next one `next`: not the `after`/`nextCursor` of
 * the lists `useApiPages` reads).
 */
export function useUserPages(filter: UserFilter): UserPages {
  const query = { q: filter.q.trim() || undefined, role: filter.role || undefined, status: filter.status || undefined, limit: USERS_PAGE };
  const pages = useInfiniteQuery<GetAnswer<'/api/admin/users'>, ApiError, { pages: Array<GetAnswer<'/api/admin/users'>> }, unknown[], string | null>({
    queryKey: ['/api/admin/users', query, 'pages'],
    initialPageParam: null,
    queryFn: ({ pageParam, signal }) => answer(http.GET('/api/admin/users', { params: { query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) } }, signal })),
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const data = pages.data?.pages;
  return {
    users: (data ?? []).flatMap((page) => page.items),
    loaded: data !== undefined,
    error: data ? undefined : (pages.error ?? undefined),
    hasMore: pages.hasNextPage,
    loadingMore: pages.isFetchingNextPage,
    moreError: data && pages.isFetchNextPageError ? (pages.error ?? undefined) : undefined,
    loadMore: () => void pages.fetchNextPage(),
  };
}

/** GET /api/admin/users/{id}. */
export function useDirectoryUser(id: string): Loaded<DirectoryUser> {
  return useApiQuery('/api/admin/users/{id}', { params: { path: { id } } });
}

/** After a change to a person: the lists and the person's page read again. */
export function useForgetUsers(): (changed?: DirectoryUser) => void {
  const queries = useQueryClient();
  return (changed) => {
    if (changed) queries.setQueryData(['/api/admin/users/{id}', { params: { path: { id: changed.id } } }], changed);
    void queries.invalidateQueries({ queryKey: ['/api/admin/users'] });
  };
}

/** GET /api/admin/organisations (up to 500, by name), narrowed by `q` when given. */
export function useOrganisations(q = ''): Loaded<GetAnswer<'/api/admin/organisations'>> {
  return useApiQuery('/api/admin/organisations', { params: { query: q.trim() ? { q: q.trim() } : {} } });
}

export function useForgetOrganisations(): () => void {
  const queries = useQueryClient();
  return () => void queries.invalidateQueries({ queryKey: ['/api/admin/organisations'] });
}

/** GET /api/directory/districts — Chongqing's districts and counties, and the Sichuan partners. */
export function useDistricts(): Loaded<GetAnswer<'/api/directory/districts'>> {
  return useApiQuery('/api/directory/districts');
}

/** GET /api/taxonomy/{version}/units — the responsible units an officer can act for. */
export function useUnits(): Loaded<GetAnswer<'/api/taxonomy/{version}/units'>> {
  return useApiQuery('/api/taxonomy/{version}/units', { params: { path: { version: CURRENT_TAXONOMY } } });
}
