import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { unitOfWorkBegun, unitOfWorkEnded } from './after-commit';
import type { QueryResult, Row, SqlExecutor } from './sql-executor';

export type DatabaseEngine = 'postgres' | 'pglite';

/** A unit of work: SQL statements that commit or roll back together. */
export type Transaction = SqlExecutor;

/** One service's database: its own schema, migrated, with serialisable units of work. */
export interface Database extends SqlExecutor {
  readonly schema: string;
  readonly engine: DatabaseEngine;
  readonly dataSource: DataSource;
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The connection pool's use (PostgreSQL; absent for PGlite, which has one session): for metrics. */
  poolStats?(): { total: number; idle: number; waiting: number; max: number };
  /**
   * Calls `onNotify` for every NOTIFY on `channel`, on a dedicated connection that reconnects by itself (PostgreSQL;
   * absent for PGlite, whose one session lives in this process: there the process wakes itself after its commits).
   */
  listen?(channel: string, onNotify: () => void): Promise<NotificationListener>;
}

/** A LISTEN held open; `close` ends it and its connection. */
export interface NotificationListener {
  /** A statement on the listening connection (its session-level advisory locks, say); fails while it reconnects. */
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  close(): Promise<void>;
}

export class TypeOrmDatabase implements Database {
  constructor(
    readonly dataSource: DataSource,
    readonly schema: string,
    readonly engine: DatabaseEngine,
  ) {}

  async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
    const runner = this.dataSource.createQueryRunner();
    try {
      return await runStatement<T>(runner, sql, params);
    } finally {
      await runner.release();
    }
  }

  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let tx: ManagerTransaction | undefined;
    try {
      const result = await this.dataSource.transaction((manager) => {
        tx = new ManagerTransaction(manager);
        unitOfWorkBegun(tx);
        return work(tx);
      });
      if (tx) unitOfWorkEnded(tx, true);
      return result;
    } catch (error) {
      if (tx) unitOfWorkEnded(tx, false);
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

class ManagerTransaction implements SqlExecutor {
  constructor(readonly manager: EntityManager) {}

  query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
    if (!this.manager.queryRunner) throw new Error('A transaction manager always has a query runner');
    return runStatement<T>(this.manager.queryRunner, sql, params);
  }
}

async function runStatement<T>(runner: QueryRunner, sql: string, params: readonly unknown[]): Promise<QueryResult<T>> {
  const result = await runner.query(sql, [...params], true);
  const rows = (result.records ?? []) as T[];
  return { rows, rowCount: result.affected ?? rows.length };
}
