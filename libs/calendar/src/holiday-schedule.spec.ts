import { CalendarCoverageError, CalendarDataError, createWorkingDayCalendar, InvalidCalendarInputError } from './index';
import { cn2025 } from './data/cn-2025.data';
import { notice2019Fixture, synthetic2018Fixture } from './testing/holiday-year.fixtures';

describe('createWorkingDayCalendar', () => {
  it('applies a notice reaching back into the previous December when that year is covered', () => {
    const calendar = createWorkingDayCalendar({ years: [synthetic2018Fixture, notice2019Fixture] });
    expect(calendar.coveredYears()).toEqual([2018, 2019]);
    expect(calendar.isWorkingDay('2018-12-29')).toBe(true); // Saturday, worked by the 2019 notice
    expect(calendar.isWorkingDay('2018-12-30')).toBe(false);
    expect(calendar.isWorkingDay('2018-12-31')).toBe(false); // Monday off
    expect(calendar.holidayName('2018-12-31')).toEqual({ zh: '元旦', en: "New Year's Day" });
    expect(calendar.isWorkingDay('2019-01-02')).toBe(true);
    expect(calendar.isWorkingDay('2018-06-18')).toBe(false);
  });

  it('does not answer for the previous December when only the later year is covered', () => {
    const calendar = createWorkingDayCalendar({ years: [notice2019Fixture] });
    expect(() => calendar.isWorkingDay('2018-12-29')).toThrow(CalendarCoverageError);
    expect(calendar.isWorkingDay('2019-01-01')).toBe(false);
  });

  it('refuses inconsistent data', () => {
    const broken = { ...cn2025, makeUpWorkdays: [{ ...cn2025.makeUpWorkdays[0], date: '2025-01-27' }] };
    expect(() => createWorkingDayCalendar({ years: [broken] })).toThrow(CalendarDataError);
    try {
      createWorkingDayCalendar({ years: [broken] });
    } catch (error) {
      expect((error as CalendarDataError).problems).toContain('2025 make-up day 2025-01-27: is a 周一, not a Saturday or Sunday');
      expect((error as CalendarDataError).code).toBe('invalid-calendar-data');
    }
  });

  it('with no years covers nothing', () => {
    const calendar = createWorkingDayCalendar({ years: [] });
    expect(calendar.coveredYears()).toEqual([]);
    expect(() => calendar.isWorkingDay('2025-03-10')).toThrow(/没有 2025 年的节假日数据.*已覆盖:无.*covered: —/s);
  });

  it('takes default office hours and checks them on creation', () => {
    const calendar = createWorkingDayCalendar({ workday: { start: '08:30', end: '17:00' } });
    expect(calendar.nextWorkingDay('2025-03-07').toISOString()).toBe('2025-03-10T00:30:00.000Z');
    expect(calendar.endOfWorkingDay('2025-03-07').toISOString()).toBe('2025-03-07T09:00:00.000Z');
    expect(() => createWorkingDayCalendar({ workday: { start: '18:00', end: '09:00' } })).toThrow(InvalidCalendarInputError);
  });
});
