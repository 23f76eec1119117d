import { EvaluationModule } from '@scq/evaluation-infrastructure';
import { DEMO_PASSWORD, GatewayModule, gatewayAuthConfigFromEnv, IDENTITY_DATABASE, serviceTokenKeyFromEnv } from '@scq/gateway-infrastructure';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import type { Database } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { RegistryModule } from '@scq/registry-infrastructure';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * The embedded mode end to end: an organisation the administrator enters in the directory reaches the evaluation
 * service and the registry over the one in-process bus (the gateway's outbox, relay, their inboxes), and what people
 * type there afterwards is spelled the directory's way.
 */
describe('the directory’s organisations in the embedded host', () => {
  let host: RunningHost | undefined;
  const tokens = new Map<string, string>();
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    host = await bootstrapHost({
      name: 'organisation-names-test',
      logger: createLogger('organisation-names-test', 'warn'),
      bus,
      port: 0,
      host: '127.0.0.1',
      modules: [
        RegistryModule.register({ database: { pgliteDataDir: 'memory://' } }),
        EvaluationModule.register({ database: { pgliteDataDir: 'memory://' } }),
        GatewayModule.register({ routes: [], serviceTokenKey: serviceTokenKeyFromEnv(process.env), database: { pgliteDataDir: 'memory://' }, auth: gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true' }), passwordHashing: { memoryCost: 1024, timeCost: 1 } }),
      ],
    });
  });
  afterAll(async () => {
    await host?.close();
  });

  async function call(method: string, path: string, as: string, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host!.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(as)}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  async function tokenOf(username: string): Promise<string> {
    if (!tokens.has(username)) {
      const response = await fetch(`${host!.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
      tokens.set(username, ((await response.json()) as { accessToken: string }).accessToken);
    }
    return tokens.get(username)!;
  }

  /** The gateway's relay marks a message sent once the in-process bus has run every consumer on it. */
  async function everyOrganisationDelivered(): Promise<void> {
    const identity = host!.app.get<symbol, Database>(IDENTITY_DATABASE, { strict: false });
    for (let i = 0; i < 200; i++) {
      const { rows } = await identity.query<{ pending: number }>('SELECT count(*)::int AS pending FROM identity.outbox WHERE sent_at IS NULL');
      if (rows[0].pending === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the directory’s outbox was never relayed');
  }

  it('spells 重交大 as 重庆交通大学 in the evaluator pool, its conflicts and the registry once the directory says so', async () => {
    const created = await call('POST', '/api/admin/organisations', 'admin', { name: '重庆交通大学', nameEn: 'Chongqing Jiaotong University', kind: 'university', aliases: ['重交大'] });
    expect(created.status).toBe(201);
    await everyOrganisationDelivered();

    const evaluator = await call('POST', '/api/evaluation/evaluators', 'coordinator', { id: 'cqjtu-expert', name: '交大专家', organisation: '重交大', expertise: ['smart-logistics'] });
    expect(evaluator).toMatchObject({ status: 201, body: { organisationId: '重庆交通大学' } });
    const scenario = await call('POST', '/api/scenarios', 'admin', { title: { zh: '高校物流场景' }, domainCode: 'smart-logistics', ownerType: 'university-institute', ownerUnit: '重交大', tier: 'high-value-niche' });
    expect(scenario).toMatchObject({ status: 201, body: { ownerUnit: '重庆交通大学' } });

    // A change in the directory (a new alias) reaches the services too.
    expect((await call('PATCH', `/api/admin/organisations/${created.body.id as string}`, 'admin', { aliases: ['重交大', 'CQJTU'] })).status).toBe(200);
    await everyOrganisationDelivered();
    const declared = await call('POST', '/api/evaluation/evaluators/cqjtu-expert/conflicts', 'coordinator', { kind: 'declared', party: 'cqjtu', reason: '本校项目 a project of their university' });
    expect(declared).toMatchObject({ status: 201, body: { party: '重庆交通大学' } });
  });

  it('told the services about the organisations the gateway seeded at start-up', async () => {
    await everyOrganisationDelivered();
    const published = bus.messages('identity.organisation.v1').map((message) => (JSON.parse(message.value) as { data: { name: string } }).data.name);
    // The demo applicant's organisation and the demo evaluators' universities.
    expect(published).toEqual(expect.arrayContaining(['重庆示范科技有限公司', '重庆大学']));
  });
});
