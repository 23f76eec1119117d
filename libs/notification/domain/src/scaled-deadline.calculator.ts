import type { DeadlineCalculator, DeadlineDue } from './deadline-calculator.port';
import { shanghaiInstant } from '@scq/calendar';

/**
 * Compressed time for tests and benchmarks: every day is a working day and lasts `msPerWorkingDay`. A `dueOn`
 * date stays a real date (its Shanghai midnight), since it names a day, not a duration.
 */
export class ScaledDeadlineCalculator implements DeadlineCalculator {
  constructor(readonly msPerWorkingDay: number) {
    if (!(msPerWorkingDay > 0)) throw new Error(`msPerWorkingDay must be positive, got ${msPerWorkingDay}`);
  }

  dueAt(requestedAt: Date, due: DeadlineDue): Date {
    if ('workingDays' in due) return this.shift(requestedAt, due.workingDays);
    return shanghaiInstant(due.dueOn);
  }

  shift(instant: Date, workingDays: number): Date {
    return new Date(instant.getTime() + workingDays * this.msPerWorkingDay);
  }
}
