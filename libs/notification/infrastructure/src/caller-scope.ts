import type { Actor } from '@scq/contracts';
import { canonicalUnitName } from '@scq/taxonomy';

/** The coordinator and admins see and manage every recipient's notifications. */
export function isPrivileged(actor: Actor): boolean {
  return actor.roles.includes('coordinator') || actor.roles.includes('admin');
}

/** A unit named by code, alias or Chinese name, as the taxonomy writes it. */
export function normaliseUnit(unit: string | null): string | null {
  return unit ? canonicalUnitName(unit) : null;
}
