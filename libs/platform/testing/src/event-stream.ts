/** How long a test waits for the next server-sent event (`TEST_STREAM_TIMEOUT_MS`, default 10 s). */
export const STREAM_TIMEOUT_MS = Number(process.env.TEST_STREAM_TIMEOUT_MS ?? 10_000);

export interface ServerSentEvent {
  event: string;
  data: string;
}

/**
 * A `text/event-stream` read with fetch, as the console reads it (EventSource cannot send an Authorization header):
 * events are queued as they arrive and taken in order with {@link next}; comment lines (heartbeats) are counted.
 */
export class EventStreamReader {
  private readonly events: ServerSentEvent[] = [];
  private waiter: (() => void) | null = null;
  private ended = false;
  comments = 0;

  private constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    void this.pump(response.body as ReadableStream<Uint8Array>);
  }

  /** Opens the stream; resolves once the answer's headers arrived (whatever the status: check `response`). */
  static async open(url: string, headers: Record<string, string>): Promise<EventStreamReader> {
    const abort = new AbortController();
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
    return new EventStreamReader(response, abort);
  }

  /** The next event named `event` (others before it are skipped), its data parsed as JSON. */
  async next<T = unknown>(event = 'unread', timeoutMs = STREAM_TIMEOUT_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.events.findIndex((e) => e.event === event);
      if (index >= 0) {
        const [found] = this.events.splice(0, index + 1).slice(-1);
        return JSON.parse(found.data) as T;
      }
      if (this.ended) throw new Error(`the stream ended before an "${event}" event`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${event}" event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Resolves once the server ended the stream. */
  untilEnded(timeoutMs = STREAM_TIMEOUT_MS): Promise<void> {
    return this.until('the end of the stream', () => this.ended, timeoutMs);
  }

  /** Resolves once `n` comment lines (heartbeats) arrived. */
  untilComments(n: number, timeoutMs = STREAM_TIMEOUT_MS): Promise<void> {
    return this.until(`${n} comment line(s)`, () => this.comments >= n, timeoutMs);
  }

  private async until(what: string, done: () => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Events received and not taken yet. */
  get pending(): ServerSentEvent[] {
    return [...this.events];
  }

  close(): void {
    this.abort.abort();
  }

  private async pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.take(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted by close(), or the connection dropped: the stream has ended either way
    }
    this.ended = true;
    this.wake();
  }

  private take(block: string): void {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comments += 1;
      else if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    if (data.length > 0) this.events.push({ event, data: data.join('\n') });
    this.wake();
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }
}
