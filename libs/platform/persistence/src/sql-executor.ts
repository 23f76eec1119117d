/** What every SQL-speaking adapter needs: one statement, positional parameters, rows and a row count. */
export type Row = Record<string, unknown>;

export interface QueryResult<T = Row> {
  rows: T[];
  /** Rows returned, inserted, updated or deleted by the statement. */
  rowCount: number;
}

export interface SqlExecutor {
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
}

/**
 * Rows another table takes inside someone else's write statement, and only if that statement's guard CTE produced a
 * row: the outbox rows of a lifecycle transition ride in its version-checked write (one round trip, none on a lost race).
 */
export interface GuardedInsert {
  /** An `INSERT … SELECT … WHERE EXISTS (SELECT 1 FROM <guard>)`, its parameters numbered from `$<first>`. */
  sql(guard: string, first: number): string;
  readonly params: readonly unknown[];
  /** Called once the statement ran in `tx`: registers what the rows' commit sets off (the relay's wake-up). */
  written(tx: SqlExecutor): void;
}
