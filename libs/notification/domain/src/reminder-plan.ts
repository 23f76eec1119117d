import { createHash } from 'node:crypto';
import type { DeadlineCalculator, DeadlineDue } from './deadline-calculator.port';
import type { Audience, ReminderPolicy } from './reminder-policy';

export type ReminderKind = 'before' | 'due' | 'escalation';

/** What the plan needs of a requested deadline. */
export interface DeadlineRequest {
  deadlineId: string;
  requestedAt: Date;
  due: DeadlineDue;
}

export interface PlannedReminder {
  /** Unique within the deadline and stable across re-derivations: `before-3d`, `due`, `overdue-5d`. */
  key: string;
  kind: ReminderKind;
  runAt: Date;
  /** Working days before (`before`) or after (`escalation`) the deadline; 0 for `due`. */
  workingDays: number;
  /** Escalation level (1 = first link of the chain); null for reminders. */
  level: number | null;
  audience: Audience[];
  critical: boolean;
  /** A reminder whose instant is not after the request (the deadline was requested too close to it): never sent. */
  skipped: boolean;
}

export interface ReminderPlan {
  dueAt: Date;
  reminders: PlannedReminder[];
}

export const DUE_KEY = 'due';

/**
 * The notice of a reached deadline. The job at the deadline only tells the lifecycle (`deadline.reached`); the
 * notice follows the lifecycle's answer, so that it names the stage the instance is in after it: at once when the
 * lifecycle leaves the stage (its cancellation names where to), else at `waitMs` after the deadline was reached.
 */
export const DUE_NOTICE_KEY = 'due-notice';

/** The due notice planned when the deadline is reached, for the audience of the job at the deadline; null if it tells nobody. */
export function dueNotice(due: Pick<PlannedReminder, 'audience' | 'critical'>, reachedAt: Date, waitMs: number): PlannedReminder | null {
  if (due.audience.length === 0) return null;
  return { key: DUE_NOTICE_KEY, kind: 'due', runAt: new Date(reachedAt.getTime() + waitMs), workingDays: 0, level: null, audience: [...due.audience], critical: due.critical, skipped: false };
}

/**
 * The reminders of one deadline, derived only from the request, the policy and the calendar: the same inputs
 * always give the same keys and instants, so a redelivered request or a re-derivation plans exactly the same jobs.
 */
export function planReminders(request: DeadlineRequest, policy: ReminderPolicy, calculator: DeadlineCalculator): ReminderPlan {
  const dueAt = calculator.dueAt(request.requestedAt, request.due);
  const before: PlannedReminder[] = policy.before.map((step) => {
    const runAt = calculator.shift(dueAt, -step.workingDaysBefore);
    return {
      key: `before-${step.workingDaysBefore}d`,
      kind: 'before',
      runAt,
      workingDays: step.workingDaysBefore,
      level: null,
      audience: [...step.audience],
      critical: step.critical ?? false,
      skipped: runAt.getTime() <= request.requestedAt.getTime() || runAt.getTime() >= dueAt.getTime(),
    };
  });
  const due: PlannedReminder = {
    key: DUE_KEY,
    kind: 'due',
    runAt: dueAt,
    workingDays: 0,
    level: null,
    audience: policy.atDeadline ? [...policy.atDeadline.audience] : [],
    critical: policy.atDeadline?.critical ?? false,
    skipped: false,
  };
  const escalations: PlannedReminder[] = policy.escalations.map((step) => ({
    key: `overdue-${step.workingDaysAfter}d`,
    kind: 'escalation',
    runAt: calculator.shift(dueAt, step.workingDaysAfter),
    workingDays: step.workingDaysAfter,
    level: step.level,
    audience: [...step.audience],
    critical: step.critical,
    skipped: false,
  }));
  const reminders = [...before, due, ...escalations].sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || order(a) - order(b));
  return { dueAt, reminders };
}

/**
 * The scheduler job of a reminder: deterministic, 22 characters (132 bits of SHA-256 over deadline id and key, base64url:
 * never a `:`), so that a pending reminder stays small in Redis (docs/notification.md, "Reminders in Redis"). The job
 * itself carries the deadline id and key.
 */
export function reminderJobId(deadlineId: string, key: string): string {
  if (`${deadlineId}.${key}`.includes(':')) throw new Error(`A reminder job id must not come from a ":" (${deadlineId}.${key})`);
  return createHash('sha256').update(`${deadlineId}\u0000${key}`).digest('base64url').slice(0, 22);
}

/** The job id earlier versions gave a reminder (`<deadlineId>.<key>`), under the legacy queue. */
export function legacyReminderJobId(deadlineId: string, key: string): string {
  return `${deadlineId}.${key}`;
}

function order(reminder: PlannedReminder): number {
  return reminder.kind === 'before' ? -reminder.workingDays : reminder.kind === 'due' ? 0 : reminder.workingDays;
}
