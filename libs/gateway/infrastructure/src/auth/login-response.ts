import type { z } from 'zod';
import type { AccessTokens } from './access-token';
import type { Account } from './account.repository';
import type { LoginResponseSchema, UserSchema } from './auth.schemas';
import type { GatewayAuthConfig } from './gateway-auth.config';

/** What a sign-in (password or single sign-on) and a refresh answer: the session's tokens and whom they name. */
export async function loginResponse(config: GatewayAuthConfig, tokens: AccessTokens, account: Account, sessionId: string, refreshToken: string): Promise<z.infer<typeof LoginResponseSchema>> {
  const { tokenTtlSeconds, session } = config;
  return {
    accessToken: await tokens.issue(account, sessionId, tokenTtlSeconds),
    tokenType: 'Bearer',
    expiresIn: tokenTtlSeconds,
    refreshToken,
    refreshExpiresIn: session.idleSeconds,
    passwordChangeRequired: account.passwordMustChange,
    user: userOf(account),
  };
}

export function userOf(account: Account): z.infer<typeof UserSchema> {
  return { id: account.id, name: account.name, roles: account.roles as z.infer<typeof UserSchema>['roles'], unit: account.unit, district: account.district, organisation: account.organisation };
}
