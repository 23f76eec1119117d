import { addWorkingHours, DEFAULT_OFFICE_HOURS, InvalidCalendarInputError, CalendarCoverageError } from './index';

const sh = (day: string, time = '00:00') => new Date(`${day}T${time}:00+08:00`);
const wall = (instant: Date) => new Date(instant.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
const add = (start: string, hours: number, workday?: { start: string; end: string; breaks?: { start: string; end: string }[] }) => {
  const [day, time] = start.split(' ');
  return wall(addWorkingHours(sh(day, time), hours, workday ? { workday } : undefined));
};

describe('addWorkingHours with the default office hours (09:00–12:00, 13:30–17:30)', () => {
  it('has 7 working hours a day', () => {
    expect(DEFAULT_OFFICE_HOURS).toEqual({ start: '09:00', end: '17:30', breaks: [{ start: '12:00', end: '13:30' }] });
    expect(add('2025-03-10 09:00', 7)).toBe('2025-03-10 17:30');
    expect(add('2025-03-10 09:00', 14)).toBe('2025-03-11 17:30');
    expect(add('2025-03-10 09:00', 35)).toBe('2025-03-14 17:30');
  });

  it.each([
    ['2025-03-10 10:00', 2, '2025-03-10 12:00', 'runs out exactly at lunch'],
    ['2025-03-10 10:00', 3, '2025-03-10 14:30', 'skips the lunch break'],
    ['2025-03-10 12:30', 1, '2025-03-10 14:30', 'starts in the lunch break'],
    ['2025-03-10 07:00', 1, '2025-03-10 10:00', 'starts before office hours'],
    ['2025-03-10 20:00', 1, '2025-03-11 10:00', 'starts after office hours'],
    ['2025-03-10 15:30', 2, '2025-03-10 17:30', 'runs out exactly at the close of business'],
    ['2025-03-14 16:30', 2, '2025-03-17 10:00', 'Friday afternoon over the weekend'],
    ['2025-03-10 09:00', 0.25, '2025-03-10 09:15', 'fractions of an hour'],
    ['2026-02-13 17:00', 1, '2026-02-14 09:30', '春节 2026: half an hour on Friday, the rest on the make-up Saturday'],
    ['2026-02-14 17:00', 1, '2026-02-24 09:30', '… and from the make-up Saturday over the nine days off'],
    ['2025-09-30 09:00', 14, '2025-10-09 17:30', '国庆 2025: a full Tuesday, then the 9th'],
    ['2025-12-31 16:30', 2, '2026-01-04 10:00', 'over the year boundary: 元旦 off, Sunday 1-4 worked'],
    ['2025-10-03 11:00', 1, '2025-10-09 10:00', 'a start inside a holiday'],
  ])('%s + %s h → %s (%s)', (start, hours, result) => {
    expect(add(start, hours)).toBe(result);
  });

  it.each([
    ['2025-03-10 10:00', '2025-03-10 10:00', 'inside office time: the start itself'],
    ['2025-03-10 12:00', '2025-03-10 13:30', 'at the start of lunch: after the break'],
    ['2025-03-10 17:30', '2025-03-11 09:00', 'at the close: the next working day'],
    ['2025-03-08 10:00', '2025-03-10 09:00', 'a Saturday: Monday morning'],
  ])('0 h from %s → %s (%s)', (start, result) => {
    expect(add(start, 0)).toBe(result);
  });

  it('handles a UTC instant that is already the next day in Shanghai', () => {
    // 2025-01-27T16:30Z is 除夕 00:30 in Shanghai: one working hour ends 2025-02-05 10:00 Shanghai.
    expect(addWorkingHours(new Date('2025-01-27T16:30:00Z'), 1).toISOString()).toBe('2025-02-05T02:00:00.000Z');
  });
});

describe('addWorkingHours with other office hours', () => {
  it('a simple 09:00–17:30 day without a break has 8.5 hours', () => {
    const simple = { start: '09:00', end: '17:30' };
    expect(add('2025-03-10 09:00', 8.5, simple)).toBe('2025-03-10 17:30');
    expect(add('2025-03-10 09:00', 9, simple)).toBe('2025-03-11 09:30');
    expect(add('2025-03-10 12:30', 1, simple)).toBe('2025-03-10 13:30');
  });

  it('several breaks', () => {
    const split = { start: '08:00', end: '18:00', breaks: [{ start: '10:00', end: '10:30' }, { start: '12:00', end: '14:00' }] };
    expect(add('2025-03-10 09:00', 2, split)).toBe('2025-03-10 11:30');
    expect(add('2025-03-10 09:00', 6.5, split)).toBe('2025-03-10 18:00'); // 1 + 1.5 + 4 h
    expect(add('2025-03-10 09:00', 7.5, split)).toBe('2025-03-11 09:00');
  });

  it.each([
    [{ start: '9:00', end: '17:30' }, /HH:MM/],
    [{ start: '09:00', end: '24:00' }, /HH:MM/],
    [{ start: '17:30', end: '09:00' }, /must be before end/],
    [{ start: '09:00', end: '17:30', breaks: [{ start: '08:00', end: '10:00' }] }, /must lie inside the office hours/],
    [{ start: '09:00', end: '17:30', breaks: [{ start: '13:00', end: '14:00' }, { start: '12:00', end: '12:30' }] }, /in order and not overlapping/],
    [{ start: '09:00', end: '17:30', breaks: [{ start: '12:00', end: '12:00' }] }, /Break 12:00–12:00/],
  ])('rejects office hours %j', (workday, message) => {
    expect(() => addWorkingHours(sh('2025-03-10', '10:00'), 1, { workday })).toThrow(InvalidCalendarInputError);
    expect(() => addWorkingHours(sh('2025-03-10', '10:00'), 1, { workday })).toThrow(message);
  });
});

describe('addWorkingHours input checks', () => {
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s hours', (hours) => {
    expect(() => addWorkingHours(sh('2025-03-10', '10:00'), hours)).toThrow(InvalidCalendarInputError);
  });

  it('rejects an invalid start and throws past the covered years', () => {
    expect(() => addWorkingHours(new Date(''), 1)).toThrow(InvalidCalendarInputError);
    expect(() => addWorkingHours(sh('2026-12-31', '17:00'), 1)).toThrow(CalendarCoverageError);
    expect(wall(addWorkingHours(sh('2026-12-31', '16:00'), 1))).toBe('2026-12-31 17:00');
  });
});
