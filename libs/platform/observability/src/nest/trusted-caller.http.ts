import { HttpStatus } from '@nestjs/common';
import { RequestError } from './http-exception.filter';

/** The roles a person can hold; `system` (the platform itself) is never accepted from outside. */
export const PERSON_ROLES = ['applicant', 'officer', 'coordinator', 'evaluator', 'admin'] as const;

export interface Caller {
  id: string;
  roles: string[];
  unit: string | null;
  organisation: string | null;
}

type HeaderMap = Record<string, string | string[] | undefined>;

/**
 * The caller, as the gateway vouches for it in trusted headers (`x-user-id`, `x-user-roles`, `x-user-unit`,
 * `x-user-org`; non-ASCII values percent-encoded) until the gateway's JWT work replaces them with verified
 * claims. No `x-user-id`: anonymous (null). Services pass how they spell units (e.g. the taxonomy's names).
 */
export function callerFromHeaders(headers: HeaderMap, canonicalUnit: (unit: string) => string = (unit) => unit): Caller | null {
  const id = header(headers, 'x-user-id');
  if (!id) return null;
  const roles = (header(headers, 'x-user-roles') ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const unknown = roles.filter((role) => !(PERSON_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_ROLE', `未知角色 unknown roles: ${unknown.join(', ')}; known: ${PERSON_ROLES.join(', ')}`);
  const unit = header(headers, 'x-user-unit');
  return { id, roles, unit: unit ? canonicalUnit(unit) : null, organisation: header(headers, 'x-user-org') };
}

/** The caller, or 401 when the request names nobody. */
export function requireCaller(headers: HeaderMap, canonicalUnit?: (unit: string) => string): Caller {
  const caller = callerFromHeaders(headers, canonicalUnit);
  if (!caller) throw new RequestError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', '需要登录 Sign-in required: no user identity on the request');
  return caller;
}

function header(headers: HeaderMap, name: string): string | null {
  const raw = headers[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_HEADER', `请求头 ${name} 编码无效 header ${name} is not valid percent-encoding`);
  }
}
