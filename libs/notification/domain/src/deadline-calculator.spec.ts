import { CalendarLookup } from '@scq/calendar';
import { CalendarDeadlineCalculator } from './calendar-deadline.calculator';
import { describeDeadlineCalculatorContract } from './deadline-calculator.contract';
import { ScaledDeadlineCalculator } from './scaled-deadline.calculator';

const at = (iso: string) => new Date(iso);
const REQUESTS = ['2025-09-30T10:00:00+08:00', '2025-12-31T23:30:00+08:00', '2026-02-13T09:15:00+08:00', '2026-05-01T12:00:00+08:00'].map(at);

describeDeadlineCalculatorContract('statutory calendar', () => new CalendarDeadlineCalculator(), REQUESTS);
describeDeadlineCalculatorContract('scaled (1 working day = 250 ms)', () => new ScaledDeadlineCalculator(250), REQUESTS);

describe('CalendarDeadlineCalculator', () => {
  const calculator = new CalendarDeadlineCalculator();

  it('counts from the day after the request and ends at close of business of the last working day, across holidays and 调休 make-up days', () => {
    // National Day 2025: 1–8 October off; Saturday 11 October is a make-up working day.
    expect(calculator.dueAt(at('2025-09-30T10:00:00+08:00'), { workingDays: 1 })).toEqual(at('2025-10-09T17:30:00+08:00'));
    expect(calculator.dueAt(at('2025-09-30T10:00:00+08:00'), { workingDays: 3 })).toEqual(at('2025-10-11T17:30:00+08:00'));
    // A request on a Saturday: the first working day is Monday.
    expect(calculator.dueAt(at('2026-03-07T11:00:00+08:00'), { workingDays: 1 })).toEqual(at('2026-03-09T17:30:00+08:00'));
    // Late in the evening still counts from the next day.
    expect(calculator.dueAt(at('2026-03-09T23:59:00+08:00'), { workingDays: 5 })).toEqual(at('2026-03-16T17:30:00+08:00'));
  });

  it('moves a date that falls on a day off to the next working day', () => {
    expect(calculator.dueAt(at('2025-09-01T00:00:00+08:00'), { dueOn: '2025-10-03' })).toEqual(at('2025-10-09T17:30:00+08:00'));
    expect(calculator.dueAt(at('2025-09-01T00:00:00+08:00'), { dueOn: '2025-09-28' })).toEqual(at('2025-09-28T17:30:00+08:00')); // a make-up Sunday
  });

  it('reminds N working days before and escalates N working days after, keeping the time of day', () => {
    const due = at('2025-10-11T17:30:00+08:00');
    expect(calculator.shift(due, -1)).toEqual(at('2025-10-10T17:30:00+08:00'));
    expect(calculator.shift(due, -3)).toEqual(at('2025-09-30T17:30:00+08:00'));
    expect(calculator.shift(due, 1)).toEqual(at('2025-10-13T17:30:00+08:00'));
    expect(calculator.shift(at('2025-09-26T17:30:00+08:00'), 1)).toEqual(at('2025-09-28T17:30:00+08:00'));
  });

  it('counts Monday–Friday beyond the years the notices cover (re-derived once the notice is added), or refuses when strict', () => {
    const years: number[] = [];
    const alerting = new CalendarDeadlineCalculator({ onBeyondCoverage: (year) => years.push(year) });
    expect(alerting.dueAt(at('2027-06-25T10:00:00+08:00'), { workingDays: 3 })).toEqual(at('2027-06-30T17:30:00+08:00'));
    expect(alerting.dueAt(at('2027-06-25T10:00:00+08:00'), { workingDays: 3 })).toEqual(at('2027-06-30T17:30:00+08:00'));
    expect(years).toEqual([2027]);
    expect(calculator.dueAt(at('2026-01-01T00:00:00+08:00'), { dueOn: '2027-07-03' })).toEqual(at('2027-07-05T17:30:00+08:00'));
    expect(() => new CalendarDeadlineCalculator({ beyondCoverage: 'strict' }).dueAt(at('2027-06-25T10:00:00+08:00'), { workingDays: 3 })).toThrow('2027');
  });

  it('counts a year loaded as data (a notice file, the admin endpoint) on its notice, without alerting', () => {
    const lookup = new CalendarLookup();
    lookup.load({
      year: 2027,
      notice: { documentNumber: 'TEST-2027', title: 'test data' },
      holidays: [{ code: 'new-year', name: { zh: '元旦', en: "New Year's Day" }, first: '2027-01-01', last: '2027-01-03' }],
      makeUpWorkdays: [{ date: '2027-01-09', forPeriod: 'new-year' }],
    });
    const years: number[] = [];
    const loaded = new CalendarDeadlineCalculator({ lookup, onBeyondCoverage: (year) => years.push(year) });
    // Thu 2026-12-31 + 1 → Mon 01-04 (01-01 is off in the loaded notice); + 6 → Sat 01-09 (worked), not Mon 01-11.
    expect(loaded.dueAt(at('2026-12-31T10:00:00+08:00'), { workingDays: 1 })).toEqual(at('2027-01-04T17:30:00+08:00'));
    expect(loaded.dueAt(at('2026-12-31T10:00:00+08:00'), { workingDays: 6 })).toEqual(at('2027-01-09T17:30:00+08:00'));
    expect(years).toEqual([]);
  });

  it('takes another close of business', () => {
    expect(new CalendarDeadlineCalculator({ closeOfBusiness: '18:00' }).dueAt(at('2026-03-09T10:00:00+08:00'), { workingDays: 1 })).toEqual(at('2026-03-10T18:00:00+08:00'));
  });
});

describe('ScaledDeadlineCalculator', () => {
  it('makes every working day last k ms', () => {
    const calculator = new ScaledDeadlineCalculator(100);
    expect(calculator.dueAt(at('2026-01-01T00:00:00Z'), { workingDays: 3 })).toEqual(at('2026-01-01T00:00:00.300Z'));
    expect(calculator.shift(at('2026-01-01T00:00:00.300Z'), -2)).toEqual(at('2026-01-01T00:00:00.100Z'));
    expect(calculator.dueAt(at('2026-01-01T00:00:00Z'), { dueOn: '2026-07-01' })).toEqual(at('2026-07-01T00:00:00+08:00'));
    expect(() => new ScaledDeadlineCalculator(0)).toThrow('positive');
  });
});
