import { gatewayAuthConfigFromEnv, serviceTokenKeyFromEnv } from '@scq/gateway-infrastructure';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { createTestDatabase, eventually, type TestDatabase } from '@scq/platform-testing';
import { embeddedModules } from './embedded-modules';

const UNIT = '市交通运输委';
const officer = { 'x-user-id': 'metrics-officer', 'x-user-roles': 'officer', 'x-user-unit': encodeURIComponent(UNIT), 'content-type': 'application/json' };

/**
 * The embedded mode hosts every service in one process: one registry, each metric named once, the services told apart
 * by their `service` label; lifecycle transitions counted by machine and event once committed.
 */
describe('metrics of the embedded host (every service in one process)', () => {
  let database: TestDatabase;
  let host: RunningHost | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('embedded_metrics');
    const location = { url: database.url };
    host = await bootstrapHost({
      name: 'metrics-embedded',
      logger: createLogger('metrics-embedded', 'warn'),
      bus: new InProcessMessageBus(),
      port: 0,
      host: '127.0.0.1',
      modules: embeddedModules(location, {
        notification: { rescheduleOnStart: false, sweepIntervalMs: 0 },
        gateway: {
          serviceTokenKey: serviceTokenKeyFromEnv(process.env),
          database: { pgliteDataDir: 'memory://' },
          auth: gatewayAuthConfigFromEnv({ GATEWAY_TRUST_CLIENT_IDENTITY: 'true', ADMIN_PASSWORD: 'first administrator passphrase' }),
          passwordHashing: { memoryCost: 1024, timeCost: 1 },
        },
      }),
    });
  });
  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  const scrape = async () => {
    // No METRICS_TOKEN outside production: this machine (loopback) may read the metrics.
    const response = await fetch(`${host?.url}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  };
  const value = (text: string, series: string) => {
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('names every metric once and counts committed transitions by machine and event', async () => {
    const registered = await fetch(`${host?.url}/api/scenarios`, {
      method: 'POST',
      headers: officer,
      body: JSON.stringify({ title: { zh: '指标测试场景' }, domainCode: 'unmanned-systems', ownerUnit: UNIT, ownerType: 'municipal-department', tier: 'industry-integrated' }),
    });
    expect(registered.status).toBe(201);
    const { id } = (await registered.json()) as { id: string };
    const started = 'scq_lifecycle_transitions_total{machine="scenario-lifecycle",event="start"}';
    await eventually(async () => ((value(await scrape(), started) ?? 0) >= 1 ? true : undefined));
    const advanced = await fetch(`${host?.url}/api/workflow/scenarios/${id}/events`, { method: 'POST', headers: officer, body: JSON.stringify({ type: 'startCultivation', expectedVersion: 1 }) });
    expect(advanced.status).toBe(200);
    // Refused (stale version): rolled back, so not counted.
    const stale = await fetch(`${host?.url}/api/workflow/scenarios/${id}/events`, { method: 'POST', headers: officer, body: JSON.stringify({ type: 'withdraw', expectedVersion: 1 }) });
    expect(stale.status).toBe(409);

    const text = await eventually(async () => {
      const scraped = await scrape();
      return value(scraped, 'scq_outbox_unsent_messages{service="application-workflow"}') === 0 ? scraped : undefined;
    });
    expect(value(text, 'scq_lifecycle_transitions_total{machine="scenario-lifecycle",event="startCultivation"}')).toBe(1);
    expect(value(text, 'scq_lifecycle_transitions_total{machine="scenario-lifecycle",event="withdraw"}')).toBeUndefined();
    // One registry: every metric declared once, however many services the process hosts.
    const declared = text.split('\n').filter((line) => line.startsWith('# TYPE ')).map((line) => line.split(' ')[2]);
    expect(declared.length).toBeGreaterThan(20);
    expect(new Set(declared).size).toBe(declared.length);
    // Each service's outbox, apart by its label.
    const services = [...text.matchAll(/^scq_outbox_unsent_messages\{service="([^"]+)"\}/gm)].map((match) => match[1]).sort();
    expect(services).toEqual(['application-workflow', 'evaluation', 'gateway', 'notification', 'scenario-registry']);
    // Route templates, not URLs.
    expect(text).toContain('route="/api/workflow/scenarios/:scenarioId/events",status="200"');
    expect(text).not.toContain(id);
  });
});
