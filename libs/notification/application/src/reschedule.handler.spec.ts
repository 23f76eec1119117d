import { DEFAULT_REMINDER_POLICIES, ScaledDeadlineCalculator, planReminders, type ReminderPolicy } from '@scq/notification-domain';
import type { ReminderRecord } from './notification-records';
import { diffPlan } from './reschedule.handler';

const DAY = 1000;
const requestedAt = new Date('2026-03-02T00:00:00Z');
const request = { deadlineId: 'i.acceptance-1', requestedAt, due: { workingDays: 5 } };

function stored(policy: ReminderPolicy, calculator: ScaledDeadlineCalculator, status: (key: string) => ReminderRecord['status'] = () => 'pending'): ReminderRecord[] {
  return planReminders(request, policy, calculator).reminders.map((r) => ({ ...r, deadlineId: request.deadlineId, status: r.skipped ? 'skipped' : status(r.key), firedAt: null, note: null }));
}

describe('re-deriving a stored plan', () => {
  const calculator = new ScaledDeadlineCalculator(DAY);
  const policy = DEFAULT_REMINDER_POLICIES.default;
  const dueAt = new Date(requestedAt.getTime() + 5 * DAY);

  it('finds nothing to do when policy and calendar are unchanged (a flushed Redis only needs the jobs again)', () => {
    expect(diffPlan({ dueAt }, stored(policy, calculator), planReminders(request, policy, calculator), requestedAt)).toBeNull();
  });

  it('moves pending reminders when the calendar changed, and leaves fired ones as history', () => {
    const corrected = new ScaledDeadlineCalculator(2 * DAY);
    const change = diffPlan({ dueAt }, stored(policy, calculator, (key) => (key === 'before-3d' ? 'fired' : 'pending')), planReminders(request, policy, corrected), requestedAt);
    expect(change?.dueAt).toEqual(new Date(requestedAt.getTime() + 10 * DAY));
    expect(change?.moved.map((r) => r.key)).toEqual(['before-1d', 'due', 'overdue-1d', 'overdue-3d', 'overdue-5d']);
    expect(change?.added).toEqual([]);
    expect(change?.dropped).toEqual([]);
  });

  it('adds new policy steps (skipping a reminder already past) and cancels dropped ones', () => {
    const next: ReminderPolicy = { ...policy, before: [{ workingDaysBefore: 4, audience: ['coordinator'] }, { workingDaysBefore: 2, audience: ['responsible-units'] }], escalations: policy.escalations.slice(0, 1) };
    const now = new Date(requestedAt.getTime() + 2 * DAY);
    const change = diffPlan({ dueAt }, stored(policy, calculator), planReminders(request, next, calculator), now);
    expect(change?.added.map((r) => [r.key, r.skipped])).toEqual([
      ['before-4d', true],
      ['before-2d', false],
    ]);
    expect(change?.dropped.sort()).toEqual(['before-1d', 'before-3d', 'overdue-3d', 'overdue-5d']);
    expect(change?.moved).toEqual([]);
  });
});
