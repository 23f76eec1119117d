import { ScaledDeadlineCalculator } from '@scq/notification-domain';
import { notificationOptionsFromEnv } from './notification.module';

describe('notificationOptionsFromEnv: the demo clock (NOTIFICATION_DEMO_WORKING_DAY_MS)', () => {
  const base = { DATABASE_URL: 'postgres://localhost/scq' };

  it('keeps the statutory calendar (no calculator option) when the variable is unset or empty', () => {
    expect(notificationOptionsFromEnv({ ...base }).calculator).toBeUndefined();
    expect(notificationOptionsFromEnv({ ...base, NOTIFICATION_DEMO_WORKING_DAY_MS: '' }).calculator).toBeUndefined();
  });

  it('makes one working day last that many milliseconds', () => {
    const calculator = notificationOptionsFromEnv({ ...base, NODE_ENV: 'development', NOTIFICATION_DEMO_WORKING_DAY_MS: '1500' }).calculator;
    expect(calculator).toBeInstanceOf(ScaledDeadlineCalculator);
    const requestedAt = new Date('2026-11-20T09:00:00Z');
    expect(calculator?.dueAt(requestedAt, { workingDays: 10 }).getTime()).toBe(requestedAt.getTime() + 15_000);
    expect(calculator?.shift(requestedAt, -3).getTime()).toBe(requestedAt.getTime() - 4_500);
    // The due notice waits a tenth of a demo day for the lifecycle's answer, not the production two minutes.
    expect(notificationOptionsFromEnv({ ...base, NOTIFICATION_DEMO_WORKING_DAY_MS: '1500' }).dueNoticeWaitMs).toBe(150);
    expect(notificationOptionsFromEnv({ ...base }).dueNoticeWaitMs).toBeUndefined();
  });

  it('refuses it in production, whatever its value', () => {
    expect(() => notificationOptionsFromEnv({ ...base, NODE_ENV: 'production', NOTIFICATION_DEMO_WORKING_DAY_MS: '1000' })).toThrow(/refused when NODE_ENV=production/);
  });

  it.each(['abc', '1e3', '-5', '0', '2.5', '10ms', '99999999999999999999'])('rejects %p', (value) => {
    expect(() => notificationOptionsFromEnv({ ...base, NOTIFICATION_DEMO_WORKING_DAY_MS: value })).toThrow(/positive whole number of milliseconds/);
  });
});
