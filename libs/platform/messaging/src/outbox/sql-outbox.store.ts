import { afterCommit, quoteIdentifier, StatementCache, type Database, type GuardedInsert, type SqlExecutor } from '@scq/platform-persistence';
import type { OutboxBacklog } from '@scq/platform-observability';
import { advisoryLockKey } from '../messaging.migration';
import type { ClaimedOutboxMessage, OutboxMessage, OutboxStore } from './outbox-store.port';

interface OutboxRow {
  seq: string;
  id: string;
  topic: string;
  message_key: string;
  event_type: string;
  payload: string;
  headers: Record<string, string>;
  trace_context: Record<string, string> | null;
  attempts: number;
}

/** The outbox table through plain SQL: the same statements on PostgreSQL and PGlite. */
export class SqlOutboxStore implements OutboxStore {
  private readonly table: string;
  private readonly claimLock: number;
  private readonly committedListeners: Array<() => void> = [];
  private readonly guardedStatements = new StatementCache();

  constructor(
    private readonly db: Database,
    schema: string,
  ) {
    this.table = `${quoteIdentifier(schema)}.outbox`;
    this.claimLock = advisoryLockKey(`outbox-claim:${schema}`);
  }

  async append(tx: SqlExecutor, messages: OutboxMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const params = messages.flatMap(rowParams);
    const rows = messages.map((_, i) => `($${i * 7 + 1}, $${i * 7 + 2}, $${i * 7 + 3}, $${i * 7 + 4}, $${i * 7 + 5}, $${i * 7 + 6}::jsonb, $${i * 7 + 7}::jsonb)`);
    await tx.query(`INSERT INTO ${this.table} (${COLUMNS}) VALUES ${rows.join(', ')}`, params);
    this.written(tx);
  }

  /**
   * The same rows as `append`, written by another statement (a lifecycle transition's version-checked write) only if
   * its guard CTE produced a row: in the order given (seq follows it), with the same wake-up on commit.
   */
  guardedAppend(messages: OutboxMessage[]): GuardedInsert | null {
    if (messages.length === 0) return null;
    const count = messages.length;
    return {
      params: messages.flatMap(rowParams),
      sql: (guard, first) => this.guardedSql(count, guard, first),
      written: (tx) => this.written(tx),
    };
  }

  /** The guarded INSERT of `count` rows, built once per shape: a transition's write names its prepared statement by it. */
  private guardedSql(count: number, guard: string, first: number): string {
    return this.guardedStatements.get(`${count}:${first}:${guard}`, () => {
      const rows = Array.from({ length: count }, (_, i) => {
        const n = first + i * 7;
        return `($${n}::uuid, $${n + 1}::text, $${n + 2}::text, $${n + 3}::text, $${n + 4}::text, $${n + 5}::jsonb, $${n + 6}::jsonb, ${i})`;
      });
      return `INSERT INTO ${this.table} (${COLUMNS}) SELECT ${COLUMNS} FROM (VALUES ${rows.join(', ')}) AS m (${COLUMNS}, position)
                 WHERE EXISTS (SELECT 1 FROM ${guard}) ORDER BY position`;
    });
  }

  private written(tx: SqlExecutor): void {
    afterCommit(tx, () => this.committedListeners.forEach((listener) => listener()));
  }

  /** `listener` runs whenever rows appended here are committed (the relay's wake-up: no caller nudges by hand). */
  whenCommitted(listener: () => void): void {
    this.committedListeners.push(listener);
  }

  claim(relayId: string, limit: number, leaseMs: number): Promise<ClaimedOutboxMessage[]> {
    return this.db.transaction(async (tx) => {
      // Claims are serialised so the "earlier message of the same key is in flight" test sees every claim (on PGlite every
      // transaction already is: its one session runs one at a time, so the lock would only cost a statement).
      if (this.db.engine !== 'pglite') await tx.query('SELECT pg_advisory_xact_lock($1)', [this.claimLock]);
      const { rows } = await tx.query<OutboxRow>(
        `WITH candidate AS (
           SELECT o.seq FROM ${this.table} o
           WHERE o.sent_at IS NULL
             AND (o.claimed_until IS NULL OR o.claimed_until < now())
             AND NOT EXISTS (
               SELECT 1 FROM ${this.table} earlier
               WHERE earlier.message_key = o.message_key AND earlier.sent_at IS NULL AND earlier.seq < o.seq
                 AND earlier.claimed_until >= now())
           ORDER BY o.seq
           LIMIT $2
           FOR UPDATE SKIP LOCKED)
         UPDATE ${this.table} o
            SET claimed_by = $1, claimed_until = now() + make_interval(secs => $3::double precision / 1000), attempts = o.attempts + 1
           FROM candidate WHERE o.seq = candidate.seq
         RETURNING o.seq::text AS seq, o.id, o.topic, o.message_key, o.event_type, o.payload, o.headers, o.trace_context, o.attempts`,
        [relayId, limit, leaseMs],
      );
      return rows
        .sort((a, b) => compareSeq(a.seq, b.seq))
        .map((row) => ({
          seq: row.seq,
          id: row.id,
          topic: row.topic,
          key: row.message_key,
          eventType: row.event_type,
          payload: row.payload,
          headers: row.headers ?? {},
          traceContext: row.trace_context,
          attempts: row.attempts,
        }));
    });
  }

  async markSent(relayId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(`UPDATE ${this.table} SET sent_at = now(), claimed_until = NULL, last_error = NULL WHERE id = ANY($1::uuid[]) AND claimed_by = $2`, [ids, relayId]);
  }

  async release(relayId: string, ids: string[], error: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(`UPDATE ${this.table} SET claimed_until = NULL, last_error = $3 WHERE id = ANY($1::uuid[]) AND claimed_by = $2 AND sent_at IS NULL`, [
      ids,
      relayId,
      error.slice(0, 2000),
    ]);
  }

  /** How many rows wait and how long the oldest has: two lookups on the partial index of unsent rows (metrics, at scrape time). */
  async backlog(): Promise<OutboxBacklog> {
    const { rows } = await this.db.query<{ unsent: number; age: number | null }>(
      `SELECT (SELECT count(*)::int FROM ${this.table} WHERE sent_at IS NULL) AS unsent,
              (SELECT extract(epoch FROM now() - created_at)::float8 FROM ${this.table} WHERE sent_at IS NULL ORDER BY seq LIMIT 1) AS age`,
    );
    return { unsent: rows[0].unsent, oldestUnsentAgeSeconds: Math.max(0, Number(rows[0].age ?? 0)) };
  }

  async unsentCount(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${this.table} WHERE sent_at IS NULL`);
    return rows[0].n;
  }
}

const COLUMNS = 'id, topic, message_key, event_type, payload, headers, trace_context';

function rowParams(m: OutboxMessage): unknown[] {
  return [m.id, m.topic, m.key, m.eventType, m.payload, JSON.stringify(m.headers), m.traceContext ? JSON.stringify(m.traceContext) : null];
}

function compareSeq(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
