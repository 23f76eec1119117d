import { InvalidCalendarInputError } from './calendar.errors';
import type { CalendarDay, CalendarOptions, HolidayYear, LocalizedName, OfficeHours } from './calendar.types';
import { registeredHolidayYears } from './holiday-data.registry';
import { HolidaySchedule } from './holiday-schedule';
import { DEFAULT_OFFICE_HOURS, officeWindows } from './office-hours';
import {
  DAY_MS,
  dayNumberOfInstant,
  dayOfWeekOfDayNumber,
  instantOf,
  isoOfDayNumber,
  msIntoShanghaiDay,
  requireInstant,
  toDayNumber,
  type CalendarDayInput,
} from './shanghai-time';

/**
 * The working-day calendar (docs/calendar.md). Day-level questions take an instant (read in Asia/Shanghai)
 * or a `YYYY-MM-DD` Shanghai day; instant-level answers are Dates. Any day the answer depends on that lies
 * in an uncovered year throws CalendarCoverageError — the calendar never guesses.
 */
export interface WorkingDayCalendar {
  /** Monday–Friday unless a holiday, plus make-up Saturdays/Sundays. */
  isWorkingDay(date: CalendarDayInput): boolean;
  /** The holiday period's name when the day is a day off of a holiday period, else null (make-up days: null). */
  holidayName(date: CalendarDayInput): LocalizedName | null;
  /** Kind, weekday, period and source of one day. */
  calendarDay(date: CalendarDayInput): CalendarDay;
  /**
   * The instant n working days after `start` (deadline semantics). On a working day: the same Shanghai
   * time of day on the n-th following working day (n = 0: `start` itself). On a non-working day: counting
   * starts at the next working day's start of business, so n = 0 → that start of business and n = 1 → the
   * start of business of the working day after it. n is a non-negative integer.
   */
  addWorkingDays(start: Date, n: number, options?: CalendarOptions): Date;
  /**
   * The instant at which `hours` of office time (options.workday, default DEFAULT_OFFICE_HOURS) have passed
   * since `start`, on working days only. Ends exactly at a window's end when the time runs out there.
   * hours = 0: `start` when it is inside office time, else the start of the next office window.
   */
  addWorkingHours(start: Date, hours: number, options?: CalendarOptions): Date;
  /**
   * The number of working days d with day(a) ≤ d < day(b) (Shanghai calendar days; times of day ignored);
   * negative when b is before a. workingDaysBetween(a, addWorkingDays(a, n)) = n.
   */
  workingDaysBetween(a: CalendarDayInput, b: CalendarDayInput): number;
  /** The start of business of the first working day strictly after the Shanghai day of `date`. */
  nextWorkingDay(date: CalendarDayInput, options?: CalendarOptions): Date;
  /** The close of business of the Shanghai day of `date` if it is a working day, else of the next working day. */
  endOfWorkingDay(date: CalendarDayInput, options?: CalendarOptions): Date;
  /** The covered calendar years, ascending. */
  coveredYears(): readonly number[];
}

export interface WorkingDayCalendarConfig {
  /** The notices to use; default: every registered year (holiday-data.registry.ts). Validated on creation. */
  readonly years?: readonly HolidayYear[];
  /** Office hours used when a call passes none; default DEFAULT_OFFICE_HOURS. */
  readonly workday?: OfficeHours;
}

function requireCount(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new InvalidCalendarInputError(`工作日数 ${String(n)} 须为非负整数。`, `The number of working days ${String(n)} must be a non-negative integer.`);
  }
  return n;
}

function requireHours(hours: number): number {
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0) {
    throw new InvalidCalendarInputError(`工作小时数 ${String(hours)} 须为非负有限数。`, `The number of working hours ${String(hours)} must be a finite non-negative number.`);
  }
  return hours;
}

