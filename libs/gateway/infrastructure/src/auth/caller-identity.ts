import { isPersonRole, PERSON_ROLES, type Actor, type PersonRole } from '@scq/contracts';
import { bearerToken, findHostileInput } from '@scq/platform-http';
import type { Request } from 'express';
import type { AccessTokens } from './access-token';

/** The headers a client might use to claim an identity: never forwarded, read only in the tests' trusting mode. */
export const IDENTITY_HEADERS = ['x-user-id', 'x-user-roles', 'x-user-unit', 'x-user-org', 'x-user-district'] as const;

export type CallerResolution = { ok: true; caller: Actor | null; passwordChangeRequired: boolean; sessionId?: string; name?: string; username?: string | null } | { ok: false; status: 400 | 401; code: string; message: string };

/**
 * Who is calling: a valid Bearer access token names its account; a bad one is refused. Without a token nobody, unless
 * `trustClientIdentity` (tests and local demos, never production), where the client's own `x-user-*` headers do.
 */
export async function callerOf(request: Request, tokens: AccessTokens, trustClientIdentity: boolean): Promise<CallerResolution> {
  const token = bearerToken(request.header('authorization'));
  if (token === null) return { ok: false, status: 401, code: 'TOKEN_INVALID', message: '访问令牌无效 Authorization must be `Bearer <access token>`' };
  if (token !== undefined) {
    const check = await tokens.verify(token);
    if (!check.ok) return { ...check, status: 401 };
    const { id, username, name, roles, unit, organisation, district, passwordChangeRequired, sessionId } = check.identity;
    return { ok: true, caller: { id, roles: roles.filter(isPersonRole), unit, organisation, district }, passwordChangeRequired, sessionId, name, username };
  }
  return trustClientIdentity ? clientClaimed(request) : { ok: true, caller: null, passwordChangeRequired: false };
}

/** The tests' trusting mode: the identity the client's headers claim (non-ASCII values percent-encoded). */
function clientClaimed(request: Request): CallerResolution {
  try {
    const id = header(request, 'x-user-id');
    if (!id) return { ok: true, caller: null, passwordChangeRequired: false };
    const roles = (header(request, 'x-user-roles') ?? '')
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean);
    const unknown = roles.filter((role) => !isPersonRole(role));
    if (unknown.length > 0) return { ok: false, status: 400, code: 'INVALID_ROLE', message: `未知角色 unknown roles: ${unknown.join(', ')}; known: ${PERSON_ROLES.join(', ')}` };
    return { ok: true, caller: { id, roles: roles as PersonRole[], unit: header(request, 'x-user-unit'), organisation: header(request, 'x-user-org'), district: header(request, 'x-user-district') }, passwordChangeRequired: false };
  } catch (error) {
    return { ok: false, status: 400, code: 'INVALID_HEADER', message: (error as Error).message };
  }
}

function header(request: Request, name: string): string | null {
  const value = request.header(name)?.trim();
  if (!value) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    throw new Error(`请求头 ${name} 编码无效 header ${name} is not valid percent-encoding`);
  }
  if (findHostileInput(decoded)) throw new Error(`请求头 ${name} 含有无效字符 header ${name} contains invalid characters`);
  return decoded;
}
