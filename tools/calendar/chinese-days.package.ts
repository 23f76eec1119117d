import { createRequire } from 'node:module';
import type { ChineseDaysYear } from '@scq/calendar';

/**
 * The maintained holiday package `chinese-days` (npm, MIT, github.com/vsme/chinese-days), a dev dependency used only
 * by the cross-check test and the import tool of this folder — no service loads it. Loaded through Node's own
 * require, so that the type check does not need it installed; its shapes are written down here from its README and
 * `dist/index.d.ts`.
 */
export const CHINESE_DAYS = 'chinese-days';

/** The part of its API the cross-check uses (dates as `YYYY-MM-DD`). */
export interface ChineseDaysApi {
  /** `work`: whether the day is worked; `name`: the holiday (`"National Day,国庆节,3"`) or the weekday's English name. */
  getDayDetail(date: string): { date: string; work: boolean; name: string };
  isHoliday(date: string): boolean;
  isWorkday(date: string): boolean;
  /** A make-up day off given in lieu (调休). */
  isInLieu(date: string): boolean;
}

export interface ChineseDaysPackage {
  version: string;
  api: ChineseDaysApi;
  /** `dist/years/YYYY.json`; null when the package has no file for the year. */
  year(year: number): ChineseDaysYear | null;
}

const load = createRequire(__filename);

export function chineseDaysPackage(): ChineseDaysPackage {
  let manifest: { version: string };
  try {
    manifest = load(`${CHINESE_DAYS}/package.json`) as { version: string };
  } catch {
    throw new Error(`The dev dependency ${CHINESE_DAYS} is not installed: add "${CHINESE_DAYS}": "^1.5.7" to devDependencies (docs/calendar.md)`);
  }
  return {
    version: manifest.version,
    api: load(CHINESE_DAYS) as ChineseDaysApi,
    year(year) {
      try {
        return load(`${CHINESE_DAYS}/dist/years/${year}.json`) as ChineseDaysYear;
      } catch {
        return null;
      }
    },
  };
}
