import { z } from 'zod';
import { decodeKeysetCursor } from './keyset-cursor';

/** Query fields shared by the slice's list endpoints (all lists are strict: a misspelt filter is a 400, not a silent match-all). */
export const pageQuery = {
  limit: z.coerce.number({ error: '应为整数 must be an integer' }).int().min(1, '至少 1 at least 1').max(200, '最多 200 at most 200').default(50),
  after: z
    .string()
    .refine((cursor) => decodeKeysetCursor(cursor) !== null, '无效的分页游标 invalid cursor')
    .optional(),
};

const YEAR = '年份应为 2000–2100 之间的整数 year must be an integer within 2000–2100';
export const yearQuery = z.coerce.number({ error: YEAR }).int(YEAR).min(2000, YEAR).max(2100, YEAR);
