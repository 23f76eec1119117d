import { InvalidCalendarInputError } from './calendar.errors';
import type { HolidayCode, HolidayYear, IsoDate, LocalizedName } from './calendar.types';
import { registeredHolidayYears } from './holiday-data.registry';
import { HolidaySchedule } from './holiday-schedule';
import { dayOfWeekOfDayNumber, isoOfDayNumber, toDayNumber, yearOfDayNumber, type CalendarDayInput } from './shanghai-time';

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
  readonly notice: { readonly documentNumber: string; readonly title: string; readonly issuedOn: IsoDate; readonly officialUrl: string } | null;
  readonly holidays: ReadonlyArray<{ readonly code: HolidayCode; readonly name: LocalizedName; readonly first: IsoDate; readonly last: IsoDate; readonly days: number }>;
  readonly makeUpWorkdays: ReadonlyArray<{ readonly date: IsoDate; readonly forPeriod: HolidayCode }>;
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

  constructor(years: readonly HolidayYear[] = registeredHolidayYears) {
    this.schedule = new HolidaySchedule(years);
    this.byYear = new Map(years.map((year) => [year.year, year]));
  }

  isOfficialYear(year: number): boolean {
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
    if (this.isOfficialYear(yearOfDayNumber(day))) return this.schedule.isWorkingDay(day);
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
    const data = this.byYear.get(year);
    if (!data) return { year, official: false, notice: null, holidays: [], makeUpWorkdays: [] };
    return {
      year,
      official: true,
      notice: { documentNumber: data.notice.documentNumber, title: data.notice.zhTitle, issuedOn: data.notice.issuedOn, officialUrl: data.notice.officialUrl },
      holidays: data.periods.map(({ code, name, first, last, days }) => ({ code, name, first, last, days })),
      makeUpWorkdays: data.makeUpWorkdays.map(({ date, forPeriod }) => ({ date, forPeriod })),
    };
  }
}

/** The look-ups over every registered year. */
export const calendarLookup = new CalendarLookup();
