import { PERSON_ROLES } from '@scq/contracts';
import { cursorParam, isIsoTimeOrDate, keysetPageQuery } from '@scq/platform-http';
import { decodeCursor } from '@scq/platform-persistence';
import { z } from 'zod';
import { gatewaySchemas } from '../auth/auth.schemas';
import { STATE_CHANGING_METHODS, type AuditPosition } from './audit-entry';

const time = (what: string) =>
  z
    .string()
    .refine(isIsoTimeOrDate, '应为 ISO 时间（如 2026-03-01T08:00:00.000Z）或日期 must be an ISO time (2026-03-01T08:00:00.000Z) or a date (2026-03-01)')
    .describe(what);

const text = (what: string) => z.string().trim().min(1).max(200).describe(what);

/** The audit log's filters, for the page and the CSV export alike. */
export const AuditFiltersSchema = z
  .object({
    actor: text('账号 ID 或用户名 Account id or username (case-insensitive); for sign-in attempts, the username tried').optional(),
    role: z.enum(PERSON_ROLES).describe('调用者的角色 A role the caller held').optional(),
    unit: text('调用者的单位 The caller’s unit, as written in the token').optional(),
    method: z.enum(STATE_CHANGING_METHODS).describe('HTTP 方法 HTTP method').optional(),
    operation: text('操作或路径包含 Part of the operation (`POST /api/scenarios/{id}/transitions`) or of the path, case-insensitive').optional(),
    target: text('对象 ID An id the request acted on (a path parameter or a created id)').optional(),
    result: z
      .string()
      .regex(/^(succeeded|failed|[1-5]xx|[1-5]\d\d)$/, '应为 succeeded、failed、4xx 或状态码 must be succeeded, failed, a status class such as 4xx, or a status such as 403')
      .describe('结果 `succeeded` (below 400), `failed` (400 and above, or no answer), a class (`4xx`) or a status (`403`)')
      .optional(),
    from: time('起始时间（含） From this time on (inclusive)').optional(),
    to: time('截止时间（不含） Before this time (exclusive)').optional(),
  })
  .strict()
  .register(gatewaySchemas, { id: 'AuditFilters' });

const auditCursorParam = cursorParam((cursor): AuditPosition | null => {
  const [at, id, ...rest] = decodeCursor(cursor) ?? [];
  return rest.length === 0 && typeof at === 'string' && isIsoTimeOrDate(at) && typeof id === 'string' && /^\d{1,18}$/.test(id) ? { at, id } : null;
});

export const AuditQuerySchema = AuditFiltersSchema.extend(keysetPageQuery(auditCursorParam, { max: 500, fallback: 50 })).strict().register(gatewaySchemas, { id: 'AuditQuery' });

export const AuditEntrySchema = z
  .object({
    id: z.string().describe('increasing with the order of writing'),
    at: z.string().describe('when the request arrived (ISO 8601)'),
    durationMs: z.number().int(),
    actorId: z.string().nullable().describe('null: anonymous, or a sign-in attempt that failed'),
    actorUsername: z.string().nullable().describe('the username; for a sign-in attempt, the one tried'),
    actorName: z.string().nullable(),
    roles: z.array(z.string()),
    unit: z.string().nullable(),
    organisation: z.string().nullable(),
    method: z.enum(STATE_CHANGING_METHODS),
    path: z.string().describe('without the query string'),
    operation: z.string().describe('method and route as the API document names it: `POST /api/scenarios/{id}/transitions`'),
    targets: z.array(z.string()).describe('the ids acted on: path parameters and a created id'),
    status: z.number().int().nullable().describe('HTTP status; null when the connection closed before an answer'),
    errorCode: z.string().nullable().describe('the error code of a refusal (`FORBIDDEN`, `VALIDATION_FAILED`, …)'),
    requestId: z.string().nullable().describe('the answer’s `x-request-id`'),
    correlationId: z.string().nullable(),
    address: z.string().nullable().describe('the client’s address (through the proxies TRUST_PROXY names)'),
    userAgent: z.string().nullable().describe('at most 200 characters'),
    summary: z
      .record(z.string(), z.union([z.number(), z.string(), z.boolean()]))
      .nullable()
      .describe('what the request did in a few counts, as its route said (an import: `{ mode, rows, imported, refused }`); null for most'),
  })
  .register(gatewaySchemas, { id: 'AuditEntry', description: '审计日志条目 One state-changing request: who, what, on which ids, with which result' });

export const AuditEntryPageSchema = z
  .object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() })
  .register(gatewaySchemas, { id: 'AuditEntryPage', description: 'Newest first; pass `nextCursor` back as `after` for the next page (null on the last)' });
