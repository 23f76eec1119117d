import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { accessToken, type Schema } from '../api/client';
import { useApiQuery } from '../api/queries';
import { backoffMs, parseEvents } from './sse';

const UNREAD_COUNT_PATH = '/api/notifications/inbox/unread-count';
const STREAM_PATH = '/api/notifications/stream';
const POLL_MS = 30_000;

/** Pages that read or mark messages call this so the badge in the shell follows at once. */
export function useAnnounceUnreadChanged(): () => void {
  const queries = useQueryClient();
  return () => void queries.invalidateQueries({ queryKey: [UNREAD_COUNT_PATH] });
}

/** The caller's unread count, polled every 30 s (the fallback), pushed by the stream, refreshed when a page announces a change. */
export function useUnreadCount(): number | null {
  // The latest count whichever brought it: a failed poll does not hide what the stream said.
  const { data } = useApiQuery(UNREAD_COUNT_PATH, undefined, { pollMs: POLL_MS });
  return data ? data.total : null;
}

/**
 * Keeps the unread count live from `GET /api/notifications/stream` (server-sent events: `event: unread`, the counts as
 * data) while mounted — the shell, i.e. while signed in. The server ends the stream every 15 minutes by design; it is
 * opened again, after a growing pause when it fails.
 */
export function useLiveUnread(userId: string): void {
  const queries = useQueryClient();
  useEffect(() => {
    const stop = new AbortController();
    let attempt = 0;
    let timer: number | undefined;

    const received = (counts: Schema<'InboxUnreadCounts'>) => {
      attempt = 0;
      queries.setQueryData([UNREAD_COUNT_PATH, {}], counts);
    };

    const connect = async () => {
      try {
        const token = accessToken();
        const response = await fetch(STREAM_PATH, { headers: { accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) }, signal: stop.signal });
        if (response.ok && response.body) await read(response.body, received, stop.signal);
        else attempt += 1;
      } catch {
        if (stop.signal.aborted) return;
        attempt += 1;
      }
      if (!stop.signal.aborted) timer = window.setTimeout(() => void connect(), backoffMs(attempt));
    };
    void connect();
    return () => {
      stop.abort();
      window.clearTimeout(timer);
    };
  }, [userId, queries]);
}

/** Reads the event stream to its end, handing each `unread` event's counts on. */
async function read(body: ReadableStream<Uint8Array>, received: (counts: Schema<'InboxUnreadCounts'>) => void, signal: AbortSignal): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || signal.aborted) return;
      const parsed = parseEvents(buffer + decoder.decode(value, { stream: true }));
      buffer = parsed.rest;
      for (const event of parsed.events) {
        if (event.event !== 'unread') continue;
        try {
          received(JSON.parse(event.data) as Schema<'InboxUnreadCounts'>);
        } catch {
          // A malformed frame is skipped; the next count corrects the badge.
        }
      }
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}
