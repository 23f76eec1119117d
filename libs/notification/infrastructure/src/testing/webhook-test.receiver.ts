import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER, verifyWebhookSignature, type WebhookVerification } from '@scq/notification-domain';

export interface ReceivedWebhook {
  path: string;
  deliveryId: string;
  timestamp: string;
  signature: string;
  body: string;
  json: Record<string, unknown>;
  /** The receiver's own check, as docs/notification.md tells receivers to do it. */
  verification: WebhookVerification;
  answeredWith: number;
  at: number;
}

/**
 * A real HTTP server receiving webhooks the way a subscriber would: it verifies each request's HMAC signature with
 * its secret before trusting it, and answers with a status chosen per path (e.g. 503 for the first N calls).
 */
export class WebhookTestReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly server: Server;
  private readonly plans = new Map<string, number[]>();

  constructor(private readonly secret: string) {
    this.server = createServer((request, response) => void this.handle(request, response));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The statuses the next calls to `path` are answered with, in order (then 200). */
  answer(path: string, statuses: number[]): void {
    this.plans.set(path, [...statuses]);
  }

  on(path: string): ReceivedWebhook[] {
    return this.received.filter((hook) => hook.path === path);
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const header = (name: string) => String(request.headers[name] ?? '');
    const verification = verifyWebhookSignature({ secret: this.secret, body, timestamp: header(WEBHOOK_TIMESTAMP_HEADER), signature: header(WEBHOOK_SIGNATURE_HEADER) });
    const planned = this.plans.get(request.url ?? '/')?.shift();
    const status = !verification.ok ? 401 : (planned ?? 200);
    this.received.push({
      path: request.url ?? '/',
      deliveryId: header(WEBHOOK_DELIVERY_HEADER),
      timestamp: header(WEBHOOK_TIMESTAMP_HEADER),
      signature: header(WEBHOOK_SIGNATURE_HEADER),
      body,
      json: JSON.parse(body) as Record<string, unknown>,
      verification,
      answeredWith: status,
      at: Date.now(),
    });
    response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'no');
  }
}
