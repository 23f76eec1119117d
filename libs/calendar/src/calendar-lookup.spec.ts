import { CalendarDataError, CalendarLookup, holidayNoticeFileProblems, InvalidCalendarInputError } from './index';

/** A made-up 2027 (no notice exists yet): 01-01 – 01-03 off, Saturday 01-09 worked. */
const NOTICE_2027 = {
  year: 2027,
  notice: { documentNumber: 'TEST-2027', title: '测试用 2027 年节假日安排 (test data)' },
  holidays: [{ code: 'new-year', name: { zh: '元旦', en: "New Year's Day" }, first: '2027-01-01', last: '2027-01-03' }],
  makeUpWorkdays: [{ date: '2027-01-09', forPeriod: 'new-year' }],
};

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
    expect(lookup.year(2027)).toEqual({ year: 2027, official: false, source: null, notice: null, holidays: [], makeUpWorkdays: [] });
  });

  it('loads a later year from a notice file: it becomes official and its days count', () => {
    const later = new CalendarLookup();
    later.load(NOTICE_2027);
    expect(later.isOfficialYear(2027)).toBe(true);
    expect(later.addWorkingDays('2026-12-31', 2)).toEqual({ from: '2026-12-31', add: 2, date: '2027-01-05', official: true, unofficialYears: [] });
    expect(later.isWorkingDay('2027-01-09')).toBe(true); // a make-up Saturday
    expect(later.year(2027)).toMatchObject({ official: true, source: 'loaded', holidays: [{ code: 'new-year', first: '2027-01-01', last: '2027-01-03', days: 3 }] });
    expect(() => later.load({ ...NOTICE_2027, year: 2026, holidays: [{ ...NOTICE_2027.holidays[0], first: '2026-01-01', last: '2026-01-03' }], makeUpWorkdays: [] })).toThrow(/registered in code/);
  });

  it('refuses a notice file that breaks a rule, naming every problem', () => {
    const broken = {
      ...NOTICE_2027,
      holidays: [NOTICE_2027.holidays[0], { code: 'spring-festival', name: { zh: '春节', en: 'Spring Festival' }, first: '2027-01-02', last: '2028-01-01' }],
      makeUpWorkdays: [{ date: '2027-01-08', forPeriod: 'new-year' }, { date: '2027-01-02', forPeriod: 'nope' }],
    };
    expect(holidayNoticeFileProblems(broken)).toEqual([
      'holidays[1].last: 2028-01-01 不在 2027 年内 is not in 2027',
      'makeUpWorkdays[0]: 2027-01-08 不是周六或周日 is not a Saturday or Sunday',
      'makeUpWorkdays[1].forPeriod: 不是本文件的假期 names no period of this file',
      'makeUpWorkdays[1]: 2027-01-02 在假期内 lies inside a period off',
    ]);
    expect(holidayNoticeFileProblems({ ...NOTICE_2027, holidays: [NOTICE_2027.holidays[0], { ...NOTICE_2027.holidays[0], code: 'x', first: '2027-01-03', last: '2027-01-04' }] })).toEqual([
      'holidays[1]: 与上一假期重叠或顺序颠倒 overlaps the previous period or is out of order',
    ]);
    expect(() => new CalendarLookup().load({ year: 2027 })).toThrow(CalendarDataError);
  });

  it('names the unofficial years a span crosses', () => {
    expect(lookup.unofficialYearsBetween('2028-03-01', '2026-01-01')).toEqual([2027, 2028]);
  });
});
