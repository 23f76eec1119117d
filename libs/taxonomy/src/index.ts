export type {
  Aspect,
  AnnualTargets,
  Coordinator,
  Domain,
  Mechanism,
  PlanTargets,
  ScenarioTier,
  SeedFile,
  SourceQuote,
  TaxonomyVersion,
  TaxonomyVersionId,
  Unit,
  UnitRegion,
} from './taxonomy.types';
export { UNIT_REGIONS } from './taxonomy.types';
export {
  TaxonomyLookupError,
  UnknownAspectError,
  UnknownDomainError,
  UnknownTaxonomyVersionError,
  UnknownUnitError,
} from './taxonomy.errors';
export { isTaxonomyVersionId, taxonomy, taxonomyVersions } from './taxonomy.registry';
export { aspects, coordinator, domain, domains, findAspect, findDomain, mechanisms, planTargets, successorDomain } from './taxonomy.query';
export { canonicalUnitName, domainsForUnit, findUnit, isCoordinator, isResponsibleFor, responsibleUnits, unit, units, type UnitRef } from './responsibility.query';
export { findRegionalUnit, isCrossRegional, regionalUnits, regionOfUnit } from './regional-units.query';
export { factorKinds, findFactorKind, FACTOR_KINDS, type FactorKind, type FactorKindData } from './factor-kinds.query';
