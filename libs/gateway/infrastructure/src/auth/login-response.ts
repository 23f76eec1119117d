import type { z } from 'zod';
import { issueAccessToken } from './access-token';
import type { Account } from './account.repository';
import type { LoginResponseSchema, UserSchema } from './auth.schemas';
import type { GatewayAuthConfig } from './gateway-auth.config';

/** What a sign-in (password or single sign-on) and a refresh answer: the session's tokens and whom they name. */
export function loginResponse(config: GatewayAuthConfig, account: Account, sessionId: string, refreshToken: string): z.infer<typeof LoginResponseSchema> {
  const { jwtSecret, tokenTtlSeconds, session } = config;
  return {
    accessToken: issueAccessToken(account, sessionId, jwtSecret, tokenTtlSeconds),
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
