import { DEFAULT_REMINDER_POLICIES } from './reminder-policies.data';
import { planReminders, reminderJobId } from './reminder-plan';
import { policyFor } from './reminder-policy';
import { ScaledDeadlineCalculator } from './scaled-deadline.calculator';

const DAY = 1000;
const calculator = new ScaledDeadlineCalculator(DAY);
const requestedAt = new Date('2026-03-02T02:00:00Z');
const deadlineId = '5b0f8a1e-3c1d-4b7e-9a55-1f2e3d4c5b6a.revision-3';

describe('reminder plan', () => {
  it('plans the default policy: reminders before, the deadline, and the escalation chain after, in time order', () => {
    const plan = planReminders({ deadlineId, requestedAt, due: { workingDays: 5 } }, DEFAULT_REMINDER_POLICIES.default, calculator);
    expect(plan.dueAt).toEqual(new Date(requestedAt.getTime() + 5 * DAY));
    expect(plan.reminders.map((r) => [r.key, r.kind, (r.runAt.getTime() - requestedAt.getTime()) / DAY, r.level, r.audience, r.critical, r.skipped])).toEqual([
      ['before-3d', 'before', 2, null, ['responsible-units'], false, false],
      ['before-1d', 'before', 4, null, ['responsible-units'], false, false],
      ['due', 'due', 5, null, ['responsible-units'], false, false],
      ['overdue-1d', 'escalation', 6, 1, ['responsible-units'], true, false],
      ['overdue-3d', 'escalation', 8, 2, ['coordinator'], true, false],
      ['overdue-5d', 'escalation', 10, 3, ['leadership'], true, false],
    ]);
  });

  it('skips a reminder that would come at or before the request, and always keeps the job at the deadline', () => {
    const plan = planReminders({ deadlineId, requestedAt, due: { workingDays: 1 } }, DEFAULT_REMINDER_POLICIES.default, calculator);
    expect(plan.reminders.filter((r) => r.skipped).map((r) => r.key)).toEqual(['before-3d', 'before-1d']);
    expect(plan.reminders.find((r) => r.key === 'due')).toMatchObject({ skipped: false });
  });

  it('uses the policy of the deadline name: the public notice only tells the lifecycle that it ended', () => {
    const plan = planReminders({ deadlineId, requestedAt, due: { workingDays: 5 } }, policyFor(DEFAULT_REMINDER_POLICIES, 'publicNotice'), calculator);
    expect(plan.reminders.map((r) => [r.key, r.audience])).toEqual([['due', []]]);
    expect(policyFor(DEFAULT_REMINDER_POLICIES, 'no-such-deadline')).toBe(DEFAULT_REMINDER_POLICIES.default);
    expect(policyFor(DEFAULT_REMINDER_POLICIES, 'revision').before.map((step) => step.audience)).toEqual([['applicant'], ['applicant']]);
  });

  it('is deterministic, so a redelivered request plans the same jobs', () => {
    const again = () => planReminders({ deadlineId, requestedAt: new Date(requestedAt), due: { workingDays: 5 } }, DEFAULT_REMINDER_POLICIES.default, calculator);
    expect(again()).toEqual(again());
  });

  it('names each job after its deadline and key: short, deterministic, never with a ":"', () => {
    const jobId = reminderJobId(deadlineId, 'before-3d');
    expect(jobId).toMatch(/^[\w-]{22}$/);
    expect(reminderJobId(deadlineId, 'before-3d')).toBe(jobId);
    expect(new Set([jobId, reminderJobId(deadlineId, 'before-1d'), reminderJobId(`${deadlineId}x`, 'before-3d')]).size).toBe(3);
    expect(() => reminderJobId('scenario:1', 'due')).toThrow('":"');
  });
});
