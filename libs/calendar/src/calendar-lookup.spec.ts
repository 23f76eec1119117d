import { CalendarLookup, InvalidCalendarInputError } from './index';

describe('CalendarLookup (years without a notice count Monday–Friday, flagged)', () => {
  const lookup = new CalendarLookup();

  it('knows which years are official', () => {
    expect([2024, 2025, 2026, 2027].map((year) => lookup.isOfficialYear(year))).toEqual([false, true, true, false]);
  });

  it('counts over 春节 2026 officially', () => {
    expect(lookup.addWorkingDays('2026-02-13', 2)).toEqual({ from: '2026-02-13', add: 2, date: '2026-02-24', official: true, unofficialYears: [] });
  });

  it('counts into 2027 Monday–Friday and says so', () => {
    // 2026-12-31 is a Thursday: Fri 01-01, then Mon 01-04 (no notice for 2027 yet, so 元旦 is not known).
    expect(lookup.addWorkingDays('2026-12-31', 2)).toEqual({ from: '2026-12-31', add: 2, date: '2027-01-04', official: false, unofficialYears: [2027] });
    expect(lookup.addWorkingDays('2026-12-30', 1)).toMatchObject({ date: '2026-12-31', official: true });
  });

  it('refuses a bad count or day', () => {
    expect(() => lookup.addWorkingDays('2026-12-31', -1)).toThrow(InvalidCalendarInputError);
    expect(() => lookup.addWorkingDays('2026-12-31', 10_001)).toThrow(InvalidCalendarInputError);
    expect(() => lookup.addWorkingDays('2026-02-30', 1)).toThrow(InvalidCalendarInputError);
  });

  it('lists a year: the notice’s days, or none and unofficial', () => {
    const y2026 = lookup.year(2026);
    expect(y2026).toMatchObject({ year: 2026, official: true, notice: { documentNumber: '国办发明电〔2025〕7号' } });
    expect(y2026.holidays.map((h) => [h.code, h.first, h.last])).toContainEqual(['spring-festival', '2026-02-15', '2026-02-23']);
    expect(y2026.makeUpWorkdays.map((m) => m.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(lookup.year(2027)).toEqual({ year: 2027, official: false, notice: null, holidays: [], makeUpWorkdays: [] });
  });

  it('names the unofficial years a span crosses', () => {
    expect(lookup.unofficialYearsBetween('2028-03-01', '2026-01-01')).toEqual([2027, 2028]);
  });
});
