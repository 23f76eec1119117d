import { SHANGHAI_UTC_OFFSET_MS } from './shanghai-time';

/**
 * Wall-clock helpers in Asia/Shanghai (Beijing time, UTC+8 all year, no daylight saving since 1991), for the
 * services' times of day, quiet hours, digests, templates and plan years. The one place the platform does
 * Shanghai-time arithmetic on the server (with shanghai-time.ts beside it).
 */
export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `HH:mm` or `HH:mm:ss` (24 h) as seconds after midnight; throws on anything else. */
export function parseTimeOfDay(value: string): number {
  const match = TIME_OF_DAY.exec(value);
  if (!match) throw new Error(`Invalid time of day ${JSON.stringify(value)}: expected HH:mm or HH:mm:ss`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0);
}

export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/** The calendar date (YYYY-MM-DD) of an instant in Shanghai. */
export function shanghaiDateOf(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Seconds since Shanghai midnight (fractional: milliseconds kept). */
export function shanghaiSecondsOfDay(instant: Date): number {
  const shifted = instant.getTime() + SHANGHAI_UTC_OFFSET_MS;
  return (((shifted % 86_400_000) + 86_400_000) % 86_400_000) / 1000;
}

/** The instant of a Shanghai date at a number of seconds after its midnight. */
export function shanghaiInstant(date: string, secondsOfDay = 0): Date {
  const match = DATE.exec(date);
  if (!match) throw new Error(`Invalid date ${JSON.stringify(date)}: expected YYYY-MM-DD`);
  const midnightUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(midnightUtc - SHANGHAI_UTC_OFFSET_MS + secondsOfDay * 1000);
}

/** The calendar date `days` after (or before) a date. */
export function addCalendarDays(date: string, days: number): string {
  return new Date(shanghaiInstant(date).getTime() + SHANGHAI_UTC_OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/** `2026-03-05 18:00` in Shanghai (the form templates show; the zone is named by the template). */
export function formatShanghai(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_UTC_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The calendar date (YYYY-MM-DD) of an instant in Shanghai (Beijing) time. */
export const beijingDateOf = shanghaiDateOf;

/** The year of a calendar date written YYYY-MM-DD. */
export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}

/** A calendar year in Shanghai (Beijing) time: its first and last dates, and the instants [from, to) it spans. */
export interface ShanghaiYear {
  year: number;
  firstDate: string;
  lastDate: string;
  from: Date;
  to: Date;
}

export function shanghaiYear(year: number): ShanghaiYear {
  const pad = String(year).padStart(4, '0');
  const next = String(year + 1).padStart(4, '0');
  return {
    year,
    firstDate: `${pad}-01-01`,
    lastDate: `${pad}-12-31`,
    from: new Date(Date.parse(`${pad}-01-01T00:00:00Z`) - SHANGHAI_UTC_OFFSET_MS),
    to: new Date(Date.parse(`${next}-01-01T00:00:00Z`) - SHANGHAI_UTC_OFFSET_MS),
  };
}
