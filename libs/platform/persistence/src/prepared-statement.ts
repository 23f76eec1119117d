import { createHash } from 'node:crypto';
import type { Client, Pool, PoolClient, QueryConfig, QueryResult } from 'pg';

const statementNames = new Map<string, string>();

/**
 * A statement with parameters as a named prepared statement: `pg` parses and plans it once per connection and then only
 * binds and executes it. Its name is derived from its text, so every connection names the same statement alike.
 */
function preparedStatement(sql: string, params: readonly unknown[]): QueryConfig {
  let name = statementNames.get(sql);
  if (!name) {
    name = `s${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return { name, text: sql, values: [...params] };
}

/**
 * Runs a statement through `pg` (on PostgreSQL, or on PGlite through the session's client): with parameters as a
 * named prepared statement; without, as a simple query, which may hold several commands (migrations, DDL) — then the
 * last one's result counts.
 */
export async function runStatement(executor: Pool | PoolClient | Client, sql: string, params: readonly unknown[]): Promise<{ rows: unknown[]; rowCount: number; command: string }> {
  const result: QueryResult | QueryResult[] = params.length > 0 ? await executor.query(preparedStatement(sql, params)) : await executor.query(sql);
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? last?.rows?.length ?? 0, command: last?.command ?? '' };
}
