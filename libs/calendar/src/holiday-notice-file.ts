import { CalendarDataError } from './calendar.errors';
import type { IsoDate, LocalizedName } from './calendar.types';
import { dayOfWeekOfDayNumber, parseIsoDate, yearOfDayNumber } from './shanghai-time';

/**
 * A year's State Council holiday notice as data (a JSON file in `CALENDAR_DIR`, or `PUT /api/calendar/:year`),
 * for years after the ones registered in code. Lighter than `HolidayYear`: no clause quotes, but the same
 * day rules: every date inside the year, periods in order without overlaps, a make-up day a Saturday or Sunday
 * outside every period, naming a period of the file.
 */
export interface HolidayNoticeFile {
  readonly year: number;
  readonly notice: { readonly documentNumber: string; readonly title: string; readonly issuedOn?: IsoDate; readonly officialUrl?: string };
  readonly holidays: ReadonlyArray<{ readonly code: string; readonly name: LocalizedName; readonly first: IsoDate; readonly last: IsoDate }>;
  readonly makeUpWorkdays: ReadonlyArray<{ readonly date: IsoDate; readonly forPeriod: string }>;
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** Every rule the file breaks, one sentence each (zh + en); empty when it is valid. */
export function holidayNoticeFileProblems(input: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(input)) return ['文件应为对象 The file must be an object'];
  const year = input.year;
  if (!Number.isSafeInteger(year) || (year as number) < 2000 || (year as number) > 9999) problems.push('year 应为 2000–9999 的整数 year must be an integer from 2000 to 9999');
  const notice = input.notice;
  if (!isObject(notice) || !text(notice.documentNumber) || !text(notice.title)) problems.push('notice 须有 documentNumber 与 title notice needs documentNumber and title');
  else if (notice.issuedOn !== undefined && (typeof notice.issuedOn !== 'string' || parseIsoDate(notice.issuedOn) === undefined)) problems.push('notice.issuedOn 应为 YYYY-MM-DD notice.issuedOn must be YYYY-MM-DD');
  const inYear = (value: unknown, where: string): number | undefined => {
    const day = typeof value === 'string' ? parseIsoDate(value) : undefined;
    if (day === undefined) problems.push(`${where}: 日期无效 not a valid YYYY-MM-DD date`);
    else if (Number.isSafeInteger(year) && yearOfDayNumber(day) !== year) problems.push(`${where}: ${String(value)} 不在 ${String(year)} 年内 is not in ${String(year)}`);
    else return day;
    return undefined;
  };
  const periods: Array<{ code: string; first: number; last: number }> = [];
  if (!Array.isArray(input.holidays) || input.holidays.length === 0) problems.push('holidays 应为非空数组 holidays must be a non-empty array');
  else
    input.holidays.forEach((holiday: unknown, i) => {
      const where = `holidays[${i}]`;
      if (!isObject(holiday)) return void problems.push(`${where}: 应为对象 must be an object`);
      if (!text(holiday.code)) problems.push(`${where}.code: 不能为空 must not be empty`);
      else if (periods.some((p) => p.code === holiday.code)) problems.push(`${where}.code: ${holiday.code} 重复 is listed twice`);
      if (!isObject(holiday.name) || !text(holiday.name.zh) || !text(holiday.name.en)) problems.push(`${where}.name: 须有 zh 与 en needs zh and en`);
      const first = inYear(holiday.first, `${where}.first`);
      const last = inYear(holiday.last, `${where}.last`);
      if (first === undefined || last === undefined) return;
      if (last < first) return void problems.push(`${where}: last 早于 first ends before it starts`);
      const previous = periods.at(-1);
      if (previous && first <= previous.last) problems.push(`${where}: 与上一假期重叠或顺序颠倒 overlaps the previous period or is out of order`);
      periods.push({ code: String(holiday.code), first, last });
    });
  const makeUps = new Set<number>();
  if (!Array.isArray(input.makeUpWorkdays)) problems.push('makeUpWorkdays 应为数组 makeUpWorkdays must be an array');
  else
    input.makeUpWorkdays.forEach((makeUp: unknown, i) => {
      const where = `makeUpWorkdays[${i}]`;
      if (!isObject(makeUp)) return void problems.push(`${where}: 应为对象 must be an object`);
      if (!periods.some((p) => p.code === makeUp.forPeriod)) problems.push(`${where}.forPeriod: 不是本文件的假期 names no period of this file`);
      const day = inYear(makeUp.date, `${where}.date`);
      if (day === undefined) return;
      const weekday = dayOfWeekOfDayNumber(day);
      if (weekday !== 0 && weekday !== 6) problems.push(`${where}: ${String(makeUp.date)} 不是周六或周日 is not a Saturday or Sunday`);
      if (periods.some((p) => day >= p.first && day <= p.last)) problems.push(`${where}: ${String(makeUp.date)} 在假期内 lies inside a period off`);
      if (makeUps.has(day)) problems.push(`${where}: ${String(makeUp.date)} 重复 is listed twice`);
      makeUps.add(day);
    });
  return problems;
}

/** The file, checked: throws CalendarDataError with every problem otherwise. */
export function parseHolidayNoticeFile(input: unknown): HolidayNoticeFile {
  const problems = holidayNoticeFileProblems(input);
  if (problems.length > 0) throw new CalendarDataError(problems);
  return input as HolidayNoticeFile;
}
