import { HttpStatus } from '@nestjs/common';
import { isPersonRole, PERSON_ROLES, type Actor, type PersonRole } from '@scq/contracts';
import { RequestError } from '../errors/request-error';
import { findHostileInput } from '../validation/hostile-input';
import type { CanonicalUnitName } from './unit-names';

export const IDENTITY_HEADERS = ['x-user-id', 'x-user-roles', 'x-user-unit', 'x-user-org'] as const;

type HeaderMap = Record<string, string | string[] | undefined>;

/**
 * The caller as the gateway states it in the `x-user-*` headers (non-ASCII values percent-encoded); null when the
 * request names nobody. Read only by the AuthenticationGuard: no controller reads identity headers.
 */
export function actorFromHeaders(headers: HeaderMap, canonicalUnit: CanonicalUnitName = (unit) => unit): Actor | null {
  const id = header(headers, 'x-user-id');
  if (!id) return null;
  const named = (header(headers, 'x-user-roles') ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const unknown = named.filter((role) => !isPersonRole(role));
  if (unknown.length > 0) throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_ROLE', `未知角色 unknown roles: ${unknown.join(', ')}; known: ${PERSON_ROLES.join(', ')}`);
  const unit = header(headers, 'x-user-unit');
  return { id, roles: named as PersonRole[], unit: unit ? canonicalUnit(unit) : null, organisation: header(headers, 'x-user-org') };
}

function header(headers: HeaderMap, name: string): string | null {
  const raw = headers[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_HEADER', `请求头 ${name} 编码无效 header ${name} is not valid percent-encoding`);
  }
  if (findHostileInput(decoded)) throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_HEADER', `请求头 ${name} 含有无效字符 header ${name} contains invalid characters`);
  return decoded;
}
