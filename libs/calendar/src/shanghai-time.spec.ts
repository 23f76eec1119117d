import { dayOfWeekShanghai, InvalidCalendarInputError, SHANGHAI_UTC_OFFSET_MS, shanghaiDate } from './index';
import { dayNumberOfInstant, instantOf, isoOfDayNumber, msIntoShanghaiDay, parseIsoDate } from './shanghai-time';

describe('Asia/Shanghai day arithmetic (UTC+8, no DST since 1991)', () => {
  it('uses the fixed +8 h offset', () => {
    expect(SHANGHAI_UTC_OFFSET_MS).toBe(8 * 3600 * 1000);
  });

  it.each([
    ['2025-01-27T15:59:59.999Z', '2025-01-27', 1],
    ['2025-01-27T16:00:00.000Z', '2025-01-28', 2], // already 除夕 in Shanghai while the UTC date is still the 27th
    ['2025-12-31T16:00:00.000Z', '2026-01-01', 4], // New Year in Shanghai, New Year's Eve in UTC
    ['2026-02-13T23:30:00.000Z', '2026-02-14', 6],
    ['1970-01-01T00:00:00.000Z', '1970-01-01', 4],
    ['1969-12-31T16:00:00.000Z', '1970-01-01', 4],
    ['1969-12-31T15:59:59.999Z', '1969-12-31', 3],
  ])('%s is %s in Shanghai (weekday %i)', (utc, day, weekday) => {
    expect(shanghaiDate(new Date(utc))).toBe(day);
    expect(dayOfWeekShanghai(new Date(utc))).toBe(weekday);
  });

  it('does not depend on the host time zone', () => {
    // The offset comes from the instant alone: the same instant gives the same answer whatever TZ is.
    const instant = new Date(Date.UTC(2025, 9, 31, 16, 30)); // 2025-11-01 00:30 in Shanghai
    expect(shanghaiDate(instant)).toBe('2025-11-01');
    expect(msIntoShanghaiDay(instant)).toBe(30 * 60 * 1000);
  });

  it('accepts YYYY-MM-DD days and rejects anything else', () => {
    expect(shanghaiDate('2026-02-28')).toBe('2026-02-28');
    expect(dayOfWeekShanghai('2026-02-28')).toBe(6);
    for (const bad of ['2026-02-29', '2025-13-01', '2025-1-1', '20250101', '2025-01-01T00:00:00Z', '']) {
      expect(() => shanghaiDate(bad)).toThrow(InvalidCalendarInputError);
    }
    expect(() => shanghaiDate(new Date('not a date'))).toThrow(InvalidCalendarInputError);
    expect(() => dayOfWeekShanghai(new Date(Number.NaN))).toThrow(/不是有效的 Date.*not a valid Date/);
  });

  it('round-trips day numbers, instants and ISO days', () => {
    for (const iso of ['0999-12-31', '1000-01-01', '2024-02-29', '2025-12-31', '2026-01-01', '9999-12-31']) {
      const day = parseIsoDate(iso)!;
      expect(isoOfDayNumber(day)).toBe(iso);
      const noon = instantOf(day, 12 * 3600 * 1000);
      expect(dayNumberOfInstant(noon)).toBe(day);
      expect(msIntoShanghaiDay(noon)).toBe(12 * 3600 * 1000);
    }
    expect(instantOf(parseIsoDate('2026-02-14')!, 9 * 3600 * 1000).toISOString()).toBe('2026-02-14T01:00:00.000Z');
  });
});
