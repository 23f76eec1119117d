import type { Client } from 'pg';
import type { NotificationListener } from './database';
import type { QueryResult, Row } from './sql-executor';

const RECONNECT_MS = 1000;

/**
 * One LISTEN on a dedicated pg connection. When the connection drops it reconnects after a second and calls
 * `onNotify` once (a notice may have been missed meanwhile: the listener's owner looks again).
 */
export class PgNotificationListener implements NotificationListener {
  private client: Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  private constructor(
    private readonly connect: () => Client,
    private readonly channel: string,
    private readonly onNotify: () => void,
  ) {}

  static async open(connect: () => Client, channel: string, onNotify: () => void): Promise<PgNotificationListener> {
    const listener = new PgNotificationListener(connect, channel, onNotify);
    await listener.start();
    return listener;
  }

  async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
    if (!this.client) throw new Error(`the LISTEN connection of ${this.channel} is reconnecting`);
    const result = await this.client.query(sql, [...params]);
    return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async start(): Promise<void> {
    const client = this.connect();
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onNotify();
    });
    client.on('error', () => this.reconnectLater(client));
    client.on('end', () => this.reconnectLater(client));
    await client.connect();
    await client.query(`LISTEN "${this.channel.replace(/"/g, '""')}"`);
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  private reconnectLater(client: Client): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.start().then(
        () => this.onNotify(),
        () => this.scheduleRetry(),
      );
    }, RECONNECT_MS);
  }
}
