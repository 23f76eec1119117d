import { quoteIdentifier, type SqlExecutor } from '@scq/platform-persistence';
import type { InboxEntry, InboxStore } from './inbox-store.port';

/** The inbox table, unique on (message id, consumer), through plain SQL for PostgreSQL and PGlite. */
export class SqlInboxStore implements InboxStore {
  private readonly table: string;

  constructor(schema: string) {
    this.table = `${quoteIdentifier(schema)}.inbox`;
  }

  async record(tx: SqlExecutor, entry: InboxEntry): Promise<boolean> {
    const { rowCount } = await tx.query(
      `INSERT INTO ${this.table} (message_id, consumer, topic, event_type, status) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (message_id, consumer) DO NOTHING`,
      [entry.messageId, entry.consumer, entry.topic, entry.eventType, entry.status],
    );
    return rowCount === 1;
  }

  async forgetDeadLetter(tx: SqlExecutor, messageId: string, consumer: string): Promise<boolean> {
    const { rowCount } = await tx.query(`DELETE FROM ${this.table} WHERE message_id = $1 AND consumer = $2 AND status = 'dead-lettered'`, [messageId, consumer]);
    return rowCount === 1;
  }

  async status(db: SqlExecutor, messageId: string, consumer: string): Promise<InboxEntry['status'] | null> {
    const { rows } = await db.query<{ status: InboxEntry['status'] }>(`SELECT status FROM ${this.table} WHERE message_id = $1 AND consumer = $2`, [messageId, consumer]);
    return rows[0]?.status ?? null;
  }
}
