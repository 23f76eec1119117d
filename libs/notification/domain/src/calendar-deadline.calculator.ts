import { CalendarError, calendarLookup, DEFAULT_OFFICE_HOURS, workingDayCalendar, type CalendarLookup, type WorkingDayCalendar } from '@scq/calendar';
import type { DeadlineCalculator, DeadlineDue } from './deadline-calculator.port';
import { addCalendarDays, parseTimeOfDay, shanghaiDateOf, shanghaiInstant, shanghaiSecondsOfDay } from '@scq/calendar';

export interface CalendarDeadlineCalculatorOptions {
  calendar?: WorkingDayCalendar;
  /** Years loaded as data (notice files, the admin endpoint) beyond the registered ones; default: the shared lookup. */
  lookup?: CalendarLookup;
  /** When the deadline is due on its last day, Asia/Shanghai (default: the calendar's close of business, 17:30). */
  closeOfBusiness?: string;
  /**
   * Days in a year the holiday notices do not cover yet: `weekdays` counts Monday–Friday (and a re-derivation,
   * `POST /api/notifications/reschedule`, corrects the plans once the year's notice is added); `strict` throws.
   */
  beyondCoverage?: 'weekdays' | 'strict';
  /** Told (once per year) when a plan counted weekdays because the year's notice is missing: alert on it. */
  onBeyondCoverage?: (year: number) => void;
}

/**
 * Deadlines on the statutory working-day calendar (`@scq/calendar`: weekends, public holidays and 调休 make-up
 * days), the way administrative time limits are counted: the day of the request does not count, the period ends at
 * close of business of its last working day, and a date that falls on a day off moves to the next working day.
 * Reminders and escalations keep the deadline's time of day N working days before or after it.
 */
export class CalendarDeadlineCalculator implements DeadlineCalculator {
  private readonly calendar: WorkingDayCalendar;
  private readonly lookup: CalendarLookup;
  private readonly closeSeconds: number;
  private readonly strict: boolean;
  private readonly onBeyondCoverage: (year: number) => void;
  private readonly reported = new Set<number>();

  constructor(options: CalendarDeadlineCalculatorOptions = {}) {
    this.calendar = options.calendar ?? workingDayCalendar;
    this.lookup = options.lookup ?? calendarLookup;
    this.closeSeconds = parseTimeOfDay(options.closeOfBusiness ?? DEFAULT_OFFICE_HOURS.end);
    this.strict = options.beyondCoverage === 'strict';
    this.onBeyondCoverage = options.onBeyondCoverage ?? (() => undefined);
  }

  dueAt(requestedAt: Date, due: DeadlineDue): Date {
    if ('dueOn' in due) return shanghaiInstant(this.workingOnOrAfter(due.dueOn), this.closeSeconds);
    let day = shanghaiDateOf(requestedAt);
    for (let left = due.workingDays; left > 0; left--) day = this.step(day, 1);
    return shanghaiInstant(day, this.closeSeconds);
  }

  shift(instant: Date, workingDays: number): Date {
    if (!Number.isInteger(workingDays)) throw new Error(`workingDays must be an integer, got ${workingDays}`);
    let day = shanghaiDateOf(instant);
    const direction = Math.sign(workingDays);
    for (let left = Math.abs(workingDays); left > 0; left--) day = this.step(day, direction);
    return shanghaiInstant(day, shanghaiSecondsOfDay(instant));
  }

  isWorkingDay(date: string): boolean {
    try {
      return this.calendar.isWorkingDay(date);
    } catch (error) {
      if (this.strict || !(error instanceof CalendarError) || error.code !== 'calendar-coverage') throw error;
      const year = Number(date.slice(0, 4));
      if (this.lookup.isOfficialYear(year)) return this.lookup.isWorkingDay(date);
      if (!this.reported.has(year)) {
        this.reported.add(year);
        this.onBeyondCoverage(year);
      }
      const dayOfWeek = new Date(`${date}T00:00:00Z`).getUTCDay();
      return dayOfWeek >= 1 && dayOfWeek <= 5;
    }
  }

  /** The next working day strictly after (direction 1) or before (-1) `date`. */
  private step(date: string, direction: number): string {
    let day = addCalendarDays(date, direction);
    while (!this.isWorkingDay(day)) day = addCalendarDays(day, direction);
    return day;
  }

  private workingOnOrAfter(date: string): string {
    return this.isWorkingDay(date) ? date : this.step(date, 1);
  }
}
