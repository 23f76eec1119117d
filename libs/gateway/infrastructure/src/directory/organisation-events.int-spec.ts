import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventEnvelope, OrganisationChangedV1 } from '@scq/contracts';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { openDatabase, type Database } from '@scq/platform-persistence';
import type { RunningHost } from '@scq/platform-runtime';
import { DEMO_PASSWORD } from '../auth/demo-accounts';
import { GatewayAccounts1763900000000, GatewayPasswordMustChange1764900000000 } from '../auth/gateway.migrations';
import { IDENTITY_DATABASE } from '../gateway.module';
import { callGateway, startInProcessGateway } from '../testing/in-process-gateway';

const TOPIC = 'identity.organisation.v1';
type Changed = EventEnvelope<OrganisationChangedV1>;

/** The directory publishes its organisations: an outbox row of schema `identity` with every create and update, relayed to the bus. */
describe('the directory publishes its organisations', () => {
  let gateway: RunningHost | undefined;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    gateway = await startInProcessGateway({ bus });
  });

  afterAll(async () => {
    await gateway?.close();
  });

  const identityDb = () => gateway!.app.get<symbol, Database>(IDENTITY_DATABASE);
  async function outboxOf(organisationId: string): Promise<Changed[]> {
    const { rows } = await identityDb().query<{ payload: string; topic: string; message_key: string }>('SELECT payload, topic, message_key FROM identity.outbox WHERE message_key = $1 ORDER BY seq', [organisationId]);
    for (const row of rows) expect(row.topic).toBe(TOPIC);
    return rows.map((row) => JSON.parse(row.payload) as Changed);
  }
  const delivered = (organisationId: string) => bus.messages(TOPIC).filter((message) => message.key === organisationId).map((message) => JSON.parse(message.value) as Changed);
  async function adminToken(): Promise<string> {
    const signedIn = await callGateway(gateway!.url, 'POST', '/api/auth/login', null, { username: 'admin', password: DEMO_PASSWORD });
    return signedIn.body.accessToken as string;
  }

  it('writes identity.organisation.changed to its outbox with the create and with each update, and relays it', async () => {
    const token = await adminToken();
    const created = await callGateway(gateway!.url, 'POST', '/api/admin/organisations', token, { name: '重庆交通大学', nameEn: 'Chongqing Jiaotong University', kind: 'university', aliases: ['重交大'] });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const afterCreate = await outboxOf(id);
    expect(afterCreate).toHaveLength(1);
    expect(afterCreate[0]).toMatchObject({ type: 'identity.organisation.changed', source: 'gateway', subject: id, schemaversion: 1, data: { organisationId: id, name: '重庆交通大学', aliases: ['重交大'], uscc: null, kind: 'university' } });

    const changed = await callGateway(gateway!.url, 'PATCH', `/api/admin/organisations/${id}`, token, { aliases: ['重交大', '交大'], uscc: '914403001922038216' });
    expect(changed.status).toBe(200);
    const afterUpdate = await outboxOf(id);
    expect(afterUpdate).toHaveLength(2);
    expect(afterUpdate[1].data).toMatchObject({ name: '重庆交通大学', aliases: ['重交大', '交大'], uscc: '914403001922038216' });

    await waitFor(() => delivered(id).length === 2);
    expect(delivered(id).map((event) => event.data.aliases)).toEqual([['重交大'], ['重交大', '交大']]);
  });

  it('writes nothing when the change is refused', async () => {
    const token = await adminToken();
    const { rows: before } = await identityDb().query<{ count: number }>('SELECT count(*)::int AS count FROM identity.outbox');
    const clash = await callGateway(gateway!.url, 'POST', '/api/admin/organisations', token, { name: '重交大', kind: 'university' });
    expect(clash.status).toBe(409);
    const { rows: after } = await identityDb().query<{ count: number }>('SELECT count(*)::int AS count FROM identity.outbox');
    expect(after[0].count).toBe(before[0].count);
  });

  it('announces the demo organisations it seeds', async () => {
    const { rows } = await identityDb().query<{ id: string; announced: boolean }>('SELECT id, announced_at IS NOT NULL AS announced FROM identity.organisation');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.announced).toBe(true);
  });

  it('announces, once, the organisations moved from the legacy accounts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scq-organisation-events-'));
    let upgraded: RunningHost | undefined;
    try {
      const before = await openDatabase({ schema: 'gateway', pgliteDataDir: dataDir, migrations: [GatewayAccounts1763900000000, GatewayPasswordMustChange1764900000000] });
      await before.query(`INSERT INTO gateway.account (id, username, name, password_hash, roles, unit, organisation) VALUES ('old-1', 'old.evaluator', '老专家', 'x', ARRAY['evaluator'], NULL, '西南大学')`);
      await before.close();
      const legacyBus = new InProcessMessageBus();
      upgraded = await startInProcessGateway({ pgliteDataDir: dataDir, env: { DEMO_ACCOUNTS: 'false' }, bus: legacyBus });
      await waitFor(() => legacyBus.messages(TOPIC).length === 1);
      expect((JSON.parse(legacyBus.messages(TOPIC)[0].value) as Changed).data).toMatchObject({ name: '西南大学', aliases: [], kind: 'other' });
      await upgraded.close();

      const restartBus = new InProcessMessageBus();
      upgraded = await startInProcessGateway({ pgliteDataDir: dataDir, env: { DEMO_ACCOUNTS: 'false' }, bus: restartBus });
      const { rows } = await upgraded.app.get<symbol, Database>(IDENTITY_DATABASE).query<{ count: number }>('SELECT count(*)::int AS count FROM identity.outbox');
      expect(rows[0].count).toBe(1);
    } finally {
      await upgraded?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the relay');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
