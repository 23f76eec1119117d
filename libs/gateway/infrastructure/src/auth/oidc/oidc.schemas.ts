import { z } from 'zod';
import { gatewaySchemas, LoginResponseSchema } from '../auth.schemas';

export const OidcStatusSchema = z
  .object({
    enabled: z.boolean().describe('false: single sign-on is not configured (OIDC_ISSUER unset); its other routes answer 404 SSO_DISABLED'),
    providerName: z.object({ zh: z.string(), en: z.string() }).nullable().describe('the provider as the sign-in button names it'),
  })
  .register(gatewaySchemas, { id: 'OidcStatus', description: '单点登录是否开启 Whether single sign-on is on, and through which provider' });

export const OidcLoginQuerySchema = z
  .object({ returnTo: z.string().max(2000).optional().describe('the console path to land on after signing in (a path of this site; anything else means /)') })
  .strict()
  .register(gatewaySchemas, { id: 'OidcLoginQuery' });

/** What the provider sends back: the code and state, or an error; providers add parameters of their own (`iss`, `session_state`). */
export const OidcCallbackQuerySchema = z
  .looseObject({
    code: z.string().max(4000).optional(),
    state: z.string().max(200).optional(),
    error: z.string().max(200).optional(),
    error_description: z.string().max(2000).optional(),
  })
  .register(gatewaySchemas, { id: 'OidcCallbackQuery' });

export const OidcHandoffRequestSchema = z
  .object({ code: z.string().min(1, '必填 required').max(200).describe('the one-time code of `/sso#handoff=<code>`') })
  .strict()
  .register(gatewaySchemas, { id: 'OidcHandoffRequest', description: '单点登录交接码 The one-time code single sign-on handed to the console' });

export const OidcHandoffResponseSchema = LoginResponseSchema.extend({
  returnTo: z.string().describe('the console path the sign-in began from'),
}).register(gatewaySchemas, { id: 'OidcHandoffResponse', description: 'A new session, as a password sign-in answers it, and where to go' });
