import { DISTRICTS_2026 } from './districts.data';

export type DistrictKind = 'district' | 'county' | 'autonomous-county' | 'functional-area' | 'sichuan-city';

/** Where a district lies: Chongqing, or a Sichuan partner of joint 成渝 scenarios. */
export type Region = 'chongqing' | 'sichuan';

export interface District {
  /** GB/T 2260 code, or a slug for functional areas without one. */
  code: string;
  /** The canonical name, as accounts and scenarios store it. */
  zhName: string;
  enName: string;
  kind: DistrictKind;
  region: Region;
  /** Other spellings met in documents (重庆市渝中区, 石柱县). */
  aliases: string[];
}

/** One version of the directory of districts, kept as data like the taxonomy. */
export interface DistrictDirectory {
  version: string;
  title: string;
  districts: District[];
}

const DIRECTORIES: readonly DistrictDirectory[] = [DISTRICTS_2026];

export const CURRENT_DISTRICTS_VERSION = DISTRICTS_2026.version;

export function districtDirectoryVersions(): string[] {
  return DIRECTORIES.map((directory) => directory.version);
}

export function districtDirectory(version: string = CURRENT_DISTRICTS_VERSION): DistrictDirectory | undefined {
  return DIRECTORIES.find((directory) => directory.version === version);
}

/** The district a name means (canonical name, an alias or the code), in the current version; undefined when none. */
export function findDistrict(name: string, version: string = CURRENT_DISTRICTS_VERSION): District | undefined {
  const wanted = name.trim();
  return districtDirectory(version)?.districts.find((d) => d.zhName === wanted || d.code === wanted || d.aliases.includes(wanted));
}

/** The canonical name of a district, or the input trimmed when it names none. */
export function canonicalDistrictName(name: string): string {
  return findDistrict(name)?.zhName ?? name.trim();
}
