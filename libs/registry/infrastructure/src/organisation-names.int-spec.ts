import { buildEnvelope, InProcessMessageBus, SERVICE_DATABASE } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import type { Database } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders } from '@scq/platform-testing';
import { RegistryModule } from './registry.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const ADMIN = callerHeaders({ id: 'admin-1', roles: ['admin'] });

/** The directory's organisation names reach the registry, which stores enterprise and university owners by them. */
describe('organisation names from the directory in the registry', () => {
  let host: RunningHost | undefined;
  let db: Database;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    host = await bootstrapHost({ name: 'registry-test', logger: createLogger('registry-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [RegistryModule.register({ database: { pgliteDataDir: 'memory://' } })] });
    db = host.app.get<symbol, Database>(SERVICE_DATABASE, { strict: false });
  });
  afterAll(async () => {
    await host?.close();
  });

  async function register(ownerUnit: string, ownerType: string): Promise<Json> {
    const response = await fetch(`${host!.url}/api/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ADMIN },
      body: JSON.stringify({ title: { zh: `${ownerUnit} 的场景` }, domainCode: 'unmanned-systems', ownerType, ownerUnit, tier: 'high-value-niche' }),
    });
    const body = (await response.json()) as Json;
    expect({ status: response.status, error: body.error }).toEqual({ status: 201, error: undefined });
    return body;
  }

  async function organisationChanged(data: Record<string, unknown>) {
    const envelope = buildEnvelope('test', 'identity.organisation.v1', 'identity.organisation.changed', { subject: String(data.organisationId), data: data as never });
    await bus.publish([{ topic: 'identity.organisation.v1', key: envelope.subject, value: JSON.stringify(envelope) }]);
    return envelope;
  }

  const registeredOwners = () => bus.messages('registry.scenario.v1').map((message) => (JSON.parse(message.value) as { data: { ownerUnit: string } }).data.ownerUnit);

  it('stores an owner named by an alias or a 统一社会信用代码 as the directory names it; an unknown name as written', async () => {
    expect((await register('重交大', 'university-institute')).ownerUnit).toBe('重交大');
    const changed = await organisationChanged({ organisationId: 'org-cqjtu', name: '重庆交通大学', aliases: ['重交大'], uscc: '914403001922038216', kind: 'university', at: new Date().toISOString() });
    await bus.publish([{ topic: 'identity.organisation.v1', key: changed.subject, value: JSON.stringify(changed) }]);
    const { rows } = await db.query('SELECT organisation_id, name, aliases, uscc FROM registry.organisation_name');
    expect(rows).toEqual([{ organisation_id: 'org-cqjtu', name: '重庆交通大学', aliases: ['重交大'], uscc: '914403001922038216' }]);

    const byAlias = await register(' 重交大 ', 'university-institute');
    expect(byAlias.ownerUnit).toBe('重庆交通大学');
    expect((await db.query<{ owner_unit: string }>('SELECT owner_unit FROM registry.scenario WHERE id = $1', [byAlias.id])).rows[0].owner_unit).toBe('重庆交通大学');
    expect((await register('9144 0300 1922 0382 16', 'enterprise')).ownerUnit).toBe('重庆交通大学');
    expect((await register('重庆某科技有限公司 ', 'enterprise')).ownerUnit).toBe('重庆某科技有限公司');
    // A municipal department stays the taxonomy's business, and so does a unit named as a state-owned owner, even
    // when the directory lists the unit under a longer name.
    expect((await register('transport-commission', 'municipal-department')).ownerUnit).toBe('市交通运输委');
    await organisationChanged({ organisationId: 'org-economy', name: '重庆市经济和信息化委员会', aliases: ['市经济信息委'], uscc: null, kind: 'government', at: new Date().toISOString() });
    expect((await register('市经信委', 'municipal-soe')).ownerUnit).toBe('市经济信息委');
    await waitFor(() => registeredOwners().length === 6);
    expect(registeredOwners()).toEqual(['重交大', '重庆交通大学', '重庆交通大学', '重庆某科技有限公司', '市交通运输委', '市经济信息委']);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the relay');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
