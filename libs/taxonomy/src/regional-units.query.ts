import { chongqingUnits, sichuanUnits } from './data/units.data';
import type { Unit, UnitRegion } from './taxonomy.types';

/*
 * 成渝 units: every unit of Chongqing the plan names and the Sichuan units a joint scenario may have as co-owners,
 * with the region of each (data, units.data.ts). Looked up by code, zh name, full name or alias.
 */

/** Every unit a scenario may name as a co-owner: Chongqing's, then Sichuan's. */
export function regionalUnits(): readonly Unit[] {
  return [...chongqingUnits, ...sichuanUnits];
}

export function findRegionalUnit(ref: string): Unit | undefined {
  const key = ref.trim();
  return regionalUnits().find((unit) => unit.code === key || unit.zhName === key || unit.fullName === key || (unit.aliases?.includes(key) ?? false));
}

/** The region of a unit; a unit the data does not know (a district, a municipal SOE, an enterprise of the city) is Chongqing's. */
export function regionOfUnit(ref: string): UnitRegion {
  return findRegionalUnit(ref)?.region ?? '重庆';
}

/** 成渝 joint (跨区域): some co-owner unit is of another region than the owner unit. */
export function isCrossRegional(ownerUnit: string, coOwnerUnits: readonly string[]): boolean {
  const home = regionOfUnit(ownerUnit);
  return coOwnerUnits.some((unit) => regionOfUnit(unit) !== home);
}
