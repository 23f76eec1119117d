import type { Database } from '../database';
import { quoteIdentifier } from '../open-database';

/** How long a key is remembered: a retry within a day gets the first answer. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
/** A reservation this old with no answer belongs to a request whose process died between its commit and its answer. */
const ABANDONED_AFTER_SECONDS = 120;

export type IdempotencyReservation =
  | { outcome: 'reserved' }
  | { outcome: 'replay'; status: number; body: unknown }
  | { outcome: 'in-progress' }
  | { outcome: 'abandoned' }
  | { outcome: 'mismatch' };

interface KeyRow {
  request_hash: string;
  status: number | null;
  body: unknown;
  age_seconds: number | string;
}

/**
 * The remembered answers to requests that carried an `Idempotency-Key`, per caller: the first request with a key
 * reserves it, its answer is stored, and a retry with the same key and the same request gets that answer back.
 */
export class SqlIdempotencyStore {
  private readonly table: string;

  constructor(
    private readonly db: Database,
    schema: string,
  ) {
    this.table = `${quoteIdentifier(schema)}.idempotency_key`;
  }

  async reserve(scope: string, key: string, requestHash: string): Promise<IdempotencyReservation> {
    await this.db.query(`DELETE FROM ${this.table} WHERE scope = $1 AND key = $2 AND created_at < now() - make_interval(hours => $3)`, [scope, key, IDEMPOTENCY_KEY_TTL_HOURS]);
    const inserted = await this.db.query(`INSERT INTO ${this.table} (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT (scope, key) DO NOTHING RETURNING key`, [scope, key, requestHash]);
    if (inserted.rowCount > 0) return { outcome: 'reserved' };
    const { rows } = await this.db.query<KeyRow>(
      `SELECT request_hash, status, body, EXTRACT(EPOCH FROM now() - created_at) AS age_seconds FROM ${this.table} WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    const row = rows[0];
    if (!row) return this.reserve(scope, key, requestHash);
    if (row.request_hash !== requestHash) return { outcome: 'mismatch' };
    if (row.status !== null) return { outcome: 'replay', status: row.status, body: typeof row.body === 'string' ? JSON.parse(row.body) : row.body };
    return Number(row.age_seconds) > ABANDONED_AFTER_SECONDS ? { outcome: 'abandoned' } : { outcome: 'in-progress' };
  }

  async complete(scope: string, key: string, status: number, body: unknown): Promise<void> {
    await this.db.query(`UPDATE ${this.table} SET status = $3, body = $4::jsonb, completed_at = now() WHERE scope = $1 AND key = $2`, [scope, key, status, JSON.stringify(body ?? null)]);
  }

  /** The request failed before it changed anything: the key is free for a retry. */
  async release(scope: string, key: string): Promise<void> {
    await this.db.query(`DELETE FROM ${this.table} WHERE scope = $1 AND key = $2 AND status IS NULL`, [scope, key]);
  }
}
