/** When a deadline is due: after N working days from the request, or on a date the instance carries. */
export type DeadlineDue = { workingDays: number } | { dueOn: string };

/**
 * Working-day arithmetic for deadlines, reminders and escalations. The production adapter counts on the Chinese
 * statutory-holiday calendar (Asia/Shanghai, 调休 make-up days); tests use a scaled one (one working day = k ms).
 */
export interface DeadlineCalculator {
  /** The instant a deadline requested at `requestedAt` is due. */
  dueAt(requestedAt: Date, due: DeadlineDue): Date;
  /** The instant `workingDays` working days after (positive) or before (negative) `instant`; 0 returns it unchanged. */
  shift(instant: Date, workingDays: number): Date;
}
