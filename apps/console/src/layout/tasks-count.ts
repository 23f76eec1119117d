import { useApiQuery } from '../api/queries';

const MINUTE_MS = 60_000;

/** The caller's task counts for the header badge: every minute and when the window regains the focus. */
export function useTaskCount(): { total: number; overdue: number } | null {
  const { data, error } = useApiQuery('/api/tasks/count', undefined, { pollMs: MINUTE_MS, refetchOnFocus: true });
  return data && !error ? { total: data.counts.total, overdue: data.counts.overdue } : null;
}
