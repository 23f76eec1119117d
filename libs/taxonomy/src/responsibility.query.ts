import { UnknownUnitError } from './taxonomy.errors';
import { domain } from './taxonomy.query';
import { taxonomy, taxonomyVersions } from './taxonomy.registry';
import type { Domain, Unit } from './taxonomy.types';

/*
 * Who is responsible for what (责任单位). Units are looked up by code ("emergency-management-bureau"),
 * by zh name exactly as the plan writes it ("市应急管理局") or by an alias the sources use ("市发改委").
 */

/** A unit reference: its code, zh name or alias, or the unit itself. */
export type UnitRef = string | Pick<Unit, 'code'>;

const matches = (unit: Unit, ref: string) => unit.code === ref || unit.zhName === ref || unit.fullName === ref || (unit.aliases?.includes(ref) ?? false);

/** Every unit of the version, in order of first appearance in the plan. */
export function units(version: string): readonly Unit[] {
  return taxonomy(version).units;
}

/** A unit by code, zh name or alias; undefined when the version has none. */
export function findUnit(version: string, ref: UnitRef): Unit | undefined {
  const key = typeof ref === 'string' ? ref : ref.code;
  return units(version).find((unit) => matches(unit, key));
}

/** A unit by code, zh name or alias; throws UnknownUnitError when the version has none. */
export function unit(version: string, ref: UnitRef): Unit {
  const found = findUnit(version, ref);
  if (!found) throw new UnknownUnitError(version, typeof ref === 'string' ? ref : ref.code);
  return found;
}

/** The responsible units of a domain, in the plan's order; throws UnknownDomainError for an unknown domain. */
export function responsibleUnits(version: string, domainCode: string): readonly Unit[] {
  return domain(version, domainCode).responsibleUnits.map((zhName) => unit(version, zhName));
}

/**
 * The domains a unit is responsible for, in the plan's order (the lifecycle engine's authorisation reads
 * this). Throws UnknownUnitError for a unit the version does not know; a known unit responsible for no
 * domain (e.g. 市财政局, named only in mechanisms) gets an empty list.
 */
export function domainsForUnit(version: string, ref: UnitRef): readonly Domain[] {
  const { zhName } = unit(version, ref);
  return taxonomy(version).domains.filter((candidate) => candidate.responsibleUnits.includes(zhName));
}

/**
 * Whether a unit is a responsible unit of a domain. Deny-by-default for the caller's identity: an unknown
 * unit is simply not responsible (false). The version and domain come from stored scenarios, so an
 * unknown version or domain is a data error and throws.
 */
export function isResponsibleFor(version: string, ref: UnitRef, domainCode: string): boolean {
  const target = domain(version, domainCode);
  const found = findUnit(version, ref);
  return found !== undefined && target.responsibleUnits.includes(found.zhName);
}

/** Whether a unit is the plan's coordinator (市发展改革委: 统筹推进, 分批次发布应用场景项目清单). */
export function isCoordinator(version: string, ref: UnitRef): boolean {
  const found = findUnit(version, ref);
  return found !== undefined && found.zhName === taxonomy(version).coordinator.unit;
}

/**
 * A unit as the plan writes it (its Chinese name) from a code, alias or name, in any version; a name the
 * taxonomy does not know (a district, an SOE, an enterprise) comes back trimmed as it was written.
 */
export function canonicalUnitName(ref: string): string {
  const written = ref.trim();
  for (const version of taxonomyVersions()) {
    const known = findUnit(version, written);
    if (known) return known.zhName;
  }
  return written;
}
