import { useQueryClient } from '@tanstack/react-query';
import { useApiQuery } from '../api/queries';

const UNREAD_COUNT_PATH = '/api/notifications/inbox/unread-count';
const POLL_MS = 30_000;

/** Pages that read or mark messages call this so the badge in the shell follows at once. */
export function useAnnounceUnreadChanged(): () => void {
  const queries = useQueryClient();
  return () => void queries.invalidateQueries({ queryKey: [UNREAD_COUNT_PATH] });
}

/** The caller's unread count, polled every 30 s and refreshed when a page announces a change. */
export function useUnreadCount(): number | null {
  const { data, error } = useApiQuery(UNREAD_COUNT_PATH, undefined, { pollMs: POLL_MS });
  return data && !error ? data.total : null;
}
