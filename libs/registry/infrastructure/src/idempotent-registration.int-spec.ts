import { InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { Client } from 'pg';
import { RegistryModule } from './registry.module';


// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Officers of the owner unit register its scenarios. */
const OFFICER = callerHeaders({ id: 'officer-urban', roles: ['officer'], unit: '市城市管理局' });

/** `Idempotency-Key` on a creating route, on PostgreSQL, across a restart of the service. */
describe('registering a scenario with an Idempotency-Key', () => {
  let database: TestDatabase;
  let host: RunningHost;

  const start = () =>
    bootstrapHost({
      name: 'registry-idempotency-test',
      logger: createLogger('registry-idempotency-test', 'warn'),
      bus: new InProcessMessageBus(),
      port: 0,
      host: '127.0.0.1',
      modules: [RegistryModule.register({ database: { url: database.url } })],
    });

  beforeAll(async () => {
    database = await createTestDatabase('idempotency');
    host = await start();
  });
  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  const scenario = (title: string) => ({ title: { zh: title }, domainCode: 'unmanned-systems', ownerUnit: '市城市管理局', ownerType: 'municipal-department', tier: 'high-value-niche' });

  async function register(body: unknown, key?: string, as: Record<string, string> = OFFICER): Promise<{ status: number; body: Json; replayed: string | null }> {
    const response = await fetch(`${host.url}/api/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as, ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json(), replayed: response.headers.get('idempotent-replayed') };
  }

  async function countTitled(title: string): Promise<number> {
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    try {
      const { rows } = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM registry.scenario WHERE title_zh = $1`, [title]);
      return Number(rows[0]?.n);
    } finally {
      await sql.end();
    }
  }

  it('answers a retry with the first answer and creates nothing new, even after the service restarts', async () => {
    const first = await register(scenario('无人机城市巡检（幂等）'), 'retry-1');
    expect(first.status).toBe(201);
    expect(first.replayed).toBeNull();
    const retry = await register(scenario('无人机城市巡检（幂等）'), 'retry-1');
    expect(retry).toEqual({ status: 201, body: first.body, replayed: 'true' });
    await host.close();
    host = await start();
    const afterRestart = await register(scenario('无人机城市巡检（幂等）'), 'retry-1');
    expect(afterRestart).toEqual({ status: 201, body: first.body, replayed: 'true' });
    expect(await countTitled('无人机城市巡检（幂等）')).toBe(1);
  });

  it('refuses the same key for another request, and a malformed key', async () => {
    await register(scenario('园区无人配送（幂等）'), 'reused-key');
    const other = await register(scenario('另一个场景（幂等）'), 'reused-key');
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringMatching(/幂等键.*Idempotency-Key/) });
    expect(await countTitled('另一个场景（幂等）')).toBe(0);
    const malformed = await register(scenario('格式错误的键'), 'x'.repeat(201));
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('INVALID_IDEMPOTENCY_KEY');
  });

  it('frees the key of a request that was refused, so the corrected request can use it', async () => {
    const refused = await register({ title: { zh: '' } }, 'fix-and-retry');
    expect(refused.status).toBe(400);
    const forbidden = await register(scenario('改正后重发（幂等）'), 'fix-and-retry', callerHeaders({ id: 'officer-urban', roles: ['applicant'], unit: '市城市管理局' }));
    expect(forbidden.status).toBe(403);
    expect(await countTitled('改正后重发（幂等）')).toBe(0);
    const corrected = await register(scenario('改正后重发（幂等）'), 'fix-and-retry');
    expect(corrected.status).toBe(201);
    expect(corrected.replayed).toBeNull();
  });

  it('creates exactly one scenario when ten copies of a request race with one key', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => register(scenario('并发重试（幂等）'), 'race-1')));
    const created = answers.filter((a) => a.status === 201);
    expect(new Set(created.map((a) => a.body.id)).size).toBe(1);
    for (const answer of answers.filter((a) => a.status !== 201)) expect(answer).toMatchObject({ status: 409, body: { error: { code: 'IDEMPOTENCY_KEY_IN_PROGRESS' } } });
    expect(await countTitled('并发重试（幂等）')).toBe(1);
  });

  it('keeps each caller’s keys apart', async () => {
    const first = await register(scenario('键按调用者区分（幂等）'), 'shared-key');
    expect(first.status).toBe(201);
    const as = (headers: Record<string, string>) =>
      fetch(`${host.url}/api/scenarios`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'shared-key', ...headers },
        body: JSON.stringify(scenario('键按调用者区分（幂等）')),
      });
    const response = await as(callerHeaders({ id: 'officer-9', roles: ['officer'], unit: 'urban-management-bureau' }));
    expect(response.status).toBe(201);
    expect(((await response.json()) as Json).id).not.toBe(first.body.id);
    // Identity headers without a token name nobody, and nobody may register: 401, no replay of anybody's answer.
    const forged = await as({ 'x-user-id': 'officer-urban', 'x-user-roles': 'officer', 'x-user-unit': encodeURIComponent('市城市管理局') });
    expect(forged.status).toBe(401);
    expect(forged.headers.get('idempotent-replayed')).toBeNull();
    expect(((await forged.json()) as Json).error.code).toBe('UNAUTHENTICATED');
    expect(await countTitled('键按调用者区分（幂等）')).toBe(2);
  });
});
