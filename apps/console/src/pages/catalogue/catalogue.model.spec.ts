import { daysUntil } from './catalogue.model';

describe('daysUntil', () => {
  it('counts whole days from today (Beijing) to the date', () => {
    expect(daysUntil('2026-12-31', '2026-12-06')).toBe(25);
    expect(daysUntil('2026-12-06', '2026-12-06')).toBe(0);
    expect(daysUntil('2026-12-05', '2026-12-06')).toBe(-1);
    // Across a year end and a leap day.
    expect(daysUntil('2028-03-01', '2027-12-31')).toBe(61);
  });
});
