import { decodeCursor, decodeTimeIdCursor, type TimeIdPosition } from '@scq/platform-persistence';
import { z } from 'zod';

export const INVALID_CURSOR = '无效的分页游标 invalid cursor: use the nextCursor of the previous page';
const AFTER_DESCRIPTION = '上一页的 nextCursor（第一页不传） The `nextCursor` of the previous page (none for the first page)';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A timestamp exactly as `toISOString` writes it, or a calendar date (`YYYY-MM-DD`): what PostgreSQL reads as
 * `timestamptz` or `date` (`Date.parse` alone lets through "1" or 2026-02-30, which it refuses).
 */
export function isIsoTimeOrDate(at: string): boolean {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T00:00:00.000Z` : at;
  const parsed = new Date(time);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString() === time && parsed.getUTCFullYear() >= 1;
}

/** `after` of a list with a position of its own: the `nextCursor` of the previous page, decoded by `decode` (null: a 400 naming `after`). */
export function cursorParam<P>(decode: (cursor: string) => P | null) {
  return z
    .string()
    .max(400)
    .transform((cursor, context): P => {
      const position = decode(cursor);
      if (position !== null) return position;
      context.addIssue({ code: 'custom', message: INVALID_CURSOR });
      return z.NEVER;
    });
}

/** `after` of a list in (time, UUID) order — the most common one; a cursor naming anything else is a 400, never a failed cast in SQL. */
export const timeIdCursorParam = cursorParam((cursor): TimeIdPosition | null => {
  const position = decodeTimeIdCursor(cursor);
  return position && isIsoTimeOrDate(position.at) && UUID.test(position.id) ? position : null;
});

/** `after` of a list in the order of a text id (e.g. evaluators, whose ids are names). */
export const textIdCursorParam = cursorParam((cursor): string | null => {
  const [id, ...rest] = decodeCursor(cursor) ?? [];
  return rest.length === 0 && typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null;
});

/** `limit`: how many items a page holds. */
export const pageLimitParam = (max = 200, fallback = 50) =>
  z.coerce.number().int().min(1).max(max).default(fallback).describe(`每页条数 Items per page (default ${fallback}, at most ${max})`);

/** The paging fields of a keyset-paginated list query: `limit` and `after` (decoded by the given cursor parameter). */
export function keysetPageQuery<A extends z.ZodType>(after: A, { max = 200, fallback = 50 }: { max?: number; fallback?: number } = {}) {
  return { limit: pageLimitParam(max, fallback), after: after.optional().describe(AFTER_DESCRIPTION) };
}

/** `limit` and `after` of a list in (time, UUID) order, the most common list of the platform. */
export const timeIdPageQuery = keysetPageQuery(timeIdCursorParam);
