import { z } from 'zod';
import { CONSORTIUM_LIMITS, CONSORTIUM_MEMBER_KINDS, CONSORTIUM_ROLES } from '@scq/workflow-domain';

export const consortiumMemberSchema = z
  .object({
    organisation: z.string().trim().min(1, '请填写单位名称 the organisation is required').max(200, '最多 200 个字符 at most 200 characters'),
    kind: z.enum(CONSORTIUM_MEMBER_KINDS, `单位类型应为 ${CONSORTIUM_MEMBER_KINDS.join('、')} 之一 kind must be one of ${CONSORTIUM_MEMBER_KINDS.join(', ')}`),
    role: z.enum(CONSORTIUM_ROLES, '角色应为 lead（牵头单位）或 member（成员单位） role must be lead or member').default('member'),
    contribution: z.string().trim().min(1, '请说明该单位的分工与贡献 state what the organisation contributes').max(500, '最多 500 个字符 at most 500 characters'),
  })
  .strict();

const members = z.array(consortiumMemberSchema).max(CONSORTIUM_LIMITS.maxMembers, `最多 ${CONSORTIUM_LIMITS.maxMembers} 家单位 at most ${CONSORTIUM_LIMITS.maxMembers} organisations`);

/** A new consortium: its name (Chinese required), what it is for, and every organisation with its role (the lead among them). */
export const consortiumCreateSchema = z
  .object({
    name: z
      .object({
        zh: z.string().trim().min(1, '请填写联合体名称（中文） the Chinese name is required').max(100, '最多 100 个字符 at most 100 characters'),
        en: z.string().trim().max(300, '最多 300 个字符 at most 300 characters').optional(),
      })
      .strict(),
    description: z.string().trim().max(2000, '最多 2000 个字符 at most 2000 characters').optional(),
    members,
  })
  .strict();

/** The whole member list, replaced (the lead stays the lead). */
export const consortiumMembersSchema = z.object({ members }).strict();

export type ConsortiumCreate = z.output<typeof consortiumCreateSchema>;
export type ConsortiumMemberInput = z.output<typeof consortiumMemberSchema>;
