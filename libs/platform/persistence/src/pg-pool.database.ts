import { Client, type Pool, type PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { unitOfWorkBegun, unitOfWorkEnded } from './after-commit';
import type { Database, NotificationListener, Transaction } from './database';
import { PgNotificationListener } from './pg-notification.listener';
import { runStatement } from './prepared-statement';
import type { QueryResult, Row } from './sql-executor';

/**
 * The PostgreSQL adapter's hot path: raw SQL straight on the pg pool that TypeORM opened (TypeORM keeps
 * migrations and entity work), each statement a named prepared statement, each unit of work one pooled
 * client between BEGIN and COMMIT. Per statement this skips TypeORM's query runner bookkeeping, which
 * costs about half the throughput of a transition (docs/benchmarks.md).
 */
export class PgPoolDatabase implements Database {
  readonly engine = 'postgres' as const;

  constructor(
    readonly dataSource: DataSource,
    readonly schema: string,
    private readonly pool: Pool,
  ) {}

  query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
    return run<T>(this.pool, sql, params);
  }

  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    const tx: Transaction = { query: (sql, params = []) => run(client, sql, params) };
    unitOfWorkBegun(tx);
    try {
      await client.query('BEGIN');
      const result = await work(tx);
      await client.query('COMMIT');
      unitOfWorkEnded(tx, true);
      return result;
    } catch (error) {
      unitOfWorkEnded(tx, false);
      await client.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  poolStats(): { total: number; idle: number; waiting: number; max: number } {
    const { totalCount, idleCount, waitingCount } = this.pool;
    return { total: totalCount, idle: idleCount, waiting: waitingCount, max: (this.pool as Pool & { options: { max?: number } }).options.max ?? 10 };
  }

  /** LISTEN on a connection of its own, opened with the pool's settings (it never holds one of the pool's clients). */
  async listen(channel: string, onNotify: () => void): Promise<NotificationListener> {
    const settings = (this.pool as Pool & { options: ConstructorParameters<typeof Client>[0] }).options;
    return PgNotificationListener.open(() => new Client(settings), channel, onNotify);
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

async function run<T>(executor: Pool | PoolClient, sql: string, params: readonly unknown[]): Promise<QueryResult<T>> {
  const { rows, rowCount } = await runStatement(executor, sql, params);
  return { rows: rows as T[], rowCount };
}
