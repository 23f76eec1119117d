import { encodeCursor, pageOf, type Page, type SqlExecutor } from '@scq/platform-persistence';
import type { AuditEntry, AuditFilters, AuditPosition, StoredAuditEntry } from './audit-entry';

interface AuditRow {
  id: string;
  at: Date;
  duration_ms: number;
  actor_id: string | null;
  actor_username: string | null;
  actor_name: string | null;
  roles: string[];
  unit: string | null;
  organisation: string | null;
  method: string;
  path: string;
  operation: string;
  targets: string[];
  status: number | null;
  error_code: string | null;
  request_id: string | null;
  correlation_id: string | null;
  address: string | null;
  user_agent: string | null;
  summary: Record<string, number | string | boolean> | null;
}

const COLUMNS = 'id, at, duration_ms, actor_id, actor_username, actor_name, roles, unit, organisation, method, path, operation, targets, status, error_code, request_id, correlation_id, address, user_agent, summary';

/** `gateway.audit_entry`: appended in batches, read newest first (the table refuses UPDATE, DELETE and TRUNCATE). */
export class AuditStore {
  constructor(private readonly db: SqlExecutor) {}

  /** One statement for a batch (the username comes with the entry: the access token carries it). */
  async append(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db.query(
      `INSERT INTO gateway.audit_entry (at, duration_ms, actor_id, actor_username, actor_name, roles, unit, organisation, method, path, operation, targets, status, error_code, request_id, correlation_id, address, user_agent, summary)
       SELECT e.at, e.duration_ms, e.actor_id, e.actor_username, e.actor_name, coalesce(e.roles, '{}'), e.unit, e.organisation, e.method, e.path, e.operation,
              coalesce(e.targets, '{}'), e.status, e.error_code, e.request_id, e.correlation_id, e.address, e.user_agent, nullif(e.summary, 'null'::jsonb)
       FROM json_to_recordset($1::json) AS e(n integer, at timestamptz, duration_ms integer, actor_id text, actor_username text, actor_name text, roles text[], unit text, organisation text,
              method text, path text, operation text, targets text[], status smallint, error_code text, request_id text, correlation_id text, address text, user_agent text, summary jsonb)
       ORDER BY e.n`,
      [JSON.stringify(entries.map((entry, n) => ({ n, ...rowOf(entry) })))],
    );
  }

  /** A page, newest first, after `after` (the previous page's last entry). */
  async page(filters: AuditFilters, limit: number, after: AuditPosition | null): Promise<Page<StoredAuditEntry>> {
    const { where, params } = conditions(filters, after);
    const { rows } = await this.db.query<AuditRow>(`SELECT ${COLUMNS} FROM gateway.audit_entry ${where} ORDER BY at DESC, id DESC LIMIT ${limit + 1}`, params);
    return pageOf(rows.map(entryOf), limit, auditCursor);
  }
}

/** The cursor after an entry: its time and id. */
export function auditCursor(entry: Pick<StoredAuditEntry, 'at' | 'id'>): string {
  return encodeCursor([entry.at.toISOString(), entry.id]);
}

function conditions(filters: AuditFilters, after: AuditPosition | null): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (p: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  if (filters.actor) add((p) => `(actor_id = ${p} OR lower(actor_username) = lower(${p}))`, filters.actor);
  if (filters.role) add((p) => `${p} = ANY(roles)`, filters.role);
  if (filters.unit) add((p) => `unit = ${p}`, filters.unit);
  if (filters.method) add((p) => `method = ${p}`, filters.method);
  if (filters.operation) add((p) => `(strpos(lower(operation), lower(${p})) > 0 OR strpos(lower(path), lower(${p})) > 0)`, filters.operation);
  if (filters.target) add((p) => `${p} = ANY(targets)`, filters.target);
  if (filters.result) clauses.push(resultClause(filters.result));
  if (filters.from) add((p) => `at >= ${p}::timestamptz`, filters.from);
  if (filters.to) add((p) => `at < ${p}::timestamptz`, filters.to);
  if (after) {
    params.push(after.at, after.id);
    clauses.push(`(at, id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** `succeeded`, `failed`, `4xx` or `404`, already checked by the query schema: only digits reach the SQL. */
function resultClause(result: string): string {
  if (result === 'succeeded') return 'status < 400';
  if (result === 'failed') return '(status >= 400 OR status IS NULL)';
  const digit = Number(result[0]);
  if (result.endsWith('xx')) return `status BETWEEN ${digit * 100} AND ${digit * 100 + 99}`;
  return `status = ${Number(result)}`;
}

function rowOf(entry: AuditEntry) {
  return {
    at: entry.at.toISOString(),
    duration_ms: entry.durationMs,
    actor_id: entry.actorId,
    actor_username: entry.actorUsername,
    actor_name: entry.actorName,
    roles: entry.roles,
    unit: entry.unit,
    organisation: entry.organisation,
    method: entry.method,
    path: entry.path,
    operation: entry.operation,
    targets: entry.targets,
    status: entry.status,
    error_code: entry.errorCode,
    request_id: entry.requestId,
    correlation_id: entry.correlationId,
    address: entry.address,
    user_agent: entry.userAgent,
    summary: entry.summary,
  };
}

function entryOf(row: AuditRow): StoredAuditEntry {
  return {
    id: String(row.id),
    at: new Date(row.at),
    durationMs: row.duration_ms,
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    actorName: row.actor_name,
    roles: row.roles,
    unit: row.unit,
    organisation: row.organisation,
    method: row.method,
    path: row.path,
    operation: row.operation,
    targets: row.targets,
    status: row.status,
    errorCode: row.error_code,
    requestId: row.request_id,
    correlationId: row.correlation_id,
    address: row.address,
    userAgent: row.user_agent,
    summary: row.summary ?? null,
  };
}
