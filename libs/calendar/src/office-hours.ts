import { InvalidCalendarInputError } from './calendar.errors';
import type { OfficeHours } from './calendar.types';

/**
 * Default office hours in Asia/Shanghai: 09:00–12:00 and 13:30–17:30 (7 working hours a day), the usual
 * shape of a Chinese government office day with its lunch break. Pass `{ start, end }` without breaks for
 * one continuous window (e.g. `{ start: '09:00', end: '17:30' }` = 8.5 h).
 */
export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({
  start: '09:00',
  end: '17:30',
  breaks: Object.freeze([Object.freeze({ start: '12:00', end: '13:30' })]),
});

const MINUTE_MS = 60 * 1000;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Office hours as working windows: [start, end) in milliseconds after Shanghai midnight, ascending. */
export interface OfficeWindows {
  readonly startMs: number;
  readonly endMs: number;
  readonly windows: readonly (readonly [number, number])[];
}

function clock(value: string, what: string): number {
  const match = typeof value === 'string' ? CLOCK.exec(value) : null;
  if (!match) {
    throw new InvalidCalendarInputError(`办公时间 ${what} "${String(value)}" 应为 HH:MM(00:00–23:59)。`, `Office hours ${what} "${String(value)}" must be HH:MM (00:00–23:59).`);
  }
  return (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS;
}

/** Validates office hours and turns them into windows; throws InvalidCalendarInputError when inconsistent. */
export function officeWindows(hours: OfficeHours = DEFAULT_OFFICE_HOURS): OfficeWindows {
  const startMs = clock(hours.start, 'start');
  const endMs = clock(hours.end, 'end');
  if (startMs >= endMs) {
    throw new InvalidCalendarInputError(`办公时间开始 ${hours.start} 须早于结束 ${hours.end}。`, `Office hours start ${hours.start} must be before end ${hours.end}.`);
  }
  const windows: [number, number][] = [];
  let cursor = startMs;
  for (const pause of hours.breaks ?? []) {
    const from = clock(pause.start, 'break start');
    const to = clock(pause.end, 'break end');
    if (!(cursor < from && from < to && to < endMs)) {
      throw new InvalidCalendarInputError(
        `休息时段 ${pause.start}–${pause.end} 须在办公时间内、按顺序且不重叠。`,
        `Break ${pause.start}–${pause.end} must lie inside the office hours, in order and not overlapping.`,
      );
    }
    windows.push([cursor, from]);
    cursor = to;
  }
  windows.push([cursor, endMs]);
  return { startMs, endMs, windows };
}
