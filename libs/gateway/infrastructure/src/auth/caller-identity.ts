import type { Request } from 'express';
import { IDENTITY_HEADERS } from '@scq/platform-http';
import { bearerToken, verifyAccessToken, type TokenIdentity } from './access-token';

export { IDENTITY_HEADERS };

export type IdentityResolution = { ok: true; headers: Record<string, string>; passwordChangeRequired: boolean } | { ok: false; code: string; message: string };

/**
 * The `x-user-*` headers a proxied request carries to a service. A valid Bearer token: its claims, whatever the
 * client sent. A bad token: refused. No token: the client's own headers only when `trustClientIdentity`, else none.
 */
export function identityHeadersFor(request: Request, secret: string, trustClientIdentity: boolean): IdentityResolution {
  const token = bearerToken(request.header('authorization'));
  if (token === null) return { ok: false, code: 'TOKEN_INVALID', message: '访问令牌无效 Authorization must be `Bearer <access token>`' };
  if (token !== undefined) {
    const check = verifyAccessToken(token, secret);
    return check.ok ? { ok: true, headers: headersOf(check.identity), passwordChangeRequired: check.identity.passwordChangeRequired } : check;
  }
  const headers: Record<string, string> = {};
  if (trustClientIdentity) {
    for (const name of IDENTITY_HEADERS) {
      const value = request.header(name);
      if (value) headers[name] = value;
    }
  }
  return { ok: true, headers, passwordChangeRequired: false };
}

export function headersOf(identity: TokenIdentity): Record<string, string> {
  const headers: Record<string, string> = { 'x-user-id': encodeURIComponent(identity.id), 'x-user-roles': identity.roles.join(',') };
  if (identity.unit) headers['x-user-unit'] = encodeURIComponent(identity.unit);
  if (identity.organisation) headers['x-user-org'] = encodeURIComponent(identity.organisation);
  return headers;
}
