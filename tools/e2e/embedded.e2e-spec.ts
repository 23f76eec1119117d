import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServiceProcess, type ServiceProcess, slowTimeout } from '@scq/platform-testing';
import { expectMalformedRequestsRefused } from './malformed-requests.driver';
import { driveScenarioSlice, expectBadInputRefused, OFFICER } from './scenario-slice.driver';

jest.setTimeout(slowTimeout(1.5));

// The slice driver names its callers with x-user-* headers, as a trusted test client (no tokens here).
const EMBEDDED_ENV = { DATABASE_URL: '', KAFKA_BROKERS: '', REDIS_URL: '', GATEWAY_TRUST_CLIENT_IDENTITY: 'true', DEMO_ACCOUNTS: 'true' };

/** The embedded mode: one process, PGlite on disk, the in-process bus; nothing but Node. */
describe('platform in embedded mode (standalone)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'scq-embedded-'));
  let host: ServiceProcess;

  beforeAll(async () => {
    host = await startServiceProcess('standalone', { ...EMBEDDED_ENV, DATA_DIR: dataDir });
  });

  afterAll(async () => {
    await host?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the slice in one process and keeps the data across a restart', async () => {
    const first = await driveScenarioSlice(host.url);
    const second = await driveScenarioSlice(host.url);
    console.log(
      `slice latency in embedded mode: register→proposed ${first.registeredToProposedMs.toFixed(0)} ms (first), ${second.registeredToProposedMs.toFixed(0)} ms (second); transition→read model ${second.transitionToReadModelMs.toFixed(0)} ms`,
    );
    expect(await host.stop()).toBe(0);
    host = await startServiceProcess('standalone', { ...EMBEDDED_ENV, DATA_DIR: dataDir });
    const after = await (await fetch(`${host.url}/api/scenarios/${first.scenarioId}`, { headers: OFFICER })).json();
    expect(after).toMatchObject({ id: first.scenarioId, stage: 'cultivating' });
  });

  it('refuses a second instance on the same DATA_DIR with a clear message; the first keeps serving', async () => {
    await expect(startServiceProcess('standalone', { ...EMBEDDED_ENV, DATA_DIR: dataDir })).rejects.toThrow(/exited with 1 before listening[\s\S]*正由另一个实例使用[\s\S]*is in use by another instance/);
    expect((await fetch(`${host.url}/health/ready`)).status).toBe(200);
  });

  it('refuses bad input with 400 and stores nothing', async () => {
    await expectBadInputRefused(host.url);
  });

  it('answers every kind of malformed request to every service in the one bilingual error shape', async () => {
    await expectMalformedRequestsRefused(host.url);
  });

  it('is ready, with every service database reachable (and its in-process consumers joined at once)', async () => {
    const response = await fetch(`${host.url}/health/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { checks: Array<{ name: string; ok: boolean; informational?: boolean }> };
    expect(body.checks.map((c) => c.name).sort()).toEqual(['database:evaluation', 'database:gateway', 'database:identity', 'database:notification', 'database:registry', 'database:workflow', 'event-consumers']);
    expect(body.checks.find((c) => c.name === 'event-consumers')).toEqual({ name: 'event-consumers', ok: true, informational: true });
  });
});
