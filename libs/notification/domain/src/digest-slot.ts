import { addCalendarDays, parseTimeOfDay, shanghaiDateOf, shanghaiInstant, shanghaiSecondsOfDay } from '@scq/calendar';

export interface DigestSlot {
  /** The Shanghai date the digest is for (one digest per recipient per date). */
  date: string;
  runAt: Date;
}

/** The next digest a message arriving at `instant` joins: today's at `at` if that is still ahead, else tomorrow's. */
export function digestSlot(instant: Date, at: string): DigestSlot {
  const seconds = parseTimeOfDay(at);
  const today = shanghaiDateOf(instant);
  const date = shanghaiSecondsOfDay(instant) < seconds ? today : addCalendarDays(today, 1);
  return { date, runAt: shanghaiInstant(date, seconds) };
}
