import { z } from 'zod';
import { PERSON_ROLES } from '@scq/contracts';
import { normaliseUscc, ORGANISATION_KINDS, USCC_MESSAGES, usccProblem, USERNAME_PATTERN } from '@scq/identity';
import { gatewaySchemas } from '../auth/auth.schemas';

const DisplayNameSchema = z.object({
  zh: z.string().trim().min(1, '必填 required').max(60),
  en: z.string().trim().max(80).default(''),
});

const roles = z.array(z.enum(PERSON_ROLES)).min(1, '至少指定一个角色 give at least one role').max(PERSON_ROLES.length).refine((list) => new Set(list).size === list.length, '角色重复 a role is listed twice');
const optionalName = (max: number) => z.string().trim().min(1).max(max).nullable().default(null);

export const CreateUserRequestSchema = z
  .object({
    username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN, '3–64 个小写字母、数字或 . _ -（首尾为字母或数字） 3–64 lower-case letters, digits or . _ - (a letter or digit first and last)'),
    displayName: DisplayNameSchema,
    roles,
    unit: optionalName(100).describe('responsible unit: its name, alias or full name (GET /api/taxonomy/{version}/units); stored as the taxonomy writes it'),
    district: optionalName(50).describe('a district officer’s district (GET /api/directory/districts)'),
    organisationId: z.string().trim().min(1).max(64).nullable().default(null).describe('GET /api/admin/organisations'),
  })
  .strict()
  .register(gatewaySchemas, { id: 'CreateUserRequest', description: '新建用户 A new person: the answer carries a temporary password, to be changed at first sign-in' });

export const UpdateUserRequestSchema = z
  .object({
    displayName: DisplayNameSchema.optional(),
    roles: roles.optional(),
    unit: z.string().trim().min(1).max(100).nullable().optional(),
    district: z.string().trim().min(1).max(50).nullable().optional(),
    organisationId: z.string().trim().min(1).max(64).nullable().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, '没有要修改的字段 nothing to change')
  .register(gatewaySchemas, { id: 'UpdateUserRequest', description: '修改用户 What changes (fields left out stay as they are; null clears)' });

export const UsersQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(100).optional().describe('part of the username or display name'),
    role: z.enum(PERSON_ROLES).optional(),
    status: z.enum(['active', 'disabled']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict()
  .register(gatewaySchemas, { id: 'UsersQuery' });

export const OrganisationRefSchema = z.object({ id: z.string(), name: z.string() });

export const DirectoryUserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.object({ zh: z.string(), en: z.string() }),
    status: z.enum(['active', 'disabled']),
    roles: z.array(z.enum(PERSON_ROLES)),
    unit: z.string().nullable(),
    district: z.string().nullable(),
    organisation: OrganisationRefSchema.nullable(),
    passwordMustChange: z.boolean().describe('true until the person changes a password someone else set'),
  })
  .register(gatewaySchemas, { id: 'DirectoryUser', description: '目录中的用户 A person in the directory' });

export const UserPageSchema = z
  .object({ items: z.array(DirectoryUserSchema), next: z.string().nullable().describe('cursor of the next page') })
  .register(gatewaySchemas, { id: 'UserPage' });

export const UserWithPasswordSchema = z
  .object({ user: DirectoryUserSchema, temporaryPassword: z.string().describe('shown once: give it to the person; it must be changed at first sign-in') })
  .register(gatewaySchemas, { id: 'UserWithTemporaryPassword' });

const uscc = z
  .string()
  .transform(normaliseUscc)
  .superRefine((code, context) => {
    const problem = usccProblem(code);
    if (problem) context.addIssue({ code: 'custom', message: USCC_MESSAGES[problem] });
  });

const aliases = z.array(z.string().trim().min(1).max(100)).max(20).default([]);

export const CreateOrganisationRequestSchema = z
  .object({
    name: z.string().trim().min(1, '必填 required').max(100),
    nameEn: z.string().trim().max(150).default(''),
    kind: z.enum(ORGANISATION_KINDS),
    uscc: uscc.nullable().default(null).describe('统一社会信用代码, checked by its check character (GB 32100-2015)'),
    aliases,
  })
  .strict()
  .register(gatewaySchemas, { id: 'CreateOrganisationRequest', description: '新建机构 A new organisation' });

export const UpdateOrganisationRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    nameEn: z.string().trim().max(150).optional(),
    kind: z.enum(ORGANISATION_KINDS).optional(),
    uscc: uscc.nullable().optional(),
    aliases: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, '没有要修改的字段 nothing to change')
  .register(gatewaySchemas, { id: 'UpdateOrganisationRequest' });

export const OrganisationsQuerySchema = z
  .object({ q: z.string().trim().min(1).max(100).optional().describe('part of the name, an alias or the code'), kind: z.enum(ORGANISATION_KINDS).optional() })
  .strict()
  .register(gatewaySchemas, { id: 'OrganisationsQuery' });

export const OrganisationSchema = z
  .object({ id: z.string(), name: z.string(), nameEn: z.string(), kind: z.enum(ORGANISATION_KINDS), uscc: z.string().nullable(), aliases: z.array(z.string()) })
  .register(gatewaySchemas, { id: 'Organisation', description: '机构（申报单位、评审专家所在单位） An organisation of applicants and evaluators' });

export const OrganisationListSchema = z.object({ items: z.array(OrganisationSchema) }).register(gatewaySchemas, { id: 'OrganisationList' });

export const DistrictDirectorySchema = z
  .object({
    version: z.string(),
    title: z.string(),
    districts: z.array(
      z.object({
        code: z.string(),
        zhName: z.string(),
        enName: z.string(),
        kind: z.enum(['district', 'county', 'autonomous-county', 'functional-area', 'sichuan-city']),
        region: z.enum(['chongqing', 'sichuan']),
        aliases: z.array(z.string()),
      }),
    ),
  })
  .register(gatewaySchemas, { id: 'DistrictDirectory', description: '区县目录 Chongqing’s districts and counties, and the Sichuan partners of joint 成渝 scenarios' });

export const DistrictsQuerySchema = z.object({ version: z.string().max(20).optional() }).strict().register(gatewaySchemas, { id: 'DistrictsQuery' });
