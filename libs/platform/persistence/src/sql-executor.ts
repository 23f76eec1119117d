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
