import type { SqlExecutor } from '@scq/platform-persistence';
import { coordinator, findDomain, findUnit, responsibleUnits, taxonomyVersions } from '@scq/taxonomy';
import type { OrganisationNames } from './ports/organisation-names.port';

/**
 * One name per organisation: a municipal unit given by code, zh name or alias (`transport-commission`, `市交通运输委`)
 * becomes its zh name as the plan writes it, so the owner unit of a scenario and an evaluator's affiliation compare;
 * anything else (an enterprise, a university) is kept as given, trimmed.
 */
export function normaliseOrganisation(ref: string): string {
  return unitNamed(ref) ?? ref.trim();
}

/** The zh name of the municipal unit `ref` names (code, zh name or alias) in some taxonomy version; null if none. */
function unitNamed(ref: string): string | null {
  const trimmed = ref.trim();
  for (const version of taxonomyVersions()) {
    const unit = findUnit(version, trimmed);
    if (unit) return unit.zhName;
  }
  return null;
}

/**
 * The one name of an organisation typed into the service: a municipal unit as the taxonomy writes it, any other
 * organisation as the directory names it (by name, alias or 统一社会信用代码: `重交大` → `重庆交通大学`), and a name
 * neither knows as typed (trimmed). Conflicts of interest compare these names.
 */
export async function canonicalOrganisation(names: OrganisationNames, db: SqlExecutor, ref: string): Promise<string> {
  return unitNamed(ref) ?? names.canonical(db, ref);
}

/** `canonicalOrganisation` for many names at once (one lookup): a function from each of them to its one name. */
export async function organisationSpeller(names: OrganisationNames, db: SqlExecutor, refs: readonly string[]): Promise<(ref: string) => string> {
  const units = new Map(refs.map((ref) => [ref, unitNamed(ref)] as const));
  const directory = await names.canonicalAll(db, refs.filter((ref) => units.get(ref) === null));
  return (ref) => units.get(ref) ?? unitNamed(ref) ?? directory(ref);
}

/** Whether a domain code exists in some taxonomy version. */
export function isKnownDomain(code: string): boolean {
  return taxonomyVersions().some((version) => findDomain(version, code) !== undefined);
}

/**
 * Who organises an assessment (the `responsible-unit` scope of the assessment machine): the coordinator, which
 * runs the evaluation mechanism (建立场景工作推动和评估机制), and the units responsible for the domain in any taxonomy version.
 */
export function organisingUnits(domainCode: string | null): string[] {
  const names = new Set<string>();
  for (const version of taxonomyVersions()) {
    names.add(coordinator(version).unit);
    if (domainCode !== null && findDomain(version, domainCode)) for (const unit of responsibleUnits(version, domainCode)) names.add(unit.zhName);
  }
  return [...names];
}