export function createWorkingDayCalendar(config: WorkingDayCalendarConfig = {}): WorkingDayCalendar {
  const schedule = new HolidaySchedule(config.years ?? registeredHolidayYears);
  const defaultHours = config.workday ?? DEFAULT_OFFICE_HOURS;
  officeWindows(defaultHours); // fail on creation, not on first use
  const hoursOf = (options?: CalendarOptions) => officeWindows(options?.workday ?? defaultHours);

  const isWorking = (day: number) => schedule.isWorkingDay(day);
  const nextWorking = (day: number) => {
    let next = day + 1;
    while (!isWorking(next)) next++;
    return next;
  };
  const advance = (day: number, n: number) => {
    let current = day;
    for (let left = n; left > 0; left--) current = nextWorking(current);
    return current;
  };
  const countFrom = (from: number, to: number) => {
    let count = 0;
    for (let day = from; day < to; day++) if (isWorking(day)) count++;
    return count;
  };

  return {
    coveredYears: () => schedule.coveredYears(),

    isWorkingDay: (date) => isWorking(toDayNumber(date)),

    holidayName(date) {
      const arrangement = schedule.arrangement(toDayNumber(date));
      return arrangement?.kind === 'holiday' ? arrangement.period.name : null;
    },

    calendarDay(date) {
      const day = toDayNumber(date);
      const arrangement = schedule.arrangement(day);
      const dayOfWeek = dayOfWeekOfDayNumber(day);
      const base = { date: isoOfDayNumber(day), dayOfWeek };
      if (arrangement) {
        const period = { code: arrangement.period.code, name: arrangement.period.name };
        return arrangement.kind === 'holiday'
          ? { ...base, kind: 'holiday', working: false, period, source: arrangement.period.source }
          : { ...base, kind: 'make-up-workday', working: true, period, source: arrangement.makeUp.source };
      }
      const weekend = dayOfWeek === 0 || dayOfWeek === 6;
      return { ...base, kind: weekend ? 'weekend' : 'workday', working: !weekend };
    },

    addWorkingDays(start, n, options) {
      const instant = requireInstant(start, 'start');
      const count = requireCount(n);
      const hours = hoursOf(options);
      const day = dayNumberOfInstant(instant);
      if (isWorking(day)) {
        // Every Shanghai day is 24 h (no DST), so whole days keep the time of day.
        return new Date(instant.getTime() + (advance(day, count) - day) * DAY_MS);
      }
      return instantOf(advance(nextWorking(day), count), hours.startMs);
    },

    addWorkingHours(start, amount, options) {
      const instant = requireInstant(start, 'start');
      let remaining = Math.round(requireHours(amount) * 60 * 60 * 1000);
      const { windows } = hoursOf(options);
      let day = dayNumberOfInstant(instant);
      let time = msIntoShanghaiDay(instant);
      for (;;) {
        if (isWorking(day)) {
          for (const [windowStart, windowEnd] of windows) {
            if (time >= windowEnd) continue;
            const from = Math.max(time, windowStart);
            // from < windowEnd here, so hours = 0 stops at the first office instant at or after start.
            if (remaining <= windowEnd - from) return instantOf(day, from + remaining);
            remaining -= windowEnd - from;
            time = windowEnd;
          }
        }
        day++;
        time = 0;
      }
    },

    workingDaysBetween(a, b) {
      const from = toDayNumber(a, 'a');
      const to = toDayNumber(b, 'b');
      return from <= to ? countFrom(from, to) : -countFrom(to, from);
    },

    nextWorkingDay(date, options) {
      return instantOf(nextWorking(toDayNumber(date)), hoursOf(options).startMs);
    },

    endOfWorkingDay(date, options) {
      const day = toDayNumber(date);
      return instantOf(isWorking(day) ? day : nextWorking(day), hoursOf(options).endMs);
    },
  };
}

/** The calendar of every registered year with the default office hours. */
export const workingDayCalendar: WorkingDayCalendar = createWorkingDayCalendar();

export const isWorkingDay = (date: CalendarDayInput): boolean => workingDayCalendar.isWorkingDay(date);
export const holidayName = (date: CalendarDayInput): LocalizedName | null => workingDayCalendar.holidayName(date);
export const calendarDay = (date: CalendarDayInput): CalendarDay => workingDayCalendar.calendarDay(date);
export const addWorkingDays = (start: Date, n: number, options?: CalendarOptions): Date => workingDayCalendar.addWorkingDays(start, n, options);
export const addWorkingHours = (start: Date, hours: number, options?: CalendarOptions): Date =>
  workingDayCalendar.addWorkingHours(start, hours, options);
export const workingDaysBetween = (a: CalendarDayInput, b: CalendarDayInput): number => workingDayCalendar.workingDaysBetween(a, b);
export const nextWorkingDay = (date: CalendarDayInput, options?: CalendarOptions): Date => workingDayCalendar.nextWorkingDay(date, options);
export const endOfWorkingDay = (date: CalendarDayInput, options?: CalendarOptions): Date => workingDayCalendar.endOfWorkingDay(date, options);
export const coveredYears = (): readonly number[] => workingDayCalendar.coveredYears();
