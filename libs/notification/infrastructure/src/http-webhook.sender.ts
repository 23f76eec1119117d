import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type BlockList } from 'node:net';
import type { WebhookRequest, WebhookSender } from '@scq/notification-application';
import { WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER, classifyWebhookResponse, signWebhook, type AttemptOutcome } from '@scq/notification-domain';
import { guardedLookup, refusedAddress, WEBHOOK_TARGET_REFUSED } from './webhook-target.guard';

export interface HttpWebhookSenderOptions {
  timeoutMs?: number;
  /** Private networks an intranet deployment's webhooks may reach (`WEBHOOK_ALLOWED_NETWORKS`); none by default. */
  allowedNetworks?: BlockList | null;
}

/**
 * POSTs the JSON body, signed: `x-scq-timestamp` (unix seconds) and `x-scq-signature: sha256=<HMAC-SHA256(secret,
 * "<timestamp>.<body>")>`, plus `x-scq-delivery` (the same on every retry). A 2xx answer is delivered; 408, 425, 429,
 * 5xx, timeouts and network errors are temporary; other answers (redirects included) are permanent. A target on this
 * machine, a private or link-local network (`webhook-target.guard.ts`) is refused, permanently; only the status of an
 * answer is kept, never its body.
 */
export class HttpWebhookSender implements WebhookSender {
  private readonly timeoutMs: number;
  private readonly allowed: BlockList | null;

  constructor(options: HttpWebhookSenderOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.allowed = options.allowedNetworks ?? null;
  }

  send(request: WebhookRequest): Promise<AttemptOutcome> {
    const url = new URL(request.url);
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    const refusal = isIP(literal) ? refusedAddress(literal, this.allowed) : null;
    if (refusal) return Promise.resolve({ status: 'permanent-failure', detail: `目标地址被拒绝 webhook target refused: ${refusal}` });
    const timestamp = Math.floor(Date.now() / 1000);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      const outgoing = send(
        url,
        {
          method: 'POST',
          agent: false,
          lookup: guardedLookup(this.allowed),
          timeout: this.timeoutMs,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'content-length': Buffer.byteLength(request.body),
            'user-agent': 'scq-notification/1',
            [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
            [WEBHOOK_SIGNATURE_HEADER]: signWebhook(request.secret, timestamp, request.body),
            [WEBHOOK_DELIVERY_HEADER]: request.deliveryId,
          },
        },
        (response: IncomingMessage) => {
          // The answer's body is the receiver's business (and may hold secrets): not read, not kept.
          response.destroy();
          const status = classifyWebhookResponse(response.statusCode ?? 0);
          const detail = `HTTP ${response.statusCode}`;
          resolve(status === 'delivered' ? { status, detail } : { status: status === 'temporary-failure' ? 'temporary-failure' : 'permanent-failure', detail });
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(Object.assign(new Error(`timed out after ${this.timeoutMs} ms`), { code: 'TIMEOUT' })));
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === WEBHOOK_TARGET_REFUSED) resolve({ status: 'permanent-failure', detail: error.message });
        else resolve({ status: 'temporary-failure', detail: `${error.code ?? error.name}: ${error.message}` });
      });
      outgoing.end(request.body);
    });
  }
}
