import type { Schema } from './client';
import { useApiQuery, type GetAnswer, type Loaded } from './queries';

/** The taxonomy version the plan now runs on (GET /api/taxonomy lists the versions). */
export const CURRENT_TAXONOMY = '2026-final';

export type Unit = Schema<'TaxonomyUnit'>;
export type Domain = Schema<'TaxonomyDomain'>;
export type Taxonomy = GetAnswer<'/api/taxonomy/{version}'>;

/** GET /api/taxonomy/:version — aspects with their domains and responsible units. */
export function useTaxonomy(version: string = CURRENT_TAXONOMY): Loaded<Taxonomy> {
  return useApiQuery('/api/taxonomy/{version}', { params: { path: { version } } });
}

export function allDomains(taxonomy: Taxonomy): Domain[] {
  return taxonomy.aspects.flatMap((aspect) => aspect.domains);
}

export function allUnits(taxonomy: Taxonomy): Unit[] {
  const byCode = new Map<string, Unit>();
  for (const domain of allDomains(taxonomy)) for (const unit of domain.responsibleUnits) byCode.set(unit.code, unit);
  return [...byCode.values()].sort((a, b) => a.zhName.localeCompare(b.zhName, 'zh-CN'));
}
