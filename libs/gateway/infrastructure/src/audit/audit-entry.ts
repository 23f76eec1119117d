/** A state-changing request as the gateway saw it answered, before its operation is named (`RecordedRequest`). */
export interface RecordedRequest {
  /** When the request arrived. */
  at: Date;
  durationMs: number;
  actorId: string | null;
  /** The account's username; for a sign-in attempt, the username tried. */
  actorUsername: string | null;
  /** The display name the access token carries. */
  actorName: string | null;
  roles: string[];
  unit: string | null;
  organisation: string | null;
  method: string;
  /** Without the query string. */
  path: string;
  /** The id a create answered with (201), beside those in the path. */
  createdId: string | null;
  /** null: the connection closed before an answer was sent. */
  status: number | null;
  errorCode: string | null;
  requestId: string | null;
  correlationId: string | null;
  address: string | null;
  userAgent: string | null;
  /** What the request did in a few counts, as the route said in `x-audit-summary` (an import: rows, imported, refused). */
  summary: Record<string, number | string | boolean> | null;
}

/** One row of `gateway.audit_entry`. */
export interface AuditEntry extends Omit<RecordedRequest, 'createdId'> {
  /** `POST /api/scenarios/{id}/transitions`. */
  operation: string;
  /** The ids the request acted on: the path's parameters and a created id. */
  targets: string[];
}

export interface StoredAuditEntry extends AuditEntry {
  /** A decimal string (bigserial). */
  id: string;
}

export const STATE_CHANGING_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Filters of the audit log (all optional, combined with AND). */
export interface AuditFilters {
  /** Account id or username (case-insensitive). */
  actor?: string;
  role?: string;
  unit?: string;
  method?: string;
  /** Part of the operation or of the path, case-insensitive. */
  operation?: string;
  target?: string;
  /** `succeeded` (status below 400), `failed` (400 and above, or no answer), `4xx`, or an exact status. */
  result?: string;
  from?: string;
  to?: string;
}

/** A position in the log's order: time, then id, both descending. */
export interface AuditPosition {
  at: string;
  id: string;
}
