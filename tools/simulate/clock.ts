/**
 * The simulation's working-day clock: one working day lasts `workingDayMs` of wall time. The platform's deadlines
 * follow the same pace when its notification service runs with NOTIFICATION_DEMO_WORKING_DAY_MS set to the same
 * value (a demo and test setting, refused under NODE_ENV=production); the simulated date is the simulator's label
 * of the day (Monday to Friday from the start date: the plan's year), the platform keeps recording real time.
 */
export class WorkingDayClock {
  private readonly startedAt = performance.now();

  constructor(
    readonly workingDayMs: number,
    readonly startDate: string,
  ) {}

  /** Whole working days elapsed since the start. */
  day(): number {
    return Math.floor((performance.now() - this.startedAt) / this.workingDayMs);
  }

  /** Wall milliseconds since the start. */
  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  /** The calendar date (YYYY-MM-DD) of working day `day` (0 = the start date, moved to a Monday–Friday). */
  dateOf(day: number): string {
    const date = new Date(`${this.startDate}T00:00:00Z`);
    while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
    for (let left = day; left > 0; ) {
      date.setUTCDate(date.getUTCDate() + 1);
      if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) left--;
    }
    return date.toISOString().slice(0, 10);
  }

  /** Resolves at the start of working day `day`. */
  async until(day: number): Promise<void> {
    const wait = day * this.workingDayMs - this.elapsedMs();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Working days in a span: `1m` ≈ 21, `12m` ≈ 250, or `<n>d` working days. */
export function workingDaysOf(span: string): number {
  const months = /^(\d+)m$/.exec(span);
  if (months) return Math.round((Number(months[1]) * 250) / 12);
  const days = /^(\d+)d$/.exec(span);
  if (days) return Number(days[1]);
  throw new Error(`--span must be like 1m, 12m or 30d, got "${span}"`);
}
