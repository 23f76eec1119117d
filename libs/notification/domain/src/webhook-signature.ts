import { createHmac, timingSafeEqual } from 'node:crypto';

/** `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>` */
export const WEBHOOK_SIGNATURE_HEADER = 'x-scq-signature';
/** Unix seconds when the request was signed (each attempt signs anew). */
export const WEBHOOK_TIMESTAMP_HEADER = 'x-scq-timestamp';
/** The delivery id: the same for every retry of one message, so a receiver can drop duplicates. */
export const WEBHOOK_DELIVERY_HEADER = 'x-scq-delivery';
/** How old a signature a receiver accepts by default (replay window). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** The signature header value of a body signed at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

export type WebhookVerification = { ok: true } | { ok: false; reason: 'missing-headers' | 'malformed' | 'stale' | 'mismatch' };

/**
 * What a receiver does: recompute the HMAC over `<timestamp>.<raw body bytes as received>`, compare in constant time,
 * and refuse timestamps outside the tolerance window (a replayed request).
 */
export function verifyWebhookSignature(input: {
  secret: string;
  body: string;
  timestamp: string | undefined | null;
  signature: string | undefined | null;
  nowSeconds?: number;
  toleranceSeconds?: number;
}): WebhookVerification {
  const { secret, body, timestamp, signature } = input;
  if (!timestamp || !signature) return { ok: false, reason: 'missing-headers' };
  if (!/^\d{1,12}$/.test(timestamp) || !/^sha256=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'malformed' };
  const now = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > (input.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS)) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'mismatch' };
}
