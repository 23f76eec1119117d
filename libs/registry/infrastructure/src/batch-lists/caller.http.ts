import { HttpStatus } from '@nestjs/common';
import { RequestError } from '@scq/platform-observability';
import type { BatchListCaller } from '@scq/registry-domain';
import { findUnit, taxonomyVersions } from '@scq/taxonomy';

/**
 * The caller, from the trusted headers the gateway sets until its JWT work lands (`x-user-id`, `x-user-roles`,
 * `x-user-unit`, percent-encoded). The same reading as the workflow's actor.http.ts, which this slice may not import:
 * it belongs in a shared platform lib.
 */
const PERSON_ROLES = ['applicant', 'officer', 'coordinator', 'evaluator', 'admin'];

type Headers = Record<string, string | string[] | undefined>;

export function callerFromHeaders(headers: Headers): BatchListCaller | null {
  const id = header(headers, 'x-user-id');
  if (!id) return null;
  const roles = (header(headers, 'x-user-roles') ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const unknown = roles.filter((role) => !PERSON_ROLES.includes(role));
  if (unknown.length > 0) throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_ROLE', `未知角色 unknown roles: ${unknown.join(', ')}; known: ${PERSON_ROLES.join(', ')}`);
  return { id, roles, unit: normaliseUnit(header(headers, 'x-user-unit')) };
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

function normaliseUnit(unit: string | null): string | null {
  if (!unit) return null;
  for (const version of taxonomyVersions()) {
    const known = findUnit(version, unit);
    if (known) return known.zhName;
  }
  return unit;
}
