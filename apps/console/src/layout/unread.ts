import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';

export interface UnreadCounts {
  unit: number;
  user: number;
  total: number;
}

const CHANGED = 'scq:unread-changed';
const POLL_MS = 30_000;

/** Pages that read or mark messages call this so the badge in the shell follows at once. */
export function announceUnreadChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/** The caller's unread count, polled every 30 s and refreshed when a page announces a change. */
export function useUnreadCount(): number | null {
  const [count, setCount] = useState<number | null>(null);
  const refresh = useCallback(() => {
    api<UnreadCounts>('/api/notifications/inbox/unread-count').then(
      (counts) => setCount(counts.total),
      () => setCount(null),
    );
  }, []);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener(CHANGED, refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(CHANGED, refresh);
    };
  }, [refresh]);
  return count;
}
