import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';

const statementNames = new Map<string, string>();

/**
 * A statement with parameters as a named prepared statement: `pg` parses and plans it once per connection and then only
 * binds and executes it. Its name is derived from its text, so every connection names the same statement alike.
 */
export function preparedStatement(sql: string, params: readonly unknown[]): QueryConfig {
  let name = statementNames.get(sql);
  if (!name) {
    name = `s${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return { name, text: sql, values: [...params] };
}
