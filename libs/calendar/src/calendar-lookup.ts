import { CalendarDataError, InvalidCalendarInputError } from './calendar.errors';
import type { HolidayCode, HolidayYear, IsoDate, LocalizedName } from './calendar.types';
import { registeredHolidayYears } from './holiday-data.registry';
import { HolidaySchedule } from './holiday-schedule';
import { parseHolidayNoticeFile, type HolidayNoticeFile } from './holiday-notice-file';
import { dayOfWeekOfDayNumber, isoOfDayNumber, parseIsoDate, toDayNumber, yearOfDayNumber, type CalendarDayInput } from './shanghai-time';

/** `from` + `add` working days, and whether a year without an official notice was counted Monday–Friday. */
export interface WorkingDaysAnswer {
  readonly from: IsoDate;
  readonly add: number;
  readonly date: IsoDate;
  /** True when every day counted lies in a year with an official State Council notice. */
  readonly official: boolean;
  /** The years counted Monday–Friday because no notice is registered for them, ascending. */
  readonly unofficialYears: readonly number[];
}

/** A year as the calendar knows it: the notice's days off and make-up working days, or nothing when unofficial. */
export interface CalendarYearView {
  readonly year: number;
  readonly official: boolean;
  /** `registered`: verified data in code (holiday-data.registry.ts); `loaded`: a notice file or the admin endpoint. */
  readonly source: 'registered' | 'loaded' | null;
  readonly notice: { readonly documentNumber: string; readonly title: string; readonly issuedOn: IsoDate | null; readonly officialUrl: string | null } | null;
  readonly holidays: ReadonlyArray<{ readonly code: HolidayCode | string; readonly name: LocalizedName; readonly first: IsoDate; readonly last: IsoDate; readonly days: number }>;
  readonly makeUpWorkdays: ReadonlyArray<{ readonly date: IsoDate; readonly forPeriod: HolidayCode | string }>;
}

interface LoadedYear {
  readonly file: HolidayNoticeFile;
  readonly daysOff: ReadonlySet<number>;
  readonly makeUps: ReadonlySet<number>;
}

/** The largest `add` answered: about 40 years of working days, so a bad request cannot spin the loop. */
export const MAX_WORKING_DAYS_ADDED = 10_000;

/**
 * Look-ups that never throw for a missing year: a day in a year without an official notice counts as a working
 * day when it is Monday–Friday, and the answer says so (`official: false`, `unofficialYears`). The deadline
 * arithmetic of `working-day.calendar.ts` stays strict; this is what the services show and flag.
 */
export class CalendarLookup {
  private readonly schedule: HolidaySchedule;
  private readonly byYear: ReadonlyMap<number, HolidayYear>;
  private readonly loaded = new Map<number, LoadedYear>();

  constructor(years: readonly HolidayYear[] = registeredHolidayYears) {
    this.schedule = new HolidaySchedule(years);
    this.byYear = new Map(years.map((year) => [year.year, year]));
  }

  isOfficialYear(year: number): boolean {
    return this.byYear.has(year) || this.loaded.has(year);
  }

  /**
   * Adds (or replaces) a year from a notice file, validated (holiday-notice-file.ts). A year registered in code
   * cannot be replaced: its data is verified against the notice and tested day by day.
   */
  load(input: unknown): HolidayNoticeFile {
    const file = parseHolidayNoticeFile(input);
    if (this.byYear.has(file.year)) throw new CalendarDataError([`${file.year} 年已由代码登记，不能覆盖 ${file.year} is registered in code and cannot be replaced`]);
    const daysOff = new Set<number>();
    for (const holiday of file.holidays) {
      for (let day = parseIsoDate(holiday.first) as number; day <= (parseIsoDate(holiday.last) as number); day++) daysOff.add(day);
    }
    const makeUps = new Set(file.makeUpWorkdays.map((makeUp) => parseIsoDate(makeUp.date) as number));
    this.loaded.set(file.year, { file, daysOff, makeUps });
    return file;
  }

