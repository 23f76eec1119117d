import { InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { RegistryModule } from './registry.module';

/** The registry's HTTP API in one process (PGlite in memory, in-process bus). */
describe('scenario registry HTTP API', () => {
  let host: RunningHost;

  beforeAll(async () => {
    host = await bootstrapHost({
      name: 'registry-test',
      logger: createLogger('registry-test', 'warn'),
      bus: new InProcessMessageBus(),
      port: 0,
      host: '127.0.0.1',
      modules: [RegistryModule.register({ database: { pgliteDataDir: 'memory://' } })],
    });
  });
  afterAll(() => host.close());

  // Bodies are checked field by field with expect(), so they are read untyped.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const get = async (path: string): Promise<{ status: number; body: any }> => {
    const response = await fetch(`${host.url}${path}`);
    return { status: response.status, body: await response.json() };
  };

  it('serves the taxonomy versions, aspects, domains with their responsible units, and a unit’s domains', async () => {
    const versions = await get('/api/taxonomy');
    expect(versions.body.map((v: { id: string; domains: number }) => [v.id, v.domains])).toEqual([
      ['2025-draft', 22],
      ['2026-final', 21],
    ]);
    const logistics = (await get('/api/taxonomy/2025-draft/domains?aspect=industrial-upgrading')).body.find((d: { code: string }) => d.code === 'smart-logistics');
    expect(logistics.responsibleUnits.map((u: { zhName: string }) => u.zhName)).toEqual(['市政府口岸物流办']);
    const emergency = await get(`/api/taxonomy/2025-draft/units/${encodeURIComponent('市应急管理局')}/domains`);
    expect(emergency.body.domains.map((d: { code: string }) => d.code)).toEqual(['emergency-management', 'mine-safety']);
    const overview = await get('/api/taxonomy/2026-final');
    expect(overview.body.aspects).toHaveLength(5);
    expect(overview.body.planTargets).toMatchObject({ targetYear: 2028 });
  });

  it('answers unknown versions, aspects and units with 404 and a message', async () => {
    for (const path of ['/api/taxonomy/1999-old', '/api/taxonomy/2025-draft/domains?aspect=space', '/api/taxonomy/2025-draft/units/nobody/domains']) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.body.error.message).toEqual(expect.any(String));
    }
  });

  it('refuses a scenario whose domain is not in its taxonomy version, and stores nothing', async () => {
    const response = await fetch(`${host.url}/api/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: { zh: '矿山智能巡检' }, domainCode: 'mine-safety', ownerUnit: '市应急管理局', ownerType: 'municipal-department', tier: 'high-value-niche', taxonomyVersion: '2026-final' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fields: unknown[] } }).error.fields).toEqual([expect.objectContaining({ path: 'domainCode' })]);
    expect((await get('/api/scenarios')).body.items).toEqual([]);
  });
});
