import { z } from 'zod';

/* Field schemas shared by opportunities, demand lists and matchmaking events; messages are zh then en. */

export const text = () => z.string({ error: (issue) => (issue.input === undefined ? '必填 required' : '必须是文本 must be text') });

export const trimmed = (max: number) => text().trim().min(1, '不能为空 must not be empty').max(max, `最多 ${max} 个字符 at most ${max} characters`);

export const bilingualTitle = () => z.object({ zh: trimmed(200), en: trimmed(300).optional() }, { error: '应为 {zh, en?} must be {zh, en?}' }).strict();

export const bilingualText = () => z.object({ zh: trimmed(10_000).optional(), en: trimmed(20_000).optional() }, { error: '应为 {zh?, en?} must be {zh?, en?}' }).strict();

/** A calendar date (Beijing), YYYY-MM-DD, from 2000 on. */
export const calendarDate = () =>
  z.iso
    .date({ error: '日期格式应为 YYYY-MM-DD must be a date YYYY-MM-DD' })
    .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', '日期应在 2000–2100 年之间 the date must be within 2000–2100');

export const recordId = (what: string) => z.uuid({ error: `${what}应为 UUID must be a UUID` });

/** Names compare after trimming and collapsing inner whitespace ("重庆  某某 公司" = "重庆 某某 公司"). */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}
