/**
 * The plan's years and dates are Beijing time. China keeps one time zone, UTC+8, without daylight saving
 * (since 1991), so a fixed offset is exact and needs no time-zone database (PGlite has none to rely on).
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Beijing calendar date (YYYY-MM-DD) of an instant. */
export function beijingDateOf(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The year of a calendar date written YYYY-MM-DD. */
export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}

/** A Beijing calendar year: its first and last dates, and the instants [from, to) it spans. */
export interface BeijingYear {
  year: number;
  firstDate: string;
  lastDate: string;
  from: Date;
  to: Date;
}

export function beijingYear(year: number): BeijingYear {
  const pad = String(year).padStart(4, '0');
  const next = String(year + 1).padStart(4, '0');
  return {
    year,
    firstDate: `${pad}-01-01`,
    lastDate: `${pad}-12-31`,
    from: new Date(Date.parse(`${pad}-01-01T00:00:00Z`) - BEIJING_OFFSET_MS),
    to: new Date(Date.parse(`${next}-01-01T00:00:00Z`) - BEIJING_OFFSET_MS),
  };
}
