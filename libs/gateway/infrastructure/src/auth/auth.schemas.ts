import { z } from 'zod';

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
    roles: z.array(z.enum(['applicant', 'officer', 'coordinator', 'evaluator', 'admin'])),
    unit: z.string().nullable().describe('responsible unit (Chinese name), officers and coordinators'),
    organisation: z.string().nullable(),
  })
  .register(gatewaySchemas, { id: 'User', description: 'The signed-in person, as the token vouches for it' });

export const LoginResponseSchema = z
  .object({
    accessToken: z.string().describe('JWT (HS256), valid for 1 hour; send as `Authorization: Bearer <token>`'),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().describe('seconds'),
    user: UserSchema,
  })
  .register(gatewaySchemas, { id: 'LoginResponse' });

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
