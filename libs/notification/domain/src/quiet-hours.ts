import { addCalendarDays, parseTimeOfDay, shanghaiDateOf, shanghaiInstant, shanghaiSecondsOfDay } from '@scq/calendar';

/** A daily window (Asia/Shanghai, `HH:mm` or `HH:mm:ss`) in which non-critical messages wait; may span midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

/** The instant the quiet hours around `instant` end, or null when `instant` is not in them (an empty window never is). */
export function quietUntil(instant: Date, quietHours: QuietHours | null): Date | null {
  if (!quietHours) return null;
  const start = parseTimeOfDay(quietHours.start);
  const end = parseTimeOfDay(quietHours.end);
  if (start === end) return null;
  const now = shanghaiSecondsOfDay(instant);
  const today = shanghaiDateOf(instant);
  if (start < end) return now >= start && now < end ? shanghaiInstant(today, end) : null;
  // Spans midnight: quiet from `start` to midnight and from midnight to `end`.
  if (now >= start) return shanghaiInstant(addCalendarDays(today, 1), end);
  if (now < end) return shanghaiInstant(today, end);
  return null;
}