  /** Whether a year's data came from code (verified) and cannot be replaced. */
  isRegisteredYear(year: number): boolean {
    return this.byYear.has(year);
  }

  /** The years from the Shanghai day of `a` to that of `b` (either order) that have no official notice. */
  unofficialYearsBetween(a: CalendarDayInput, b: CalendarDayInput): number[] {
    const [first, last] = [yearOfDayNumber(toDayNumber(a, 'a')), yearOfDayNumber(toDayNumber(b, 'b'))].sort((x, y) => x - y) as [number, number];
    const years: number[] = [];
    for (let year = first; year <= last; year++) if (!this.isOfficialYear(year)) years.push(year);
    return years;
  }

  /** Monday–Friday in a year without a notice; the notice's answer otherwise. */
  isWorkingDay(date: CalendarDayInput): boolean {
    const day = toDayNumber(date);
    const year = yearOfDayNumber(day);
    if (this.byYear.has(year)) return this.schedule.isWorkingDay(day);
    const loaded = this.loaded.get(year);
    if (loaded?.makeUps.has(day)) return true;
    if (loaded?.daysOff.has(day)) return false;
    const weekday = dayOfWeekOfDayNumber(day);
    return weekday !== 0 && weekday !== 6;
  }

  /** The `add`-th working day after `from` (`add` = 0: `from` itself), with the flag. */
  addWorkingDays(from: IsoDate, add: number): WorkingDaysAnswer {
    if (!Number.isSafeInteger(add) || add < 0 || add > MAX_WORKING_DAYS_ADDED) {
      throw new InvalidCalendarInputError(`工作日数 ${String(add)} 须为 0–${MAX_WORKING_DAYS_ADDED} 的整数。`, `The number of working days ${String(add)} must be an integer from 0 to ${MAX_WORKING_DAYS_ADDED}.`);
    }
    const start = toDayNumber(from, 'from');
    let day = start;
    for (let left = add; left > 0; left--) {
      day++;
      while (!this.isWorkingDay(isoOfDayNumber(day))) day++;
    }
    const unofficialYears = add === 0 ? [] : this.unofficialYearsBetween(isoOfDayNumber(start + 1), isoOfDayNumber(day));
    return { from: isoOfDayNumber(start), add, date: isoOfDayNumber(day), official: unofficialYears.length === 0, unofficialYears };
  }

  /** The year's days off and make-up working days; an unofficial year has none listed (weekends only). */
  year(year: number): CalendarYearView {
    if (!Number.isSafeInteger(year) || year < 1900 || year > 9999) {
      throw new InvalidCalendarInputError(`年份 ${String(year)} 无效。`, `The year ${String(year)} is not valid.`);
    }
    const loaded = this.loaded.get(year)?.file;
    if (loaded) {
      const { documentNumber, title, issuedOn, officialUrl } = loaded.notice;
      return {
        year,
        official: true,
        source: 'loaded',
        notice: { documentNumber, title, issuedOn: issuedOn ?? null, officialUrl: officialUrl ?? null },
        holidays: loaded.holidays.map(({ code, name, first, last }) => ({ code, name: { zh: name.zh, en: name.en }, first, last, days: (parseIsoDate(last) as number) - (parseIsoDate(first) as number) + 1 })),
        makeUpWorkdays: loaded.makeUpWorkdays.map(({ date, forPeriod }) => ({ date, forPeriod })),
      };
    }
    const data = this.byYear.get(year);
    if (!data) return { year, official: false, source: null, notice: null, holidays: [], makeUpWorkdays: [] };
    return {
      year,
      official: true,
      source: 'registered',
      notice: { documentNumber: data.notice.documentNumber, title: data.notice.zhTitle, issuedOn: data.notice.issuedOn, officialUrl: data.notice.officialUrl },
      holidays: data.periods.map(({ code, name, first, last, days }) => ({ code, name, first, last, days })),
      makeUpWorkdays: data.makeUpWorkdays.map(({ date, forPeriod }) => ({ date, forPeriod })),
    };
  }
}

/** The look-ups over every registered year. */
export const calendarLookup = new CalendarLookup();
