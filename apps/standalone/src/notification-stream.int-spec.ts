import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';
import { DEMO_PASSWORD, forwardedPaths, GatewayModule, gatewayAuthConfigFromEnv, serviceTokenKeyFromEnv, type ServiceRoute } from '@scq/gateway-infrastructure';
import { InboxStreams, NotificationModule } from '@scq/notification-infrastructure';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { EventStreamReader } from '@scq/platform-testing';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const UNIT = '市城市管理局';
const logger = () => createLogger('notification-stream-test', 'warn');
// Forwarded calls time out after half a second here: a stream quiet for longer must stay open all the same.
const UPSTREAM_TIMEOUT_MS = 500;
const gatewayModule = (routes: ServiceRoute[]) =>
  GatewayModule.register({ routes, upstreamTimeoutMs: UPSTREAM_TIMEOUT_MS, serviceTokenKey: serviceTokenKeyFromEnv(process.env), database: { pgliteDataDir: 'memory://' }, auth: gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true' }), passwordHashing: { memoryCost: 1024, timeCost: 1 } });
const notificationModule = (heartbeatMs = 300) => NotificationModule.register({ database: { pgliteDataDir: 'memory://' }, rescheduleOnStart: false, sweepIntervalMs: 0, inboxStreams: { heartbeatMs } });

async function signIn(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A sandbox indicator beyond its threshold, published on the bus as the workflow would: a notice to the unit's inbox. */
async function breach(bus: InProcessMessageBus): Promise<void> {
  const scenarioId = randomUUID();
  const topic: TopicName = 'workflow.scenario.v1';
  const data = {
    scenarioId,
    instanceId: randomUUID(),
    indicator: { key: 'complaints', name: { zh: '投诉量', en: 'Complaints' }, unit: '件', threshold: { max: 3 } },
    value: 9,
    observedOn: '2026-12-01',
    note: null,
    stage: 'operating.piloting.sandboxReview',
    responsibleUnits: [UNIT],
    reportedBy: 'officer-1',
    reportedAt: new Date().toISOString(),
  };
  await bus.publish([{ topic, key: scenarioId, value: JSON.stringify(buildEnvelope('test', topic, 'workflow.scenario.sandbox-indicator-breached' as never, { subject: scenarioId, data: data as never })) }]);
}

/** Follows the stream through the gateway: the count at connect, after a new item for the unit, after it is read. */
async function countsFollowTheInbox(gatewayUrl: string, bus: InProcessMessageBus, quietMs = 0): Promise<void> {
  const token = await signIn(gatewayUrl, 'officer.urban');
  const auth = { authorization: `Bearer ${token}` };
  const reader = await EventStreamReader.open(`${gatewayUrl}/api/notifications/stream`, auth);
  try {
    expect(reader.response.status).toBe(200);
    expect(reader.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await reader.next()).toEqual({ unit: 0, user: 0, total: 0 });
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    await breach(bus);
    expect(await reader.next()).toEqual({ unit: 1, user: 0, total: 1 });
    const inbox = (await (await fetch(`${gatewayUrl}/api/notifications/inbox`, { headers: auth })).json()) as Json;
    const read = await fetch(`${gatewayUrl}/api/notifications/inbox/${inbox.items[0].id}/read`, { method: 'POST', headers: auth });
    expect(read.status).toBe(200);
    expect(await reader.next()).toEqual({ unit: 0, user: 0, total: 0 });
    // Heartbeats come as they are sent, not held back.
    if (quietMs === 0) await reader.untilComments(2);
  } finally {
    reader.close();
  }
  // A bad token never opens a stream, and the access token is never asked for in the URL.
  const refused = await fetch(`${gatewayUrl}/api/notifications/stream`, { headers: { authorization: 'Bearer not-a-token', accept: 'text/event-stream' } });
  expect(refused.status).toBe(401);
}

/**
 * The inbox's unread counts pushed as server-sent events, through the gateway: in the embedded host (one process,
 * the gateway's caller middleware in front of the notification module), and with the gateway forwarding to a
 * notification service in another host (the production layout) without buffering or timing the stream out.
 */
describe('the unread-count stream through the gateway', () => {
  describe('in the embedded host', () => {
    const bus = new InProcessMessageBus();
    let host: RunningHost;

    beforeAll(async () => {
      host = await bootstrapHost({ name: 'embedded-stream-test', logger: logger(), bus, port: 0, host: '127.0.0.1', modules: [notificationModule(), gatewayModule([])] });
    });
    afterAll(async () => {
      await host?.close();
    });

    it('sends the signed-in caller’s counts at connect and after each change of their unit’s inbox', () => countsFollowTheInbox(host.url, bus));
  });

  describe('with the gateway forwarding to the notification service', () => {
    const bus = new InProcessMessageBus();
    let service: RunningHost;
    let gateway: RunningHost;

    beforeAll(async () => {
      service = await bootstrapHost({ name: 'notification-stream-service', logger: logger(), bus, port: 0, host: '127.0.0.1', modules: [notificationModule(60_000)] });
      const routes = [{ prefix: '/api/notifications', target: service.url }];
      gateway = await bootstrapHost({ name: 'gateway-stream-test', logger: logger(), bus: new InProcessMessageBus(), port: 0, host: '127.0.0.1', forwarded: forwardedPaths(routes), modules: [gatewayModule(routes)] });
    });
    afterAll(async () => {
      await gateway?.close();
      await service?.close();
    });

    // No heartbeat within the test: the stream stays quiet for three times the forwarding timeout, and stays open.
    it('forwards the stream event by event, however long it is quiet (the forwarding timeout is for answers)', () => countsFollowTheInbox(gateway.url, bus, 3 * UPSTREAM_TIMEOUT_MS));

    it('ends the service’s stream when the client goes, and the client’s when the gateway shuts down', async () => {
      const token = await signIn(gateway.url, 'officer.urban');
      const open = () => EventStreamReader.open(`${gateway.url}/api/notifications/stream`, { authorization: `Bearer ${token}` });
      const streams = service.app.get(InboxStreams);
      const openAtService = async (n: number) => {
        for (let i = 0; i < 200 && streams.open !== n; i++) await new Promise((resolve) => setTimeout(resolve, 25));
        return streams.open;
      };
      const first = await open();
      await first.next();
      expect(await openAtService(1)).toBe(1);
      first.close();
      expect(await openAtService(0)).toBe(0);

      const second = await open();
      await second.next();
      // Shutting down ends the streams it forwards rather than waiting for them (or for a timeout) to end.
      const closing = Date.now();
      await gateway.close();
      expect(Date.now() - closing).toBeLessThan(15_000);
      await second.untilEnded();
      expect(await openAtService(0)).toBe(0);
    });
  });
});
