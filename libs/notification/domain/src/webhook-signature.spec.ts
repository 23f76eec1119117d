import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const SECRET = 'whsec-test-0123456789';
const BODY = '{"id":"d-1"}';
const TIMESTAMP = 1767225600;

describe('webhook signatures (HMAC-SHA256 over "<timestamp>.<body>")', () => {
  it('matches the value any HMAC tool computes (openssl dgst -sha256 -hmac)', () => {
    expect(signWebhook(SECRET, TIMESTAMP, BODY)).toBe('sha256=a90330e74a29baca86ba8b44ae03644d99dfd26c10a9338ba2d5c916725228cf');
  });

  it('verifies a fresh, untouched request', () => {
    expect(verifyWebhookSignature({ secret: SECRET, body: BODY, timestamp: String(TIMESTAMP), signature: signWebhook(SECRET, TIMESTAMP, BODY), nowSeconds: TIMESTAMP + 10 })).toEqual({ ok: true });
  });

  it('refuses another secret, a changed body or timestamp, an old request, and malformed or missing headers', () => {
    const signature = signWebhook(SECRET, TIMESTAMP, BODY);
    const check = (overrides: Partial<Parameters<typeof verifyWebhookSignature>[0]>) =>
      verifyWebhookSignature({ secret: SECRET, body: BODY, timestamp: String(TIMESTAMP), signature, nowSeconds: TIMESTAMP, ...overrides });
    expect(check({ secret: 'another-secret-0123' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ body: '{"id":"d-2"}' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ timestamp: String(TIMESTAMP + 1), nowSeconds: TIMESTAMP + 1 })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ nowSeconds: TIMESTAMP + 301 })).toEqual({ ok: false, reason: 'stale' });
    expect(check({ nowSeconds: TIMESTAMP + 301, toleranceSeconds: 600 })).toEqual({ ok: true });
    expect(check({ signature: 'sha1=abc' })).toEqual({ ok: false, reason: 'malformed' });
    expect(check({ timestamp: undefined })).toEqual({ ok: false, reason: 'missing-headers' });
  });
});
