import { coordinator, findDomain, findUnit, responsibleUnits, taxonomyVersions } from '@scq/taxonomy';

/**
 * One name per organisation: a municipal unit given by code, zh name or alias (`transport-commission`, `市交通运输委`)
 * becomes its zh name as the plan writes it, so the owner unit of a scenario and an evaluator's affiliation compare;
 * anything else (an enterprise, a university) is kept as given, trimmed.
 */
export function normaliseOrganisation(ref: string): string {
  const trimmed = ref.trim();
  for (const version of taxonomyVersions()) {
    const unit = findUnit(version, trimmed);
    if (unit) return unit.zhName;
  }
  return trimmed;
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
