import { z } from 'zod';

/** Chinese required, English optional: what the responsible units review, and its translation for others. */
const bilingual = (what: string, max: number) =>
  z
    .object({
      zh: z.string().trim().min(1, `请填写${what}（中文） the Chinese text is required`).max(max, `最多 ${max} 个字符 at most ${max} characters`),
      en: z.string().trim().max(max * 3, `最多 ${max * 3} 个字符 at most ${max * 3} characters`).optional(),
    })
    .strict();

/** A mainland mobile number (13912345678, +86 allowed) or a landline with its area code (023-12345678). */
const PHONE = /^(?:(?:\+?86)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;

const member = z
  .object({
    name: z.string().trim().min(1, '请填写姓名 a name is required').max(50),
    role: z.string().trim().min(1, '请填写分工 a role is required').max(100),
    organisation: z.string().trim().max(200).optional(),
  })
  .strict();

/** The application's content (申报书): the proposal, who to contact, the team and its capabilities. */
export const applicationContentSchema = z
  .object({
    proposal: z
      .object({
        title: bilingual('方案名称', 100),
        summary: bilingual('方案摘要', 2000),
        approach: bilingual('实施方案', 20000),
      })
      .strict(),
    contact: z
      .object({
        name: z.string().trim().min(1, '请填写联系人 a contact name is required').max(50),
        phone: z.string().trim().regex(PHONE, '应为手机号或带区号的固定电话 must be a mobile number or a landline with its area code'),
        email: z.email('邮箱格式不正确 must be an email address').max(254),
      })
      .strict(),
    team: z
      .object({
        members: z.array(member).max(50, '团队成员最多 50 人 at most 50 members').default([]),
        capabilities: z.array(z.string().trim().min(1).max(200)).max(30, '能力最多 30 项 at most 30 capabilities').default([]),
      })
      .strict()
      .default({ members: [], capabilities: [] }),
  })
  .strict();

export type ApplicationContent = z.output<typeof applicationContentSchema>;
