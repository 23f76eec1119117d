import { z } from 'zod';
import { timeIdPageQuery } from '@scq/platform-http';
import { CONSORTIUM_MEMBER_KINDS, CONSORTIUM_ROLES } from '@scq/workflow-domain';

const timestamp = z.iso.datetime({ offset: true });

export const ConsortiumMemberSchema = z
  .object({
    id: z.uuid(),
    organisation: z.string().describe('单位名称 The organisation'),
    kind: z.enum(CONSORTIUM_MEMBER_KINDS).describe('单位类型 university, research-institute, enterprise, …'),
    role: z.enum(CONSORTIUM_ROLES).describe('lead 牵头单位 or member 成员单位'),
    contribution: z.string().describe('分工与贡献 What the organisation contributes'),
  })
  .meta({ id: 'ConsortiumMember', description: 'An organisation of a consortium with its role' });

export const ConsortiumSchema = z
  .object({
    id: z.uuid(),
    name: z.object({ zh: z.string(), en: z.string().optional() }),
    description: z.string().nullable(),
    leadOrganisation: z.string().describe('牵头单位 The lead organisation: its applicant accounts manage the consortium and apply in its name'),
    members: z.array(ConsortiumMemberSchema).describe('Every organisation, the lead among them, in the order given'),
    createdBy: z.string(),
    createdAt: timestamp,
    updatedAt: timestamp,
    version: z.number().int().positive(),
    manageable: z.boolean().describe('Whether the caller may change the members (an applicant of the lead organisation)'),
  })
  .meta({ id: 'Consortium', description: '场景创新联合体 A scenario innovation consortium' });

export const ConsortiumPageSchema = z
  .object({ items: z.array(ConsortiumSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ConsortiumPage', description: 'A page of consortia, newest first, with `nextCursor`' });

export const consortiumListQuery = z.object({
  q: z.string().trim().min(1).max(100).optional().describe('联合体名称或成员单位名称的一部分 Part of the name or of a member organisation’s name'),
  ...timeIdPageQuery,
});
