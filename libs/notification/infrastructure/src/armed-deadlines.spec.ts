import { workingDaysLeft } from './armed-deadlines';

const at = (iso: string) => new Date(iso);

describe('workingDaysLeft: working days between today and the due day, on the statutory calendar (Beijing dates)', () => {
  it('is 0 on the due day, counts working days ahead and behind', () => {
    expect(workingDaysLeft(at('2026-03-02T02:00:00Z'), at('2026-03-02T09:00:00Z'))).toBe(0); // Monday, same Beijing day
    expect(workingDaysLeft(at('2026-03-02T02:00:00Z'), at('2026-03-06T09:00:00Z'))).toBe(4); // Monday → Friday
    expect(workingDaysLeft(at('2026-03-06T02:00:00Z'), at('2026-03-09T09:00:00Z'))).toBe(1); // over the weekend
    expect(workingDaysLeft(at('2026-03-09T02:00:00Z'), at('2026-03-06T09:00:00Z'))).toBe(-1); // due Friday, today Monday
  });

  it('skips the statutory holidays and counts the make-up working days (国庆 2026)', () => {
    // 30 September 2026 (Wednesday) to 9 October (Friday): 1–7 October off, 10 October (Saturday) worked.
    expect(workingDaysLeft(at('2026-09-30T02:00:00Z'), at('2026-10-09T09:00:00Z'))).toBe(2);
  });

  it('reads the day in Beijing, not in UTC', () => {
    // 23:30 UTC on Sunday is 07:30 on Monday in Beijing: due that Monday is due today.
    expect(workingDaysLeft(at('2026-03-01T23:30:00Z'), at('2026-03-02T09:00:00Z'))).toBe(0);
  });
});
