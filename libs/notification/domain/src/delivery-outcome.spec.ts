import { classifySmtpFailure, classifyWebhookResponse, nextAttemptAt } from './delivery-outcome';

describe('delivery outcomes', () => {
  it('retries with exponential backoff up to a cap, then gives up', () => {
    const policy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 5000 };
    const failedAt = new Date('2026-03-10T00:00:00Z');
    expect([1, 2, 3, 4, 5].map((attempt) => nextAttemptAt(failedAt, attempt, policy)?.getTime() ?? null)).toEqual([
      failedAt.getTime() + 1000,
      failedAt.getTime() + 2000,
      failedAt.getTime() + 4000,
      failedAt.getTime() + 5000,
      null,
    ]);
  });

  it('reads webhook answers: 2xx delivered; timeouts, throttling and 5xx temporary; the rest permanent', () => {
    expect([200, 204, 408, 425, 429, 500, 503, 301, 400, 401, 404, 410].map(classifyWebhookResponse)).toEqual([
      'delivered',
      'delivered',
      'temporary-failure',
      'temporary-failure',
      'temporary-failure',
      'temporary-failure',
      'temporary-failure',
      'permanent-failure',
      'permanent-failure',
      'permanent-failure',
      'permanent-failure',
      'permanent-failure',
    ]);
  });

  it('reads SMTP failures: 5xx and bad envelopes permanent; 4xx and connection trouble temporary', () => {
    expect(classifySmtpFailure({ responseCode: 550 })).toBe('permanent-failure');
    expect(classifySmtpFailure({ responseCode: 451 })).toBe('temporary-failure');
    expect(classifySmtpFailure({ code: 'EENVELOPE' })).toBe('permanent-failure');
    expect(classifySmtpFailure({ code: 'ECONNECTION' })).toBe('temporary-failure');
    expect(classifySmtpFailure({})).toBe('temporary-failure');
  });
});
