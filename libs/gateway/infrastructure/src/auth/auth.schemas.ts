import { z } from 'zod';
import { PERSON_ROLES } from '@scq/contracts';

/** The gateway's schemas with their OpenAPI component names. */
export const gatewaySchemas = z.registry<{ id: string; description?: string }>();

export const LoginRequestSchema = z
  .object({
    username: z.string().trim().min(1, 'required').max(100),
    password: z.string().min(1, 'required').max(200),
  })
  .strict()
  .register(gatewaySchemas, { id: 'LoginRequest', description: '用户名和密码 Username and password' });

export const UserSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    roles: z.array(z.enum(PERSON_ROLES)),
    unit: z.string().nullable().describe('responsible unit (Chinese name), officers and coordinators'),
    district: z.string().nullable().describe('a district officer’s district'),
    organisation: z.string().nullable(),
  })
  .register(gatewaySchemas, { id: 'User', description: 'The signed-in person, as the token vouches for it' });

export const LoginResponseSchema = z
  .object({
    accessToken: z.string().describe('JWT (HS256), valid for 15 minutes; send as `Authorization: Bearer <token>`'),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().describe('seconds the access token is valid'),
    refreshToken: z.string().describe('one use: `POST /api/auth/refresh` answers a new access token and the next refresh token; keep it secret'),
    refreshExpiresIn: z.number().int().describe('seconds the refresh token may wait unused before the session ends'),
    passwordChangeRequired: z.boolean().describe('true: the password was set by someone else; nothing but `POST /api/auth/password` is allowed until it is changed'),
    user: UserSchema,
  })
  .register(gatewaySchemas, { id: 'LoginResponse' });

export const AccountsQuerySchema = z
  .object({ role: z.enum(PERSON_ROLES).describe('the role the accounts hold') })
  .strict()
  .register(gatewaySchemas, { id: 'AccountsQuery' });

export const AccountListSchema = z
  .object({ items: z.array(UserSchema) })
  .register(gatewaySchemas, { id: 'AccountList', description: '账号 Active accounts holding a role, by name' });

export const RefreshRequestSchema = z
  .object({ refreshToken: z.string().min(1, '必填 required').max(200) })
  .strict()
  .register(gatewaySchemas, { id: 'RefreshRequest', description: '刷新令牌 The refresh token of the last sign-in or refresh' });

/** At least 12 characters; a password someone else chose, or the account's name, will not do. */
export const PASSWORD_MIN_LENGTH = 12;

export const ChangePasswordRequestSchema = z
  .object({
    currentPassword: z.string().min(1, '必填 required').max(200),
    newPassword: z.string().min(PASSWORD_MIN_LENGTH, `至少 ${PASSWORD_MIN_LENGTH} 个字符 at least ${PASSWORD_MIN_LENGTH} characters`).max(200),
  })
  .strict()
  .register(gatewaySchemas, { id: 'ChangePasswordRequest', description: '当前密码和新密码 The current password and a new one' });

export const ErrorResponseSchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
    requestId: z.string().optional(),
  })
  .register(gatewaySchemas, { id: 'Error', description: 'The one error format of every service' });

/** The API document itself: OpenAPI 3.1, free-form beyond its top-level structure. */
export const OpenApiDocumentSchema = z
  .looseObject({
    openapi: z.literal('3.1.0'),
    info: z.looseObject({ title: z.string(), version: z.string(), description: z.string().optional() }),
    tags: z.array(z.object({ name: z.string(), description: z.string().optional() })).optional(),
    paths: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown()))),
    components: z.looseObject({ schemas: z.record(z.string(), z.record(z.string(), z.unknown())), securitySchemes: z.record(z.string(), z.record(z.string(), z.unknown())) }),
    'x-missing': z.array(z.object({ source: z.string(), reason: z.string() })).optional().describe('services that did not answer'),
  })
  .register(gatewaySchemas, { id: 'OpenApiDocument', description: 'OpenAPI 3.1' });
