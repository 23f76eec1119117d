import { COORDINATION_MECHANISM_UNIT } from '@scq/identity';
import { findUnit, taxonomyVersions } from '@scq/taxonomy';

/** A unit's name as the taxonomy writes it, from its name, alias or full name in any version; undefined when unknown. */
export function knownUnit(name: string): string | undefined {
  if (name.trim() === COORDINATION_MECHANISM_UNIT) return COORDINATION_MECHANISM_UNIT;
  for (const version of taxonomyVersions()) {
    const found = findUnit(version, name.trim());
    if (found) return found.zhName;
  }
  return undefined;
}
