import type { DeadlineCalculator } from './deadline-calculator.port';

/**
 * What every DeadlineCalculator adapter promises (the calendar one and the scaled one run it); `instants` are
 * requests to start from, all inside the adapter's covered range.
 */
export function describeDeadlineCalculatorContract(name: string, create: () => DeadlineCalculator, instants: Date[]): void {
  describe(`DeadlineCalculator contract: ${name}`, () => {
    const calculator = create();

    it('puts the deadline after the request, later for more working days', () => {
      for (const requestedAt of instants) {
        const dues = [1, 2, 3, 5, 10].map((workingDays) => calculator.dueAt(requestedAt, { workingDays }).getTime());
        expect(dues[0]).toBeGreaterThan(requestedAt.getTime());
        for (let i = 1; i < dues.length; i++) expect(dues[i]).toBeGreaterThan(dues[i - 1]);
      }
    });

    it('shifts by working days both ways, 0 leaving the instant as it is, and a deadline shifted back and forth returns to itself', () => {
      for (const requestedAt of instants) {
        const due = calculator.dueAt(requestedAt, { workingDays: 5 });
        expect(calculator.shift(due, 0)).toEqual(due);
        const shifted = [-5, -3, -1, 0, 1, 3, 5].map((n) => calculator.shift(due, n).getTime());
        for (let i = 1; i < shifted.length; i++) expect(shifted[i]).toBeGreaterThan(shifted[i - 1]);
        for (const n of [1, 3, 5]) expect(calculator.shift(calculator.shift(due, -n), n)).toEqual(due);
      }
    });

    it('is deterministic: the same request always plans the same instant', () => {
      for (const requestedAt of instants) {
        expect(calculator.dueAt(new Date(requestedAt), { workingDays: 4 })).toEqual(create().dueAt(new Date(requestedAt), { workingDays: 4 }));
      }
    });

    it('puts a date-given deadline on that date (Asia/Shanghai) or later', () => {
      const due = calculator.dueAt(instants[0], { dueOn: '2026-06-30' });
      expect(due.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-06-30T00:00:00+08:00'));
    });
  });
}
