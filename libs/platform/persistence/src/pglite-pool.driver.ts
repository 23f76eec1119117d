import { EventEmitter } from 'node:events';
import type { PGliteSession } from './pglite-session';
import { runStatement } from './prepared-statement';

type Callback<T> = (error: Error | null, value?: T) => void;
type ConnectCallback = (error: Error | null, client: PGliteClient | null, release: () => void) => void;

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
}

/**
 * A `pg`-compatible pool over a PGlite session, for TypeORM's postgres driver.
 *
 * PGlite is a single session: two interleaved transactions would share it, and one's ROLLBACK
 * would undo the other's work (DESIGN §8). So the pool hands its one client to one holder at a
 * time, in arrival order, under the session's lock: every TypeORM query runner (and so every
 * transaction) of every pool on that session is serialised. typeorm-pglite keeps one process-wide
 * instance that the first `end()` closes for everybody; here the session closes with its last user.
 */
export class PGlitePool extends EventEmitter {
  private readonly client: PGliteClient;
  private ended = false;

  constructor(private readonly session: PGliteSession) {
    super();
    this.client = new PGliteClient(session);
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
    const closed = this.ended ? Promise.resolve() : this.session.releaseRef();
    this.ended = true;
    return closed.then(
      () => callback?.(null),
      (error: Error) => {
        callback?.(error);
        if (!callback) throw error;
      },
    );
  }

  private acquire(): Promise<void> {
    return this.session.acquire();
  }

  private release(): void {
    this.session.release();
  }
}

export class PGliteClient extends EventEmitter {
  constructor(private readonly session: PGliteSession) {
    super();
  }

  async query(sql: string, params?: unknown[] | Callback<PgLikeResult>, callback?: Callback<PgLikeResult>): Promise<PgLikeResult> {
    const cb = typeof params === 'function' ? params : callback;
    const values = typeof params === 'function' ? undefined : params;
    try {
      const result = await this.run(sql, values);
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

  private async run(sql: string, values?: unknown[]): Promise<PgLikeResult> {
    return runStatement(await this.session.client(), sql, values ?? []);
  }
}

/** The `driver` object TypeORM's postgres driver accepts in place of the `pg` module. */
export function pgliteDriverFor(session: PGliteSession): { Pool: new () => PGlitePool } {
  return {
    Pool: class extends PGlitePool {
      constructor() {
        super(session);
      }
    },
  };
}
