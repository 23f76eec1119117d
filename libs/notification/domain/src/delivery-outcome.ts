/** The delivery log's states: a push message is queued, then sent (accepted by the mail relay) or delivered (the receiver answered 2xx), or failed. */
export const DELIVERY_STATUSES = ['queued', 'sent', 'delivered', 'temporary-failure', 'permanent-failure'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const CHANNELS = ['in-app', 'email', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];

export type AttemptOutcome =
  | { status: 'sent' | 'delivered'; detail: string }
  | { status: 'temporary-failure' | 'permanent-failure'; detail: string };

/** Exponential backoff between attempts of one delivery. */
export interface DeliveryRetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Wait after the first failed attempt; doubled after each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_DELIVERY_RETRY: DeliveryRetryPolicy = { maxAttempts: 6, baseDelayMs: 30_000, maxDelayMs: 3_600_000 };

/** When attempt `attempt + 1` runs after attempt `attempt` failed temporarily; null when that was the last one. */
export function nextAttemptAt(failedAt: Date, attempt: number, policy: DeliveryRetryPolicy): Date | null {
  if (attempt >= policy.maxAttempts) return null;
  const delay = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  return new Date(failedAt.getTime() + delay);
}

/** An HTTP answer to a webhook: 2xx delivered; timeouts, throttling and server errors are worth a retry; the rest is final. */
export function classifyWebhookResponse(status: number): DeliveryStatus {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'temporary-failure';
  return 'permanent-failure';
}

/** An SMTP failure: 5xx replies and unusable envelopes are final; 4xx replies and connection trouble are retried. */
export function classifySmtpFailure(error: { responseCode?: number; code?: string }): 'temporary-failure' | 'permanent-failure' {
  if (typeof error.responseCode === 'number') return error.responseCode >= 500 ? 'permanent-failure' : 'temporary-failure';
  if (error.code === 'EENVELOPE' || error.code === 'EMESSAGE') return 'permanent-failure';
  return 'temporary-failure';
}
