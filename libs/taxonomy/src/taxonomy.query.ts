import { UnknownAspectError, UnknownDomainError } from './taxonomy.errors';
import { taxonomy } from './taxonomy.registry';
import type { Aspect, Coordinator, Domain, Mechanism, PlanTargets } from './taxonomy.types';

/*
 * Pure lookups over one taxonomy version. Every function throws UnknownTaxonomyVersionError for an
 * unknown version; the `find…` variants return undefined where the strict ones throw.
 */

/** The five aspects (方面), in the plan's order. */
export function aspects(version: string): readonly Aspect[] {
  return taxonomy(version).aspects;
}

/** An aspect by code or by its exact zh heading; undefined when there is none. */
export function findAspect(version: string, codeOrZhName: string): Aspect | undefined {
  return aspects(version).find((aspect) => aspect.code === codeOrZhName || aspect.zhName === codeOrZhName);
}

/**
 * The domains (领域) in the plan's order, optionally only those of one aspect (code or zh heading;
 * an unknown aspect throws UnknownAspectError).
 */
export function domains(version: string, filter: { aspect?: string } = {}): readonly Domain[] {
  const all = taxonomy(version).domains;
  if (filter.aspect === undefined) return all;
  const aspect = findAspect(version, filter.aspect);
  if (!aspect) throw new UnknownAspectError(version, filter.aspect);
  return all.filter((domain) => domain.aspect === aspect.code);
}

/** A domain by code; undefined when the version has none. */
export function findDomain(version: string, code: string): Domain | undefined {
  return taxonomy(version).domains.find((domain) => domain.code === code);
}

/** A domain by code; throws UnknownDomainError when the version has none. */
export function domain(version: string, code: string): Domain {
  const found = findDomain(version, code);
  if (!found) throw new UnknownDomainError(version, code);
  return found;
}

/**
 * The domain of a derived version that a domain of its source version maps to (e.g. 2026-final's
 * emergency-management-mine-safety for 2025-draft's mine-safety); undefined when none does.
 */
export function successorDomain(version: string, predecessorCode: string): Domain | undefined {
  return taxonomy(version).domains.find((domain) => domain.derivedFrom?.includes(predecessorCode) ?? false);
}

/** The cross-cutting mechanisms ((六)–(十一) and 五、加强组织实施) with their responsible units. */
export function mechanisms(version: string): readonly Mechanism[] {
  return taxonomy(version).mechanisms;
}

/** The coordinating unit (统筹推进, publishes the batch lists) and its duties. */
export function coordinator(version: string): Coordinator {
  return taxonomy(version).coordinator;
}

/** Target year, annual targets (null in the draft), budget reserve share and scenario tiers. */
export function planTargets(version: string): PlanTargets {
  return taxonomy(version).planTargets;
}
