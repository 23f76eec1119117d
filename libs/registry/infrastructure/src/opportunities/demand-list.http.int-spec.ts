import { COORDINATOR, listScenario, person, publishedOpportunity, registerScenario, stageChanged, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from './testing/registry-http.testing';


const LIANGJIANG = '两江新区';
const liangjiang = person('officer', LIANGJIANG, 'officer-liangjiang');
const yuzhong = person('officer', '渝中区', 'officer-yuzhong');

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('demand lists (需求清单) over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  let own: Json[];
  let draft: Json;
  let foreign: Json;
  let district: (name: string, domainCode: string) => Record<string, unknown>;

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'demand_lists');
    district = (name: string, domainCode: string) => ({
      title: { zh: `${name}场景` },
      domainCode,
      ownerUnit: name,
      ownerType: 'district',
      tier: 'industry-integrated',
      district: name,
      taxonomyVersion: '2026-final',
    });
    const scenario = await registerScenario(host, district(LIANGJIANG, 'unmanned-systems'));
    const other = await registerScenario(host, district('渝中区', 'smart-city'));
    await listScenario(host, scenario.id);
    await listScenario(host, other.id);
    own = [await publishedOpportunity(host, liangjiang, scenario.id, '2026-03-01', { title: '智能网联汽车测试场' }), await publishedOpportunity(host, liangjiang, scenario.id, '2026-03-05', { title: '工业互联网平台' })];
    draft = (await host.call('POST', '/api/opportunities', liangjiang, { scenarioId: scenario.id, title: { zh: '草稿' }, sought: { capabilities: ['x'], respondBy: '2099-01-01' } })).body;
    foreign = await publishedOpportunity(host, yuzhong, other.id, '2026-03-01');
  });
  afterAll(() => host?.close());

  const listBody = (more: Record<string, unknown> = {}) => ({
    number: '2026年第1期',
    title: { zh: '两江新区2026年第1期场景需求清单', en: 'Liangjiang 2026 demand list no. 1' },
    ownerUnit: LIANGJIANG,
    publishedOn: '2026-03-10',
    opportunityIds: [own[1].id, own[0].id],
    ...more,
  });

  it('publishes a numbered list of the owner’s published opportunities, in order, and finds it by year, owner and opportunity', async () => {
    const created = await host.call('POST', '/api/demand-lists', liangjiang, listBody());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ number: '2026年第1期', ownerUnit: LIANGJIANG, publishedOn: '2026-03-10', publishedYear: 2026, publishedBy: 'officer-liangjiang' });
    const read = await host.call('GET', `/api/demand-lists/${created.body.id}`);
    expect(read.body.opportunities.map((o: Json) => [o.title.zh, o.status, o.respondBy])).toEqual([
      ['工业互联网平台', 'published', '2099-12-31'],
      ['智能网联汽车测试场', 'published', '2099-12-31'],
    ]);
    const ids = async (query: string) => (await host.call('GET', `/api/demand-lists?${query}`)).body.items.map((l: Json) => l.id);
    expect(await ids(`year=2026&ownerUnit=${encodeURIComponent(LIANGJIANG)}`)).toEqual([created.body.id]);
    expect(await ids(`opportunityId=${own[0].id}`)).toEqual([created.body.id]);
    expect(await ids('year=2025')).toEqual([]);
    // The coordinator may publish for any unit; the next number of the series.
    const second = await host.call('POST', '/api/demand-lists', COORDINATOR, listBody({ number: '2026年第2期', opportunityIds: [own[0].id], publishedOn: undefined }));
    expect(second.status).toBe(201);
    expect(second.body.opportunityIds).toEqual([own[0].id]);
  });

  it('finds lists by words in their number, title or opportunities (Chinese or English), and those with an opportunity still open', async () => {
    const scenario = await registerScenario(host, district(LIANGJIANG, 'smart-city'));
    await listScenario(host, scenario.id);
    const open = await publishedOpportunity(host, liangjiang, scenario.id, '2026-04-01', { title: '车路协同示范' });
    const lapsed = await publishedOpportunity(host, liangjiang, scenario.id, '2019-12-01', { title: '旧城更新', respondBy: '2020-01-01' });
    const withOpen = (await host.call('POST', '/api/demand-lists', liangjiang, listBody({ number: '2026年第5期', title: { zh: '两江新区车路协同需求', en: 'Vehicle-road cooperation' }, opportunityIds: [open.id, lapsed.id] }))).body;
    const lapsedOnly = (await host.call('POST', '/api/demand-lists', liangjiang, listBody({ number: '2019年第1期', title: { zh: '两江新区旧城需求' }, publishedOn: '2019-12-05', opportunityIds: [lapsed.id] }))).body;

    const ids = async (query: string) => (await host.call('GET', `/api/demand-lists?${query}`)).body.items.map((l: Json) => l.id).filter((id: string) => [withOpen.id, lapsedOnly.id].includes(id));
    const q = (text: string) => `q=${encodeURIComponent(text)}`;
    expect(await ids(q('车路协同'))).toEqual([withOpen.id]);
    expect(await ids(q('VEHICLE-ROAD'))).toEqual([withOpen.id]);
    expect(await ids(q('旧城更新'))).toEqual([lapsedOnly.id, withOpen.id]);
    expect(await ids(q('2019年第1期'))).toEqual([lapsedOnly.id]);
    expect(await ids('open=true')).toEqual([withOpen.id]);
    expect(await ids(`open=true&${q('旧城')}`)).toEqual([withOpen.id]);
  });

  it('lists only opportunities of listed or operating scenarios: 409 SCENARIO_NOT_LISTED naming the stage, and stores nothing', async () => {
    const scenario = await registerScenario(host, district(LIANGJIANG, 'smart-city'));
    await stageChanged(host, scenario.id, 'listed', 1, '2026-02-01T02:00:00Z');
    const opportunity = await publishedOpportunity(host, liangjiang, scenario.id, '2026-03-01', { title: '智慧社区' });
    await stageChanged(host, scenario.id, 'suspended.rectifying', 2, '2026-03-02T02:00:00Z');
    const before = { lists: await host.count('demand_list'), items: await host.count('demand_list_item') };
    const body = listBody({ number: '2026年第5期', opportunityIds: [own[0].id, opportunity.id] });
    const refused = await host.call('POST', '/api/demand-lists', liangjiang, body);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ status: 409, code: 'SCENARIO_NOT_LISTED' });
    expect(refused.body.error.message).toContain('当前阶段：整改中 Rectifying');
    expect(refused.body.error.message).toContain('current stage: 整改中 Rectifying');
    expect({ lists: await host.count('demand_list'), items: await host.count('demand_list_item') }).toEqual(before);
    await stageChanged(host, scenario.id, 'operating.matched', 3, '2026-03-20T02:00:00Z');
    expect((await host.call('POST', '/api/demand-lists', liangjiang, body)).status).toBe(201);
  });

  it('refuses what is not the owner’s published opportunity, a reused number, the wrong caller, and stores nothing', async () => {
    await host.call('POST', '/api/demand-lists', liangjiang, listBody({ number: '2026年第9期' }));
    const before = { lists: await host.count('demand_list'), items: await host.count('demand_list_item') };
    const refusals: Array<[Record<string, string>, Record<string, unknown>, number, string?]> = [
      [{}, listBody({ number: 'A' }), 401],
      [person('applicant', LIANGJIANG), listBody({ number: 'A' }), 403],
      [yuzhong, listBody({ number: 'A' }), 403],
      [liangjiang, listBody({ number: '2026年第9期' }), 409],
      [liangjiang, listBody({ number: 'A', opportunityIds: [own[0].id, draft.id] }), 400, 'opportunityIds.1'],
      [liangjiang, listBody({ number: 'A', opportunityIds: [foreign.id] }), 400, 'opportunityIds.0'],
      [liangjiang, listBody({ number: 'A', opportunityIds: ['00000000-0000-4000-8000-000000000000'] }), 400, 'opportunityIds.0'],
      [liangjiang, listBody({ number: 'A', opportunityIds: [own[0].id, own[0].id] }), 400, 'opportunityIds.1'],
      [liangjiang, listBody({ number: 'A', opportunityIds: [] }), 400, 'opportunityIds'],
      [liangjiang, listBody({ number: 'A', publishedOn: '2099-01-01' }), 400, 'publishedOn'],
      [liangjiang, listBody({ number: 'A', publishedOn: '2026-03-02' }), 400, 'opportunityIds.0'],
      [liangjiang, listBody({ number: '' }), 400, 'number'],
      [liangjiang, listBody({ number: 'A', extra: true }), 400],
    ];
    for (const [headers, body, status, field] of refusals) {
      const response = await host.call('POST', '/api/demand-lists', headers, body);
      expect({ body, status: response.status }).toEqual({ body, status });
      if (field) expect(response.body.error.fields.map((f: Json) => f.path)).toContain(field);
    }
    for (const [path, status] of [
      ['/api/demand-lists/00000000-0000-4000-8000-000000000000', 404],
      ['/api/demand-lists/nope', 400],
      ['/api/demand-lists?year=20x6', 400],
      ['/api/demand-lists?opportunityId=nope', 400],
      ['/api/demand-lists?status=published', 400],
    ] as const) {
      expect({ path, status: (await host.call('GET', path)).status }).toEqual({ path, status });
    }
    expect({ lists: await host.count('demand_list'), items: await host.count('demand_list_item') }).toEqual(before);
  });
});
