import {
  addWorkingDays,
  calendarDay,
  CalendarCoverageError,
  CalendarError,
  coveredYears,
  endOfWorkingDay,
  holidayName,
  InvalidCalendarInputError,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './index';

/** An instant given as Shanghai wall-clock time. */
const sh = (day: string, time = '00:00') => new Date(`${day}T${time}:00+08:00`);
/** The Shanghai wall-clock time of an instant, `YYYY-MM-DD HH:MM`. */
const wall = (instant: Date) => new Date(instant.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');

describe('isWorkingDay', () => {
  it.each([
    ['2025-03-07', true], // an ordinary Friday
    ['2025-03-08', false], // an ordinary Saturday
    ['2025-03-09', false], // an ordinary Sunday
    ['2025-01-28', false], // 除夕, a Tuesday off
    ['2025-01-26', true], // make-up Sunday
    ['2026-02-14', true], // make-up Saturday before 春节
    ['2026-09-20', true], // make-up Sunday for 国庆
  ])('%s → %s', (day, working) => {
    expect(isWorkingDay(day)).toBe(working);
  });

  it('reads an instant in Shanghai, not in UTC', () => {
    // 2025-01-27T16:30Z is Monday the 27th in UTC but 00:30 on 除夕 (Tuesday, off) in Shanghai.
    expect(isWorkingDay(new Date('2025-01-27T16:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2025-01-27T15:59:59.999Z'))).toBe(true);
    // 2026-02-13T16:00Z is Friday in UTC and the make-up Saturday 2026-02-14 in Shanghai.
    expect(isWorkingDay(new Date('2026-02-13T16:00:00Z'))).toBe(true);
    // 2025-09-30T16:00Z is the last working Tuesday in UTC and National Day in Shanghai.
    expect(isWorkingDay(new Date('2025-09-30T16:00:00Z'))).toBe(false);
  });
});

describe('coverage', () => {
  it('covers 2025 and 2026', () => {
    expect(coveredYears()).toEqual([2025, 2026]);
    expect(isWorkingDay('2025-01-01')).toBe(false);
    expect(isWorkingDay('2026-12-31')).toBe(true);
  });

  it.each([
    ['2027-01-04', 2027],
    ['2024-12-31', 2024],
    ['1999-10-01', 1999],
  ])('%s throws CalendarCoverageError for %i instead of guessing', (day, year) => {
    expect(() => isWorkingDay(day)).toThrow(CalendarCoverageError);
    expect(() => holidayName(day)).toThrow(CalendarCoverageError);
    expect(() => calendarDay(day)).toThrow(CalendarCoverageError);
    try {
      isWorkingDay(day);
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarError);
      expect(error).toMatchObject({ code: 'calendar-coverage', year, coveredYears: [2025, 2026] });
      expect((error as Error).message).toContain(`没有 ${year} 年的节假日数据`);
      expect((error as Error).message).toContain(`No holiday data for ${year}; add libs/calendar/src/data/cn-${year}.data.ts`);
    }
  });

  it('uses the Shanghai year: the first Shanghai minute of 2027 is already uncovered', () => {
    expect(isWorkingDay(new Date('2026-12-31T15:59:59.999Z'))).toBe(true);
    expect(() => isWorkingDay(new Date('2026-12-31T16:00:00Z'))).toThrow(/No holiday data for 2027/);
  });

  it('throws when an answer needs a day of an uncovered year, and only then', () => {
    expect(() => addWorkingDays(sh('2026-12-31', '10:00'), 1)).toThrow(/No holiday data for 2027/);
    expect(wall(addWorkingDays(sh('2026-12-31', '10:00'), 0))).toBe('2026-12-31 10:00');
    expect(() => nextWorkingDay('2026-12-31')).toThrow(CalendarCoverageError);
    expect(wall(endOfWorkingDay('2026-12-31'))).toBe('2026-12-31 17:30');
  });
});

describe('holidayName and calendarDay', () => {
  it('names the holiday period of a day off, in zh and en', () => {
    expect(holidayName('2025-10-06')).toEqual({ zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' });
    expect(holidayName(sh('2026-02-17', '12:00'))).toEqual({ zh: '春节', en: 'Spring Festival' });
    expect(holidayName('2026-09-26')).toEqual({ zh: '中秋节', en: 'Mid-Autumn Festival' });
    expect(holidayName('2026-03-02')).toBeNull(); // ordinary Monday
    expect(holidayName('2026-03-01')).toBeNull(); // ordinary Sunday
    expect(holidayName('2026-02-28')).toBeNull(); // make-up Saturday: a working day, no holiday
  });

  it('describes a day with its kind and source', () => {
    expect(calendarDay('2026-03-02')).toEqual({ date: '2026-03-02', dayOfWeek: 1, kind: 'workday', working: true });
    expect(calendarDay('2026-03-01')).toEqual({ date: '2026-03-01', dayOfWeek: 0, kind: 'weekend', working: false });
    expect(calendarDay('2026-09-20')).toMatchObject({
      kind: 'make-up-workday',
      working: true,
      dayOfWeek: 0,
      period: { code: 'national-day', name: { zh: '国庆节' } },
      source: { notice: '国办发明电〔2025〕7号', clause: '七' },
    });
    expect(calendarDay('2025-05-31')).toMatchObject({
      kind: 'holiday',
      working: false,
      dayOfWeek: 6,
      period: { code: 'dragon-boat' },
      source: { notice: '国办发明电〔2024〕12号', clause: '五' },
    });
  });
});

describe('addWorkingDays (deadline semantics)', () => {
  it.each([
    // [start (Shanghai), n, expected (Shanghai), why]
    ['2025-03-07 15:00', 1, '2025-03-10 15:00', 'Friday 15:00 + 1 = Monday 15:00'],
    ['2025-03-07 15:00', 5, '2025-03-14 15:00', 'a plain week'],
    ['2025-03-10 23:30', 1, '2025-03-11 23:30', 'the time of day is kept, even outside office hours'],
    ['2026-02-13 17:00', 1, '2026-02-14 17:00', '春节 2026: the make-up Saturday before the break counts'],
    ['2026-02-13 17:00', 2, '2026-02-24 17:00', '… then the nine days off are skipped'],
    ['2026-02-14 10:00', 1, '2026-02-24 10:00', 'from the make-up Saturday straight over 春节'],
    ['2025-01-27 10:00', 1, '2025-02-05 10:00', '春节 2025'],
    ['2025-01-24 10:00', 1, '2025-01-26 10:00', 'a Friday + 1 = the make-up Sunday'],
    ['2025-02-07 09:30', 1, '2025-02-08 09:30', 'a Friday + 1 = the make-up Saturday after 春节'],
    ['2025-02-07 09:30', 2, '2025-02-10 09:30', '… and the Sunday after it is off'],
    ['2025-09-30 10:00', 1, '2025-10-09 10:00', '国庆 2025: eight days off'],
    ['2025-09-30 10:00', 3, '2025-10-11 10:00', '… the third working day is the make-up Saturday'],
    ['2025-09-30 10:00', 4, '2025-10-13 10:00', '… and the Sunday after it is off'],
    ['2025-09-26 16:00', 1, '2025-09-28 16:00', 'a Friday + 1 = the make-up Sunday before 国庆'],
    ['2026-09-30 16:00', 1, '2026-10-08 16:00', '国庆 2026'],
    ['2026-09-30 16:00', 3, '2026-10-10 16:00', '… the make-up Saturday'],
    ['2026-09-24 09:00', 1, '2026-09-28 09:00', '中秋 2026 (Friday off)'],
    ['2026-09-18 09:00', 1, '2026-09-20 09:00', 'a Friday + 1 = the make-up Sunday 9-20'],
    ['2025-12-31 10:00', 1, '2026-01-04 10:00', 'over the year boundary: 元旦 2026 off, Sunday 1-4 worked'],
    ['2025-12-31 10:00', 2, '2026-01-05 10:00', '2025-12-31 + 2'],
    ['2025-04-30 18:00', 1, '2025-05-06 18:00', '劳动节 2025'],
    ['2026-04-30 18:00', 2, '2026-05-07 18:00', '劳动节 2026'],
    ['2026-05-08 18:00', 1, '2026-05-09 18:00', 'a Friday + 1 = the make-up Saturday 5-9'],
  ])('%s + %i → %s (%s)', (start, n, result) => {
    const [day, time] = start.split(' ');
    expect(wall(addWorkingDays(sh(day, time), n))).toBe(result);
  });

  it('n = 0 on a working day is the start itself', () => {
    const start = sh('2026-02-14', '17:00');
    expect(addWorkingDays(start, 0).getTime()).toBe(start.getTime());
  });

  it.each([
    ['2025-03-08 10:00', 0, '2025-03-10 09:00', 'Saturday, n = 0 → Monday start of business'],
    ['2025-03-08 10:00', 1, '2025-03-11 09:00', 'Saturday + 1: Monday is day 0, Tuesday day 1'],
    ['2025-10-03 14:00', 0, '2025-10-09 09:00', 'inside 国庆'],
    ['2025-10-03 14:00', 1, '2025-10-10 09:00', 'inside 国庆 + 1'],
    ['2026-02-15 00:00', 1, '2026-02-25 09:00', 'first day of 春节 2026 + 1'],
    ['2025-01-25 23:00', 0, '2025-01-26 09:00', 'Saturday before the make-up Sunday'],
    ['2026-01-01 08:00', 2, '2026-01-06 09:00', '元旦 2026 + 2: Sunday 1-4 is day 0'],
  ])('a start on a non-working day counts from the next working day 09:00: %s + %i → %s (%s)', (start, n, result) => {
    const [day, time] = start.split(' ');
    expect(wall(addWorkingDays(sh(day, time), n))).toBe(result);
  });

  it('uses the configured start of business for a non-working start', () => {
    expect(wall(addWorkingDays(sh('2025-03-08', '10:00'), 0, { workday: { start: '08:30', end: '17:00' } }))).toBe('2025-03-10 08:30');
  });

  it('handles a UTC instant that is already the next day in Shanghai', () => {
    // 2025-01-27T16:30Z: UTC Monday 16:30, Shanghai 除夕 00:30 → counted from 2025-02-05 09:00.
    expect(addWorkingDays(new Date('2025-01-27T16:30:00Z'), 0).toISOString()).toBe('2025-02-05T01:00:00.000Z');
    expect(addWorkingDays(new Date('2025-01-27T16:30:00Z'), 1).toISOString()).toBe('2025-02-06T01:00:00.000Z');
    // 2025-01-27T15:30Z: still Monday 23:30 in Shanghai, a working day → the next working day 23:30 Shanghai.
    expect(addWorkingDays(new Date('2025-01-27T15:30:00Z'), 1).toISOString()).toBe('2025-02-05T15:30:00.000Z');
    // 2026-02-13T16:00Z: UTC Friday, Shanghai make-up Saturday 00:00 (working) + 1 → 2026-02-24 00:00 Shanghai.
    expect(addWorkingDays(new Date('2026-02-13T16:00:00Z'), 1).toISOString()).toBe('2026-02-23T16:00:00.000Z');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %s', (n) => {
    expect(() => addWorkingDays(sh('2025-03-07', '10:00'), n)).toThrow(InvalidCalendarInputError);
  });

  it('rejects an invalid start', () => {
    expect(() => addWorkingDays(new Date('nope'), 1)).toThrow(InvalidCalendarInputError);
    expect(() => addWorkingDays('2025-03-07' as unknown as Date, 1)).toThrow(/start/);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days d with day(a) ≤ d < day(b), by Shanghai day', () => {
    expect(workingDaysBetween('2025-03-07', '2025-03-07')).toBe(0);
    expect(workingDaysBetween('2025-03-07', '2025-03-10')).toBe(1); // Friday
    expect(workingDaysBetween('2025-03-03', '2025-03-10')).toBe(5);
    expect(workingDaysBetween('2025-01-27', '2025-02-10')).toBe(5); // 1-27, then 2-5, 2-6, 2-7 and the make-up Saturday 2-8
  });

  it('is negative when b is before a, and ignores the time of day', () => {
    expect(workingDaysBetween('2025-03-10', '2025-03-03')).toBe(-5);
    expect(workingDaysBetween(sh('2025-03-03', '23:59'), sh('2025-03-10', '00:00'))).toBe(5);
  });

  it('counts the covered years: 248 working days each', () => {
    expect(workingDaysBetween('2025-01-01', '2026-01-01')).toBe(248);
    expect(workingDaysBetween('2026-01-01', '2027-01-01')).toBe(248);
    expect(workingDaysBetween('2025-01-01', '2027-01-01')).toBe(496);
  });

  it('inverts addWorkingDays from every working day of 2025 and 2026', () => {
    const failures: string[] = [];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 10, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const start = sh(day, '14:00');
      const n = (t / 86_400_000) % 12;
      const due = addWorkingDays(start, n);
      // A non-working start counts from the next working day; the days before it are not working days either.
      if (workingDaysBetween(start, due) !== n) failures.push(`${day} + ${n}`);
      if (!isWorkingDay(due)) failures.push(`${day} + ${n} lands on a non-working day`);
    }
    expect(failures).toEqual([]);
  });

  it('rejects invalid days', () => {
    expect(() => workingDaysBetween('2025-02-30', '2025-03-01')).toThrow(InvalidCalendarInputError);
    expect(() => workingDaysBetween('2025-01-01', new Date(Number.NaN))).toThrow(/b/);
  });

  it('throws for a range reaching into an uncovered year', () => {
    expect(() => workingDaysBetween('2026-12-01', '2027-01-02')).toThrow(CalendarCoverageError);
    expect(() => workingDaysBetween('2024-12-31', '2025-01-10')).toThrow(/No holiday data for 2024/);
  });
});

describe('nextWorkingDay and endOfWorkingDay', () => {
  it.each([
    ['2025-03-07', '2025-03-10 09:00'],
    ['2025-01-25', '2025-01-26 09:00'], // the make-up Sunday
    ['2025-01-27', '2025-02-05 09:00'], // over 春节
    ['2026-02-13', '2026-02-14 09:00'], // the make-up Saturday
    ['2025-12-31', '2026-01-04 09:00'], // over the year boundary and 元旦
    ['2025-09-30', '2025-10-09 09:00'],
  ])('nextWorkingDay(%s) = %s', (day, result) => {
    expect(wall(nextWorkingDay(day))).toBe(result);
    expect(wall(nextWorkingDay(sh(day, '23:59')))).toBe(result);
  });

  it('nextWorkingDay is strictly after the day, even on a working day early in the morning', () => {
    expect(wall(nextWorkingDay(sh('2025-03-10', '06:00')))).toBe('2025-03-11 09:00');
    expect(wall(nextWorkingDay('2025-03-10', { workday: { start: '08:00', end: '16:00' } }))).toBe('2025-03-11 08:00');
  });

  it.each([
    ['2025-03-07 08:00', '2025-03-07 17:30'], // a working day: its close of business
    ['2025-03-07 20:00', '2025-03-07 17:30'], // after hours: still that day's close (documented)
    ['2025-03-08 10:00', '2025-03-10 17:30'], // a weekend: the next working day's close
    ['2026-02-16 10:00', '2026-02-24 17:30'], // 春节
    ['2026-02-28 10:00', '2026-02-28 17:30'], // a make-up Saturday is a working day
  ])('endOfWorkingDay(%s) = %s', (start, result) => {
    const [day, time] = start.split(' ');
    expect(wall(endOfWorkingDay(sh(day, time)))).toBe(result);
  });

  it('endOfWorkingDay uses the configured close of business', () => {
    expect(wall(endOfWorkingDay('2025-03-07', { workday: { start: '09:00', end: '18:00' } }))).toBe('2025-03-07 18:00');
  });
});
