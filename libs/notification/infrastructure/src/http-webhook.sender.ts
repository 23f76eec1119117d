import type { WebhookRequest, WebhookSender } from '@scq/notification-application';
import { WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER, classifyWebhookResponse, signWebhook, type AttemptOutcome } from '@scq/notification-domain';

export interface HttpWebhookSenderOptions {
  timeoutMs?: number;
}

/**
 * POSTs the JSON body, signed: `x-scq-timestamp` (unix seconds) and `x-scq-signature: sha256=<HMAC-SHA256(secret,
 * "<timestamp>.<body>")>`, plus `x-scq-delivery` (the same on every retry). A 2xx answer is delivered; 408, 425, 429,
 * 5xx, timeouts and network errors are temporary; other answers (redirects included) are permanent.
 */
export class HttpWebhookSender implements WebhookSender {
  private readonly timeoutMs: number;

  constructor(options: HttpWebhookSenderOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  async send(request: WebhookRequest): Promise<AttemptOutcome> {
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(request.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'scq-notification/1',
          [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
          [WEBHOOK_SIGNATURE_HEADER]: signWebhook(request.secret, timestamp, request.body),
          [WEBHOOK_DELIVERY_HEADER]: request.deliveryId,
        },
        body: request.body,
      });
      const excerpt = (await response.text().catch(() => '')).slice(0, 200);
      const status = classifyWebhookResponse(response.status);
      const detail = `HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''}`;
      return status === 'delivered' ? { status, detail } : { status: status === 'temporary-failure' ? 'temporary-failure' : 'permanent-failure', detail };
    } catch (error) {
      const failure = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
      const reason = failure.name === 'TimeoutError' ? `timed out after ${this.timeoutMs} ms` : `${failure.cause?.code ?? failure.name ?? 'error'}: ${failure.cause?.message ?? failure.message ?? String(error)}`;
      return { status: 'temporary-failure', detail: reason };
    }
  }
}
