import { FACTOR_KIND_DATA, type FactorKindData } from './data/factor-units.data';

/** The factor kinds (要素) a scenario may ask for, in the data's order. */
export const FACTOR_KINDS = FACTOR_KIND_DATA.map((factor) => factor.kind) as [FactorKind, ...FactorKind[]];
export type FactorKind = (typeof FACTOR_KIND_DATA)[number]['kind'];
export type { FactorKindData };

export function factorKinds(): readonly FactorKindData[] {
  return FACTOR_KIND_DATA;
}

/** The factor of a kind (its name, the unit that answers for it and how long it has); undefined for an unknown kind. */
export function findFactorKind(kind: string): FactorKindData | undefined {
  return FACTOR_KIND_DATA.find((factor) => factor.kind === kind);
}
