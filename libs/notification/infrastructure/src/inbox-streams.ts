import type { ServerResponse } from 'node:http';
import type { InboxOwner, InboxService, UnreadCounts } from '@scq/notification-application';
import type { Recipient } from '@scq/notification-domain';
import type { InboxChangeBus } from './inbox-changes';

export interface InboxStreamOptions {
  /** A comment line this often keeps proxies and load balancers from closing an idle stream (default 25 s). */
  heartbeatMs: number;
  /**
   * How long one stream lasts (default 15 minutes, an access token's life): then the server ends it and the client
   * reconnects with its current token, so a session that ended stops hearing about its inbox.
   */
  maxStreamMs: number;
  /** Changes within this window are counted once (default 50 ms): a burst of new items is one recount per caller. */
  coalesceMs: number;
}

export const DEFAULT_INBOX_STREAM_OPTIONS: InboxStreamOptions = { heartbeatMs: 25_000, maxStreamMs: 15 * 60_000, coalesceMs: 50 };

/** What the client's EventSource waits before reconnecting after the stream ends. */
const RETRY_MS = 3_000;

interface Stream {
  owner: InboxOwner;
  response: ServerResponse;
  recipients: string[];
  /** Recounts asked for and the newest one written, so that a slow older count never overwrites a newer one. */
  asked: number;
  written: number;
  lastSent: string | null;
  expiry: NodeJS.Timeout;
}

const keyOf = (recipient: Recipient) => `${recipient.type}:${recipient.id}`;

/**
 * The open `text/event-stream`s of this instance: each caller's unread counts `{ unit, user, total }` at connect and
 * after every change of their own or their unit's inbox (from any instance, through the change bus), and a heartbeat.
 * Only the streams of the recipients that changed are recounted, once per caller, a burst of changes coalesced.
 */
export class InboxStreams {
  private readonly streams = new Set<Stream>();
  private readonly byRecipient = new Map<string, Set<Stream>>();
  private readonly dirty = new Set<Stream>();
  private flushTimer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly inbox: InboxService,
    private readonly bus: InboxChangeBus,
    private readonly options: InboxStreamOptions,
    private readonly onError: (error: unknown) => void,
  ) {}

  get open(): number {
    return this.streams.size;
  }

  start(): void {
    this.unsubscribe ??= this.bus.subscribe((recipients) => this.changed(recipients));
    this.heartbeat ??= setInterval(() => {
      for (const stream of this.streams) stream.response.write(': heartbeat\n\n');
    }, this.options.heartbeatMs).unref();
  }

  /** Starts a caller's stream on `response`: the headers, then the counts now, then the counts after each change. */
  async connect(owner: InboxOwner, response: ServerResponse): Promise<void> {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // nginx and similar proxies in front must pass each event on at once, not buffer the response.
      'x-accel-buffering': 'no',
    });
    response.write(`retry: ${RETRY_MS}\n\n`);
    const recipients = [{ type: 'user' as const, id: owner.userId }, ...(owner.unit ? [{ type: 'unit' as const, id: owner.unit }] : [])].map(keyOf);
    const stream: Stream = { owner, response, recipients, asked: 0, written: 0, lastSent: null, expiry: setTimeout(() => response.end(), this.options.maxStreamMs).unref() };
    this.streams.add(stream);
    for (const key of recipients) this.byRecipient.set(key, (this.byRecipient.get(key) ?? new Set()).add(stream));
    response.on('close', () => this.remove(stream));
    await this.recount([stream]);
  }

  /** Ends every stream (the instance is shutting down: clients reconnect to another). */
  close(): void {
    clearTimeout(this.flushTimer);
    clearInterval(this.heartbeat);
    this.unsubscribe?.();
    for (const stream of [...this.streams]) {
      stream.response.end();
      this.remove(stream);
    }
  }

  private changed(recipients: Recipient[]): void {
    for (const recipient of recipients) for (const stream of this.byRecipient.get(keyOf(recipient)) ?? []) this.dirty.add(stream);
    if (this.dirty.size > 0 && !this.flushTimer) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = undefined;
        const streams = [...this.dirty];
        this.dirty.clear();
        void this.recount(streams);
      }, this.options.coalesceMs);
    }
  }

  /** Counts once per caller (several tabs of one person share a count) and writes to each stream whose count changed. */
  private async recount(streams: Stream[]): Promise<void> {
    const byOwner = new Map<string, Stream[]>();
    for (const stream of streams) {
      stream.asked += 1;
      const key = stream.recipients.join('|');
      byOwner.set(key, [...(byOwner.get(key) ?? []), stream]);
    }
    for (const group of byOwner.values()) {
      const asked = group.map((stream) => stream.asked);
      let counts: UnreadCounts;
      try {
        counts = await this.inbox.unreadCounts(group[0].owner);
      } catch (error) {
        this.onError(error);
        continue;
      }
      group.forEach((stream, i) => this.write(stream, asked[i], counts));
    }
  }

  private write(stream: Stream, asked: number, counts: UnreadCounts): void {
    if (asked <= stream.written || !this.streams.has(stream)) return;
    stream.written = asked;
    const data = JSON.stringify({ unit: counts.unit, user: counts.user, total: counts.total });
    if (data === stream.lastSent) return;
    stream.lastSent = data;
    stream.response.write(`event: unread\ndata: ${data}\n\n`);
  }

  private remove(stream: Stream): void {
    if (!this.streams.delete(stream)) return;
    clearTimeout(stream.expiry);
    this.dirty.delete(stream);
    for (const key of stream.recipients) {
      const set = this.byRecipient.get(key);
      set?.delete(stream);
      if (set?.size === 0) this.byRecipient.delete(key);
    }
  }
}
