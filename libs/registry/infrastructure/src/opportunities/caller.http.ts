import { HttpStatus } from '@nestjs/common';
import { RequestError } from '@scq/platform-observability';
import { CALLER_ROLES, normaliseUnit, type MatchmakingCaller } from '@scq/registry-domain';

type Headers = Record<string, string | string[] | undefined>;

/**
 * The caller as the gateway vouches for it in trusted headers (`x-user-id`, `x-user-roles`, `x-user-unit`,
 * non-ASCII values percent-encoded) — the registry's twin of the workflow's actor.http.ts, which a service
 * may not import. A unit given by code or alias becomes its Chinese name. No `x-user-id`: anonymous (null).
 */
export function callerFromHeaders(headers: Headers): MatchmakingCaller | null {
  const id = header(headers, 'x-user-id');
  if (!id) return null;
  const roles = (header(headers, 'x-user-roles') ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = roles.filter((role) => !(CALLER_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_ROLE', `未知角色 unknown roles: ${unknown.join(', ')}; known: ${CALLER_ROLES.join(', ')}`);
  const unit = header(headers, 'x-user-unit');
  return { id, roles, unit: unit ? normaliseUnit(unit) : null };
}

export function requireCaller(headers: Headers): MatchmakingCaller {
  const caller = callerFromHeaders(headers);
  if (!caller) throw new RequestError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', '需要登录 Sign-in required: no user identity on the request');
  return caller;
}

function header(headers: Headers, name: string): string | null {
  const raw = headers[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_HEADER', `请求头 ${name} 编码无效 header ${name} is not valid percent-encoding`);
  }
}
