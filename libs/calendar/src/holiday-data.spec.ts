import {
  coveredYears,
  holidayName,
  holidayRegistryProblems,
  holidayYearProblems,
  isWorkingDay,
  registeredHolidayYears,
  workingDaysBetween,
} from './index';

/**
 * Expectations hand-copied from the notices, day by day — deliberately NOT derived from the data files, so
 * a typo in either shows up here. 2025: 国办发明电〔2024〕12号; 2026: 国办发明电〔2025〕7号 (docs/calendar.md).
 */
interface ExpectedYear {
  readonly notice: string;
  /** Every day off, written out, by zh period name. */
  readonly daysOff: Readonly<Record<string, readonly string[]>>;
  /** Every make-up working day (a Saturday or Sunday). */
  readonly makeUpDays: readonly string[];
  /** For each period: [day before, working?], [day after, working?]. */
  readonly around: readonly (readonly [string, boolean])[];
  /** Working days in the year. 人社部发〔2025〕2号: 365 − 104 − 13 = 248. */
  readonly workingDays: number;
}

const expected: Readonly<Record<number, ExpectedYear>> = {
  2025: {
    notice: '国办发明电〔2024〕12号',
    daysOff: {
      元旦: ['2025-01-01'],
      春节: ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04'],
      清明节: ['2025-04-04', '2025-04-05', '2025-04-06'],
      劳动节: ['2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05'],
      端午节: ['2025-05-31', '2025-06-01', '2025-06-02'],
      '国庆节、中秋节': ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'],
    },
    makeUpDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    around: [
      ['2025-01-02', true], // after 元旦 (the day before, 2024-12-31, is not covered: see the coverage spec)
      ['2025-01-25', false], // Saturday before the make-up Sunday
      ['2025-01-27', true], // 春节 eve of the break
      ['2025-02-05', true],
      ['2025-02-09', false], // Sunday after the make-up Saturday
      ['2025-04-03', true], // 清明
      ['2025-04-07', true],
      ['2025-04-26', false], // Saturday before the make-up Sunday
      ['2025-04-30', true], // 劳动节
      ['2025-05-06', true],
      ['2025-05-30', true], // 端午
      ['2025-06-03', true],
      ['2025-09-27', false], // Saturday before the make-up Sunday
      ['2025-09-30', true], // 国庆节、中秋节
      ['2025-10-09', true],
      ['2025-10-10', true],
      ['2025-10-12', false], // Sunday after the make-up Saturday
    ],
    workingDays: 248,
  },
  2026: {
    notice: '国办发明电〔2025〕7号',
    daysOff: {
      元旦: ['2026-01-01', '2026-01-02', '2026-01-03'],
      春节: ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'],
      清明节: ['2026-04-04', '2026-04-05', '2026-04-06'],
      劳动节: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'],
      端午节: ['2026-06-19', '2026-06-20', '2026-06-21'],
      中秋节: ['2026-09-25', '2026-09-26', '2026-09-27'],
      国庆节: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
    },
    makeUpDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    around: [
      ['2025-12-31', true], // 元旦
      ['2026-01-05', true],
      ['2026-02-13', true], // 春节
      ['2026-02-24', true],
      ['2026-03-01', false], // Sunday after the make-up Saturday
      ['2026-04-03', true], // 清明
      ['2026-04-07', true],
      ['2026-04-30', true], // 劳动节
      ['2026-05-06', true],
      ['2026-05-10', false],
      ['2026-06-18', true], // 端午
      ['2026-06-22', true],
      ['2026-09-19', false], // Saturday before the make-up Sunday
      ['2026-09-24', true], // 中秋
      ['2026-09-28', true],
      ['2026-09-30', true], // 国庆
      ['2026-10-08', true],
      ['2026-10-09', true],
      ['2026-10-11', false],
    ],
    workingDays: 248,
  },
};

/** Weekday by the host's UTC arithmetic — independent of the library's own. */
const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
const daysOf = (year: number) => {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
};

