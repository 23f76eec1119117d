import { CalendarCoverageError, CalendarDataError } from './calendar.errors';
import type { HolidayPeriod, HolidayYear, MakeUpWorkday } from './calendar.types';
import { holidayRegistryProblems } from './holiday-data.validator';
import { dayOfWeekOfDayNumber, parseIsoDate, yearOfDayNumber } from './shanghai-time';

export type DayArrangement =
  | { readonly kind: 'holiday'; readonly period: HolidayPeriod }
  | { readonly kind: 'make-up-workday'; readonly makeUp: MakeUpWorkday; readonly period: HolidayPeriod };

/** Reference data is shared by every service in one process (embedded mode): nobody may mutate it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The day-level index of a set of notices: which days are holidays, which weekend days are worked, and
 * which calendar years are covered. A day of an uncovered year throws CalendarCoverageError; a notice's
 * days in the previous December (see the validator) apply when that December's year is covered too.
 */
export class HolidaySchedule {
  private readonly arrangements = new Map<number, DayArrangement>();
  private readonly years: readonly number[];

  constructor(data: readonly HolidayYear[]) {
    const problems = holidayRegistryProblems(data);
    if (problems.length > 0) throw new CalendarDataError(problems);
    deepFreeze(data);
    this.years = Object.freeze(data.map((year) => year.year));
    for (const year of data) {
      for (const period of year.periods) {
        const first = parseIsoDate(period.first) as number;
        const last = parseIsoDate(period.last) as number;
        for (let day = first; day <= last; day++) this.arrangements.set(day, { kind: 'holiday', period });
      }
      for (const makeUp of year.makeUpWorkdays) {
        const period = year.periods.find((candidate) => candidate.code === makeUp.forPeriod) as HolidayPeriod;
        this.arrangements.set(parseIsoDate(makeUp.date) as number, { kind: 'make-up-workday', makeUp, period });
      }
    }
  }

  /** The covered calendar years, ascending. */
  coveredYears(): readonly number[] {
    return this.years;
  }

  /** Throws CalendarCoverageError unless the day's year is covered. */
  requireCovered(dayNumber: number): void {
    const year = yearOfDayNumber(dayNumber);
    if (!this.years.includes(year)) throw new CalendarCoverageError(year, this.years);
  }

  /** The notice's arrangement for a day, or undefined for an ordinary day. */
  arrangement(dayNumber: number): DayArrangement | undefined {
    this.requireCovered(dayNumber);
    return this.arrangements.get(dayNumber);
  }

  isWorkingDay(dayNumber: number): boolean {
    const arrangement = this.arrangement(dayNumber);
    if (arrangement) return arrangement.kind === 'make-up-workday';
    const weekday = dayOfWeekOfDayNumber(dayNumber);
    return weekday !== 0 && weekday !== 6;
  }
}
