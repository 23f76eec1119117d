import { CalendarDataError } from './calendar.errors';
import type { HolidayYear, IsoDate, LocalizedName } from './calendar.types';
import type { HolidayNoticeFile } from './holiday-notice-file';
import { holidayNoticeFileProblems } from './holiday-notice-file';
import { isoOfDayNumber, parseIsoDate } from './shanghai-time';

/**
 * The data of the maintained npm package `chinese-days` (github.com/vsme/chinese-days), as it publishes a year in
 * `dist/years/YYYY.json` (and all years in `dist/chinese-days.json`): each day off (weekends inside a period
 * included) and each make-up working day (调休上班日), keyed `YYYY-MM-DD`, valued `"<English name>,<中文名>,<statutory days>"`.
 * This file only reads that shape; the package itself is loaded by the cross-check test and the import tool
 * (tools/calendar), never by a service.
 */
export interface ChineseDaysYear {
  readonly holidays: Readonly<Record<IsoDate, string>>;
  readonly workdays: Readonly<Record<IsoDate, string>>;
  /** Days off given in lieu (a subset of `holidays`); not needed here. */
  readonly inLieuDays?: Readonly<Record<IsoDate, string>>;
}

/** The package's Chinese holiday names, as our period codes and names. */
const KNOWN: Readonly<Record<string, { code: string; name: LocalizedName }>> = {
  元旦: { code: 'new-year', name: { zh: '元旦', en: "New Year's Day" } },
  春节: { code: 'spring-festival', name: { zh: '春节', en: 'Spring Festival' } },
  清明: { code: 'qingming', name: { zh: '清明节', en: 'Qingming Festival' } },
  劳动节: { code: 'labour-day', name: { zh: '劳动节', en: 'Labour Day' } },
  端午: { code: 'dragon-boat', name: { zh: '端午节', en: 'Dragon Boat Festival' } },
  中秋: { code: 'mid-autumn', name: { zh: '中秋节', en: 'Mid-Autumn Festival' } },
  国庆节: { code: 'national-day', name: { zh: '国庆节', en: 'National Day' } },
};

/** National Day and Mid-Autumn in one run of days off (2025, 2023, 2020, …): one period, as the notice has it. */
const COMBINED = { code: 'national-day-mid-autumn', name: { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' } };
const COMBINES = new Set(['national-day', 'mid-autumn']);

/** The period a value of the package names: a known holiday by our code, anything else by its own names. */
function periodOf(value: string): { code: string; name: LocalizedName } {
  const [en = '', zh = ''] = value.split(',').map((part) => part.trim());
  if (Object.hasOwn(KNOWN, zh)) return KNOWN[zh];
  const code = en.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'holiday';
  return { code, name: { zh: zh || en, en: en || zh } };
}

const inYear = (year: number) => (date: string) => date.startsWith(`${year}-`);

/** Every way our registered year and the package's data for it differ, one line each in date order (empty when they agree). */
export function chineseDaysDifferences(ours: HolidayYear, theirs: ChineseDaysYear): string[] {
  const own = inYear(ours.year);
  const problems: string[] = [];
  const ourDaysOff = new Map<IsoDate, string>();
  for (const period of ours.periods) {
    for (let day = parseIsoDate(period.first) as number; day <= (parseIsoDate(period.last) as number); day++) ourDaysOff.set(isoOfDayNumber(day), period.code);
  }
  const ourMakeUps = new Map(ours.makeUpWorkdays.map((makeUp) => [makeUp.date, makeUp.forPeriod as string]));
  const compare = (what: string, mine: Map<IsoDate, string>, package_: Readonly<Record<IsoDate, string>>) => {
    const theirDates = Object.keys(package_).filter(own);
    for (const date of [...mine.keys()].filter(own)) if (!Object.hasOwn(package_, date)) problems.push(`${date}: ${what} here (${mine.get(date)}), not in chinese-days`);
    for (const date of theirDates) {
      const code = mine.get(date);
      const named = periodOf(package_[date]).code;
      if (code === undefined) problems.push(`${date}: ${what} in chinese-days (${package_[date]}), not here`);
      else if (code !== named && !(code === COMBINED.code && COMBINES.has(named))) problems.push(`${date}: ${what} for ${code} here, for ${named} in chinese-days`);
    }
  };
  compare('a day off', ourDaysOff, theirs.holidays);
  compare('a make-up working day', ourMakeUps, theirs.workdays);
  return problems.sort();
}

/**
 * A year's notice file (the format of `CALENDAR_DIR` and `PUT /api/calendar/:year`) from the package's data: each
 * run of consecutive days off is a period (National Day with Mid-Autumn in one run is the combined period), each
 * make-up day names the period of its holiday. The package carries no document number: the caller gives the
 * notice's, read on www.gov.cn. Throws CalendarDataError when the package has nothing for the year or the result
 * breaks a rule of the file format.
 */
export function noticeFileFromChineseDays(year: number, theirs: ChineseDaysYear, notice: HolidayNoticeFile['notice']): HolidayNoticeFile {
  const dates = Object.keys(theirs.holidays).filter(inYear(year)).sort();
  if (dates.length === 0) throw new CalendarDataError([`chinese-days 没有 ${year} 年的节假日 chinese-days has no holidays for ${year}`]);
  const runs: Array<{ first: IsoDate; last: IsoDate; codes: Set<string>; names: Array<{ code: string; name: LocalizedName }> }> = [];
  for (const date of dates) {
    const period = periodOf(theirs.holidays[date]);
    const run = runs.at(-1);
    if (run && parseIsoDate(date) === (parseIsoDate(run.last) as number) + 1) {
      run.last = date;
      if (!run.codes.has(period.code)) run.names.push(period);
      run.codes.add(period.code);
    } else runs.push({ first: date, last: date, codes: new Set([period.code]), names: [period] });
  }
  const holidays = runs.map((run) => {
    const combined = run.codes.size === 2 && [...run.codes].every((code) => COMBINES.has(code));
    const { code, name } = combined ? COMBINED : run.names[0];
    return { code, name, first: run.first, last: run.last };
  });
  const codeOf = (value: string): string => {
    const named = periodOf(value).code;
    return holidays.some((holiday) => holiday.code === named) ? named : COMBINES.has(named) && holidays.some((holiday) => holiday.code === COMBINED.code) ? COMBINED.code : named;
  };
  const makeUpWorkdays = Object.keys(theirs.workdays)
    .filter(inYear(year))
    .sort()
    .map((date) => ({ date, forPeriod: codeOf(theirs.workdays[date]) }));
  const file: HolidayNoticeFile = { year, notice, holidays, makeUpWorkdays };
  const problems = holidayNoticeFileProblems(file);
  if (problems.length > 0) throw new CalendarDataError(problems);
  return file;
}
