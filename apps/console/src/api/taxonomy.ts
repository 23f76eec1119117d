import { useApi, type Loaded } from './use-api';

/** The taxonomy version the plan now runs on (GET /api/taxonomy lists the versions). */
export const CURRENT_TAXONOMY = '2026-final';

export interface Unit {
  code: string;
  zhName: string;
  enName: string;
  aliases?: string[];
}

export interface Domain {
  code: string;
  number: number;
  zhName: string;
  enName: string;
  aspect: string;
  responsibleUnits: Unit[];
}

export interface Aspect {
  code: string;
  numeral: string;
  zhName: string;
  zhLabel: string;
  enName: string;
  domains: Domain[];
}

export interface Taxonomy {
  version: string;
  aspects: Aspect[];
  coordinator: Unit;
  planTargets: Record<string, unknown>;
}

/** GET /api/taxonomy/:version — aspects with their domains and responsible units. */
export function useTaxonomy(version: string = CURRENT_TAXONOMY): Loaded<Taxonomy> {
  return useApi<Taxonomy>(`/api/taxonomy/${encodeURIComponent(version)}`);
}

export function allDomains(taxonomy: Taxonomy): Domain[] {
  return taxonomy.aspects.flatMap((aspect) => aspect.domains);
}

export function allUnits(taxonomy: Taxonomy): Unit[] {
  const byCode = new Map<string, Unit>();
  for (const domain of allDomains(taxonomy)) for (const unit of domain.responsibleUnits) byCode.set(unit.code, unit);
  return [...byCode.values()].sort((a, b) => a.zhName.localeCompare(b.zhName, 'zh-CN'));
}
