import { EventEmitter } from 'node:events';
import type { PGlite, Results } from '@electric-sql/pglite';

type Callback<T> = (error: Error | null, value?: T) => void;
type ConnectCallback = (error: Error | null, client: PGliteClient | null, release: () => void) => void;

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
}

/**
 * A `pg`-compatible pool over ONE PGlite instance, for TypeORM's postgres driver.
 *
 * PGlite is a single session: two interleaved transactions would share it, and one's ROLLBACK
 * would undo the other's work (DESIGN §8). So this pool hands out its one client to one holder at a
 * time, in arrival order: every TypeORM query runner (and so every transaction) is serialised.
 * typeorm-pglite does the same job with a process-wide singleton instance that `end()` closes for
 * everybody; here each pool owns its instance, so each service can keep its own database.
 */
export class PGlitePool extends EventEmitter {
  private readonly waiting: Array<() => void> = [];
  private busy = false;
  private readonly client: PGliteClient;

  constructor(private readonly db: PGlite) {
    super();
    this.client = new PGliteClient(db);
  }

  connect(callback?: ConnectCallback): Promise<PGliteClient> | void {
    const acquired = this.acquire().then(() => this.client);
    if (!callback) return acquired;
    acquired.then(
      (client) => callback(null, client, () => this.release()),
      (error: Error) => callback(error, null, () => undefined),
    );
  }

  async query(sql: string, params?: unknown[] | Callback<PgLikeResult>, callback?: Callback<PgLikeResult>): Promise<PgLikeResult> {
    const cb = typeof params === 'function' ? params : callback;
    const values = typeof params === 'function' ? undefined : params;
    await this.acquire();
    try {
      const result = await this.client.query(sql, values);
      cb?.(null, result);
      return result;
    } catch (error) {
      cb?.(error as Error);
      throw error;
    } finally {
      this.release();
    }
  }

  end(callback?: (error: Error | null) => void): Promise<void> {
    const closed = this.db.closed ? Promise.resolve() : this.db.close();
    return closed.then(
      () => callback?.(null),
      (error: Error) => {
        callback?.(error);
        if (!callback) throw error;
      },
    );
  }

  private acquire(): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }
}

export class PGliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  async query(sql: string, params?: unknown[] | Callback<PgLikeResult>, callback?: Callback<PgLikeResult>): Promise<PgLikeResult> {
    const cb = typeof params === 'function' ? params : callback;
    const values = typeof params === 'function' ? undefined : params;
    try {
      const result = toPgResult(sql, await this.run(sql, values));
      cb?.(null, result);
      return result;
    } catch (error) {
      cb?.(error as Error);
      throw error;
    }
  }

  release(): void {
    // Releasing is the pool's job (the connect callback's release function).
  }

  private async run(sql: string, values?: unknown[]): Promise<Results> {
    if (values && values.length > 0) return this.db.query(sql, values);
    // Without parameters a string may hold several statements (migrations); TypeORM expects the last result.
    const results = await this.db.exec(sql);
    return results[results.length - 1] ?? { rows: [], fields: [] };
  }
}

function toPgResult(sql: string, result: Results): PgLikeResult {
  const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  const rowCount = result.affectedRows ?? result.rows.length;
  return { rows: result.rows, rowCount: command === 'SELECT' ? result.rows.length : rowCount, command };
}

/** The `driver` object TypeORM's postgres driver accepts in place of the `pg` module. */
export function pgliteDriverFor(db: PGlite): { Pool: new () => PGlitePool } {
  return {
    Pool: class extends PGlitePool {
      constructor() {
        super(db);
      }
    },
  };
}
