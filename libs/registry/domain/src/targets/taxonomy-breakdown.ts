import { aspects, domains, findAspect, findDomain, isTaxonomyVersionId, successorDomain, type TaxonomyVersionId } from '@scq/taxonomy';
import type { TaxonomyPlacement } from './target-facts';

/** One aspect or domain of the report's taxonomy version; `code` null is the 未归类 (unclassified) line. */
export interface BreakdownItem {
  code: string | null;
  zhName: string;
  enName: string;
  count: number;
}

/** One district; `district` null counts what names no district (e.g. municipal-level, 市级). */
export interface DistrictItem {
  district: string | null;
  count: number;
}

export interface Breakdowns {
  byAspect: BreakdownItem[];
  byDomain: BreakdownItem[];
  byDistrict: DistrictItem[];
}

/** Something counted once in the total; it may touch several aspects and domains (a matchmaking event). */
export interface CountedItem {
  placements: readonly TaxonomyPlacement[];
  district: string | null;
}

const UNCLASSIFIED = { zhName: '未归类', enName: 'Unclassified' };

/**
 * A placement seen in the report's version: the same domain code, else its successor (e.g. a 2025-draft
 * mine-safety scenario counts under 2026-final's emergency-management-mine-safety), else the domain it was
 * derived from when that is a single one. A merged domain cannot be split back: its domain is null then.
 */
export function placeIn(version: TaxonomyVersionId, placement: TaxonomyPlacement): { aspect: string | null; domain: string | null } {
  let target = findDomain(version, placement.domainCode);
  if (!target && isTaxonomyVersionId(placement.taxonomyVersion) && placement.taxonomyVersion !== version) {
    target = successorDomain(version, placement.domainCode);
    const origin = target ? undefined : findDomain(placement.taxonomyVersion, placement.domainCode);
    if (origin?.derivedFrom?.length === 1) target = findDomain(version, origin.derivedFrom[0] as string);
  }
  if (target) return { aspect: target.aspect, domain: target.code };
  return { aspect: findAspect(version, placement.aspectCode)?.code ?? null, domain: null };
}

/**
 * Counts items by aspect and domain (every aspect and domain of the version, in the plan's order, zeros
 * included; an item counts once under each distinct aspect or domain it touches, and under 未归类 when it
 * touches none) and by district (most first; no district last).
 */
export function breakdowns(version: TaxonomyVersionId, items: readonly CountedItem[]): Breakdowns {
  const aspectCounts = new Map<string | null, number>();
  const domainCounts = new Map<string | null, number>();
  const districtCounts = new Map<string | null, number>();
  const bump = (map: Map<string | null, number>, key: string | null) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const item of items) {
    const placed = item.placements.map((p) => placeIn(version, p));
    const itemAspects = new Set(placed.map((p) => p.aspect).filter((a): a is string => a !== null));
    const itemDomains = new Set(placed.map((p) => p.domain).filter((d): d is string => d !== null));
    if (itemAspects.size === 0) bump(aspectCounts, null);
    for (const aspect of itemAspects) bump(aspectCounts, aspect);
    if (itemDomains.size === 0) bump(domainCounts, null);
    for (const domain of itemDomains) bump(domainCounts, domain);
    bump(districtCounts, item.district);
  }
  const withUnclassified = (list: BreakdownItem[], counts: Map<string | null, number>) =>
    counts.get(null) ? [...list, { code: null, ...UNCLASSIFIED, count: counts.get(null) as number }] : list;
  return {
    byAspect: withUnclassified(
      aspects(version).map((a) => ({ code: a.code, zhName: a.zhLabel, enName: a.enName, count: aspectCounts.get(a.code) ?? 0 })),
      aspectCounts,
    ),
    byDomain: withUnclassified(
      domains(version).map((d) => ({ code: d.code, zhName: d.zhName, enName: d.enName, count: domainCounts.get(d.code) ?? 0 })),
      domainCounts,
    ),
    byDistrict: [...districtCounts.entries()]
      .map(([district, count]) => ({ district, count }))
      .sort((a, b) => (a.district === null ? 1 : 0) - (b.district === null ? 1 : 0) || b.count - a.count || byCodePoint(a.district as string, b.district as string)),
  };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
