import { decodeTimeIdCursor, type TimeIdPosition } from '@scq/platform-persistence';
import { z } from 'zod';

const INVALID_CURSOR = '无效的分页游标 invalid cursor: use the nextCursor of the previous page';

/** `after`: the `nextCursor` of the previous page of a list in (time, id) order, decoded (a 400 naming `after` otherwise). */
export const timeIdCursorParam = z
  .string()
  .max(400)
  .transform((cursor, context): TimeIdPosition => {
    const position = decodeTimeIdCursor(cursor);
    if (position) return position;
    context.addIssue({ code: 'custom', message: INVALID_CURSOR });
    return z.NEVER;
  });

/** `limit`: how many items a page holds. */
export const pageLimitParam = (max = 200, fallback = 50) => z.coerce.number().int().min(1).max(max).default(fallback);
