import { InvalidCalendarInputError } from './calendar.errors';
import type { DayOfWeek, IsoDate } from './calendar.types';

/**
 * Time arithmetic in Asia/Shanghai without a date library.
 *
 * Asia/Shanghai (China Standard Time) is UTC+8 all year: China has observed no daylight saving time
 * since 1991, so a fixed +8 h offset is exact for every date this calendar can cover. We therefore
 * never consult the host time zone (`getHours`, `getDate`, … are not used): an instant is shifted by
 * +8 h and read with the UTC getters, and every Shanghai day is exactly 24 h long.
 *
 * A "day number" is the number of Shanghai calendar days since 1970-01-01 (a Thursday).
 */
export const SHANGHAI_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Shanghai day number of an instant. */
export function dayNumberOfInstant(instant: Date): number {
  return Math.floor((instant.getTime() + SHANGHAI_UTC_OFFSET_MS) / DAY_MS);
}

/** Milliseconds since Shanghai midnight (0 … 86 399 999). */
export function msIntoShanghaiDay(instant: Date): number {
  const shifted = instant.getTime() + SHANGHAI_UTC_OFFSET_MS;
  return shifted - Math.floor(shifted / DAY_MS) * DAY_MS;
}

/** The instant `msIntoDay` after Shanghai midnight of `dayNumber`. */
export function instantOf(dayNumber: number, msIntoDay: number): Date {
  return new Date(dayNumber * DAY_MS + msIntoDay - SHANGHAI_UTC_OFFSET_MS);
}

export function isoOfDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * DAY_MS);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** The day number of a `YYYY-MM-DD` string, or undefined when it is not a real calendar date. */
export function parseIsoDate(value: string): number | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // not Date.UTC: it maps years 0–99 to 1900–1999
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round(d.getTime() / DAY_MS);
}

export function dayOfWeekOfDayNumber(dayNumber: number): DayOfWeek {
  return (((dayNumber + 4) % 7) + 7) % 7 as DayOfWeek; // 1970-01-01 was a Thursday (4)
}

export function yearOfDayNumber(dayNumber: number): number {
  return new Date(dayNumber * DAY_MS).getUTCFullYear();
}

/** An instant, or a Shanghai calendar day written `YYYY-MM-DD`. */
export type CalendarDayInput = Date | IsoDate;

/** The Shanghai day number of an instant or a `YYYY-MM-DD` day; throws InvalidCalendarInputError for anything else. */
export function toDayNumber(input: CalendarDayInput, argument = 'date'): number {
  if (typeof input === 'string') {
    const day = parseIsoDate(input);
    if (day === undefined) {
      throw new InvalidCalendarInputError(
        `参数 ${argument} "${input}" 不是有效日期(应为 YYYY-MM-DD)。`,
        `Argument ${argument} "${input}" is not a valid date (expected YYYY-MM-DD).`,
      );
    }
    return day;
  }
  return dayNumberOfInstant(requireInstant(input, argument));
}

/** Throws InvalidCalendarInputError unless `input` is a valid Date. */
export function requireInstant(input: unknown, argument = 'date'): Date {
  if (!(input instanceof Date) || Number.isNaN(input.getTime())) {
    throw new InvalidCalendarInputError(`参数 ${argument} 不是有效的 Date。`, `Argument ${argument} is not a valid Date.`);
  }
  return input;
}

/** The Shanghai calendar day of an instant, `YYYY-MM-DD`. */
export function shanghaiDate(date: CalendarDayInput): IsoDate {
  return isoOfDayNumber(toDayNumber(date));
}

/** The day of the week in Shanghai: 0 = Sunday … 6 = Saturday. */
export function dayOfWeekShanghai(date: CalendarDayInput): DayOfWeek {
  return dayOfWeekOfDayNumber(toDayNumber(date));
}
