import { z } from 'zod';

const YEAR = '年份应为 2000–2100 之间的整数 year must be an integer within 2000–2100';
export const yearQuery = z.coerce.number({ error: YEAR }).int(YEAR).min(2000, YEAR).max(2100, YEAR);

/** Free text in Chinese or English: each word (split on spaces) must appear, in any case. */
export const textQuery = z.string().trim().min(1, '请输入查询词 q must not be empty').max(100, '查询词最多 100 个字符 q is at most 100 characters');

/** `open=true`: only what may still be answered (published, its deadline to respond today or later, Beijing time). */
export const openQuery = z.enum(['true', 'false'], { error: 'open 应为 true 或 false must be true or false' }).transform((value) => value === 'true');

/** The words of a text query. */
export function queryTerms(q: string | undefined): string[] {
  return q ? q.split(/\s+/).filter(Boolean) : [];
}
