import { HttpStatus } from '@nestjs/common';
import type { Actor } from '@scq/platform-lifecycle';
import { RequestError } from '@scq/platform-observability';
import { findUnit, taxonomyVersions } from '@scq/taxonomy';

// Copied from libs/workflow/infrastructure/src/actor.http.ts (services may not import each other's libs).
export const PERSON_ROLES = ['applicant', 'officer', 'coordinator', 'evaluator', 'admin'] as const;

type HeaderMap = Record<string, string | string[] | undefined>;

/**
 * The caller, as the gateway vouches for it in trusted headers (`x-user-id`, `x-user-roles`, `x-user-unit`,
 * `x-user-org`; non-ASCII values percent-encoded). Services never accept the `system` role from outside. A unit
 * given by code or alias becomes its Chinese name.
 */
export function actorFromHeaders(headers: HeaderMap): Actor | null {
  const id = header(headers, 'x-user-id');
  if (!id) return null;
  const roles = (header(headers, 'x-user-roles') ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = roles.filter((role) => !(PERSON_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_ROLE', `未知角色 unknown roles: ${unknown.join(', ')}; known: ${PERSON_ROLES.join(', ')}`);
  return { id, roles, unit: normaliseUnit(header(headers, 'x-user-unit')), organisation: header(headers, 'x-user-org') };
}

export function requireActor(headers: HeaderMap): Actor {
  const actor = actorFromHeaders(headers);
  if (!actor) throw new RequestError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', '需要登录 Sign-in required: no user identity on the request');
  return actor;
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

function normaliseUnit(unit: string | null): string | null {
  if (!unit) return null;
  for (const version of taxonomyVersions()) {
    const known = findUnit(version, unit);
    if (known) return known.zhName;
  }
  return unit;
}