describe('registered holiday data', () => {
  it('covers exactly the years with expectations, ascending', () => {
    expect(coveredYears()).toEqual([2025, 2026]);
    expect(registeredHolidayYears.map((year) => year.year)).toEqual(Object.keys(expected).map(Number));
  });

  it('passes every consistency rule, year by year and across years', () => {
    for (const year of registeredHolidayYears) expect({ year: year.year, problems: holidayYearProblems(year) }).toEqual({ year: year.year, problems: [] });
    expect(holidayRegistryProblems(registeredHolidayYears)).toEqual([]);
  });

  it('is frozen: nobody can change a published arrangement at run time', () => {
    const data = registeredHolidayYears[0];
    expect(Object.isFrozen(data)).toBe(true);
    expect(Object.isFrozen(data.periods[0])).toBe(true);
    expect(Object.isFrozen(data.makeUpWorkdays)).toBe(true);
  });
});

describe.each(Object.entries(expected).map(([year, data]) => [Number(year), data] as const))('%i', (year, data) => {
  const registered = registeredHolidayYears.find((candidate) => candidate.year === year)!;
  const daysOff = new Map(Object.entries(data.daysOff).flatMap(([name, days]) => days.map((day) => [day, name] as const)));
  const makeUps = new Set(data.makeUpDays);

  it(`comes from ${data.notice}, and every clause cites it`, () => {
    expect(registered.notice.documentNumber).toBe(data.notice);
    for (const item of [...registered.periods, ...registered.makeUpWorkdays]) expect(item.source.notice).toBe(data.notice);
  });

  it('lists the same periods as the notice, with zh and en names and source clauses', () => {
    expect(registered.periods.map((period) => period.name.zh)).toEqual(Object.keys(data.daysOff));
    for (const period of registered.periods) {
      const days = data.daysOff[period.name.zh];
      expect([period.first, period.last, period.days]).toEqual([days[0], days[days.length - 1], days.length]);
      expect(period.name.en).not.toBe('');
      expect(period.source.quote).toContain(period.name.zh.split('、')[0]);
    }
    expect(registered.makeUpWorkdays.map((makeUp) => makeUp.date)).toEqual(data.makeUpDays);
  });

  it.each(Object.entries(data.daysOff).flatMap(([name, days]) => days.map((day) => [day, name] as const)))('%s (%s) is a day off', (day, name) => {
    expect(isWorkingDay(day)).toBe(false);
    expect(holidayName(day)?.zh).toBe(name);
  });

  it.each(data.makeUpDays)('%s is a make-up working day on a weekend', (day) => {
    expect([0, 6]).toContain(weekday(day));
    expect(isWorkingDay(day)).toBe(true);
    expect(holidayName(day)).toBeNull();
  });

  it.each(data.around)('the day around a period, %s, is a working day: %s', (day, working) => {
    expect(isWorkingDay(day)).toBe(working);
  });

  it('agrees with the notice on every single day of the year, at any time of the Shanghai day', () => {
    const mismatches: string[] = [];
    for (const day of daysOf(year)) {
      const want = makeUps.has(day) || (!daysOff.has(day) && weekday(day) >= 1 && weekday(day) <= 5);
      const got = [isWorkingDay(day), isWorkingDay(new Date(`${day}T00:00:00+08:00`)), isWorkingDay(new Date(`${day}T23:59:59.999+08:00`))];
      if (got.some((value) => value !== want)) mismatches.push(`${day}: want ${want}, got ${got.join('/')}`);
    }
    expect(mismatches).toEqual([]);
  });

  it(`has ${data.workingDays} working days`, () => {
    expect(workingDaysBetween(`${year}-01-01`, `${year + 1}-01-01`)).toBe(data.workingDays);
    const weekdays = daysOf(year).filter((day) => weekday(day) >= 1 && weekday(day) <= 5).length;
    const weekdaysOff = [...daysOff.keys()].filter((day) => weekday(day) >= 1 && weekday(day) <= 5).length;
    expect(weekdays - weekdaysOff + makeUps.size).toBe(data.workingDays);
  });
});
