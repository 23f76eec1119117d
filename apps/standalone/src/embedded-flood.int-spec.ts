import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayAuthConfigFromEnv, serviceTokenKeyFromEnv } from '@scq/gateway-infrastructure';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { Admission, embeddedRequestGate, type DatabaseLocation } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { eventually, slowTimeout } from '@scq/platform-testing';
import { embeddedModules } from './embedded-modules';

jest.setTimeout(slowTimeout(2));

const UNIT = '市交通运输委';
const officer = { 'x-user-id': 'flood-officer', 'x-user-roles': 'officer', 'x-user-unit': encodeURIComponent(UNIT), 'content-type': 'application/json' };
const FLOOD = 48;

/** The embedded host on PGlite in `dataDir`: one request at a time, two waiting, the wait itself never the limit. */
function startEmbedded(dataDir: string): Promise<RunningHost> {
  const location: DatabaseLocation = { pgliteDataDir: join(dataDir, 'pglite'), pgliteQueue: { maxActive: 1, maxWaiting: 2, maxWaitMs: 600_000, responseBudgetMs: 600_000 } };
  return bootstrapHost({
    name: 'flood-embedded',
    logger: createLogger('flood-embedded', 'warn'),
    bus: new InProcessMessageBus(),
    port: 0,
    host: '127.0.0.1',
    modules: embeddedModules(location, {
      notification: { rescheduleOnStart: false, sweepIntervalMs: 0 },
      gateway: {
        serviceTokenKey: serviceTokenKeyFromEnv(process.env),
        auth: gatewayAuthConfigFromEnv({ GATEWAY_TRUST_CLIENT_IDENTITY: 'true', ADMIN_PASSWORD: 'first administrator passphrase', GATEWAY_API_REQUESTS_PER_MINUTE: '0' }),
        passwordHashing: { memoryCost: 1024, timeCost: 1 },
      },
    }),
  });
}

/**
 * Issue 17 (3): the embedded host under more requests than its database queue holds answers each one at once, either
 * with success or with 503 DATABASE_BUSY, Retry-After and the bilingual error body; a refused request did nothing, an
 * acknowledged one is kept, and the data folder opens again afterwards.
 */
describe('the embedded host flooded beyond its database queue', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'scq-embedded-flood-'));
  let host: RunningHost | undefined;

  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every request with success or 503 with Retry-After, keeps every acknowledged one, and opens again', async () => {
    host = await startEmbedded(dataDir);
    const url = host.url;
    // The flood arrives while the one turn is taken (as by a slow request), so that how fast this machine serves a
    // registration cannot decide whether the queue fills: two wait, every other one is refused at once.
    const gate = embeddedRequestGate();
    if (!gate) throw new Error('the embedded host opened no request gate');
    const slowRequest = new Admission();
    await gate.enter(slowRequest);
    let answered = 0;
    const flood = Promise.all(
      Array.from({ length: FLOOD }, async (_, i) => {
        const response = await fetch(`${url}/api/scenarios`, {
          method: 'POST',
          headers: officer,
          body: JSON.stringify({ title: { zh: `洪峰测试场景第${i}号` }, domainCode: 'unmanned-systems', ownerUnit: UNIT, ownerType: 'municipal-department', tier: 'industry-integrated' }),
        });
        const body = (await response.json()) as { id?: string; error?: { status: number; code: string; message: string }; requestId?: string };
        answered += 1;
        return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
      }),
    );
    await eventually(async () => (answered === FLOOD - 2 ? true : undefined), slowTimeout(0.25));
    expect(gate.queued).toBe(2);
    slowRequest.end();
    const answers = await flood;

    const accepted = answers.filter((answer) => answer.status === 201);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(accepted.length + refused.length).toBe(FLOOD);
    // One at a time and two waiting: the two that waited are served once the turn is free, the rest refused.
    expect(accepted.length).toBe(2);
    expect(refused.length).toBe(FLOOD - 2);
    for (const answer of refused) {
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(answer.body).toEqual({ error: { status: 503, code: 'DATABASE_BUSY', message: expect.stringMatching(/^[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]* [A-Z][\w\s:,-]+/) }, requestId: expect.any(String) });
    }
    const ids = accepted.map((answer) => answer.body.id as string);
    const counted = async () => ((await (await fetch(`${host?.url}/api/search/scenarios/stage-counts`, { headers: officer })).json()) as { total: number }).total;
    // Refused before any work: exactly the acknowledged scenarios exist.
    expect(await counted()).toBe(ids.length);

    await host.close();
    host = await startEmbedded(dataDir);
    for (const id of ids) {
      const response = await fetch(`${host.url}/api/scenarios/${id}`, { headers: officer });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id, ownerUnit: UNIT });
    }
    expect(await counted()).toBe(ids.length);
  });
});
