import { HttpStatus } from '@nestjs/common';
import { RequestError } from '@scq/platform-observability';
import { findUnit, taxonomyVersions } from '@scq/taxonomy';

export type HeaderMap = Record<string, string | string[] | undefined>;

export const PERSON_ROLES = ['applicant', 'officer', 'coordinator', 'evaluator', 'admin'] as const;

/** The caller as the gateway vouches for it (the same trusted headers the workflow reads). */
export interface Caller {
  id: string;
  roles: string[];
  /** The unit's Chinese name (a code or alias in the header is resolved through the taxonomy). */
  unit: string | null;
}

/**
 * `x-user-id`, `x-user-roles` (comma-separated), `x-user-unit` (code, alias or Chinese name, percent-encoded);
 * null without a user id. Unknown roles are a 400; `system` is never accepted from outside.
 */
export function callerFromHeaders(headers: HeaderMap): Caller | null {
  const id = header(headers, 'x-user-id');
  if (!id) return null;
  const roles = (header(headers, 'x-user-roles') ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = roles.filter((role) => !(PERSON_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_ROLE', `未知角色 unknown roles: ${unknown.join(', ')}; known: ${PERSON_ROLES.join(', ')}`);
  return { id, roles, unit: normaliseUnit(header(headers, 'x-user-unit')) };
}

export function requireCaller(headers: HeaderMap): Caller {
  const caller = callerFromHeaders(headers);
  if (!caller) throw new RequestError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', '需要登录 Sign-in required: no user identity on the request');
  return caller;
}

/** The coordinator and admins see and manage every recipient's notifications. */
export function isPrivileged(caller: Caller): boolean {
  return caller.roles.includes('coordinator') || caller.roles.includes('admin');
}

export function normaliseUnit(unit: string | null): string | null {
  if (!unit) return null;
  for (const version of taxonomyVersions()) {
    const known = findUnit(version, unit);
    if (known) return known.zhName;
  }
  return unit;
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
