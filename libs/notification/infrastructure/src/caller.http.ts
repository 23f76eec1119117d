import { callerFromHeaders as readCaller, requireCaller as readRequiredCaller, type Caller } from '@scq/platform-observability';
import { canonicalUnitName } from '@scq/taxonomy';

export type { Caller };
export type HeaderMap = Record<string, string | string[] | undefined>;

/** The caller, units spelled as the taxonomy writes them (the trusted headers every service reads). */
export function callerFromHeaders(headers: HeaderMap): Caller | null {
  return readCaller(headers, canonicalUnitName);
}

export function requireCaller(headers: HeaderMap): Caller {
  return readRequiredCaller(headers, canonicalUnitName);
}

/** The coordinator and admins see and manage every recipient's notifications. */
export function isPrivileged(caller: Caller): boolean {
  return caller.roles.includes('coordinator') || caller.roles.includes('admin');
}

/** A unit named by code, alias or Chinese name, as the taxonomy writes it. */
export function normaliseUnit(unit: string | null): string | null {
  return unit ? canonicalUnitName(unit) : null;
}
