import { COORDINATOR, listScenario, outboxEvents, person, publishedOpportunity, registerScenario, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from './testing/registry-http.testing';


const LIANGJIANG = '两江新区';
const liangjiang = person('officer', LIANGJIANG, 'officer-liangjiang');
const yuzhong = person('officer', '渝中区', 'officer-yuzhong');
const SUPPLIER = '重庆某智驾科技有限公司';

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('matchmaking events (供需对接活动) over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  let o1: Json;
  let o2: Json;
  let draft: Json;
  let scenarioId: string;

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'matchmaking');
    const scenario = await registerScenario(host, {
      title: { zh: '智能网联汽车示范区' },
      domainCode: 'transportation',
      ownerUnit: LIANGJIANG,
      ownerType: 'district',
      tier: 'comprehensive-major',
      district: LIANGJIANG,
      taxonomyVersion: '2026-final',
    });
    await listScenario(host, scenario.id);
    scenarioId = scenario.id;
    o1 = await publishedOpportunity(host, liangjiang, scenario.id, '2026-01-10', { title: '车路协同路侧设备' });
    o2 = await publishedOpportunity(host, liangjiang, scenario.id, '2026-01-10', { title: '高精地图服务' });
    draft = (await host.call('POST', '/api/opportunities', liangjiang, { scenarioId: scenario.id, title: { zh: '草稿' }, sought: { capabilities: ['x'], respondBy: '2099-01-01' } })).body;
  });
  afterAll(() => host?.close());

  const eventBody = (more: Record<string, unknown> = {}) => ({
    title: { zh: '两江新区智能网联汽车场景供需对接会', en: 'Liangjiang connected-vehicle matchmaking meeting' },
    heldOn: '2026-04-18',
    district: LIANGJIANG,
    organiserUnit: LIANGJIANG,
    kind: 'matchmaking-meeting',
    participants: [
      { name: SUPPLIER, type: 'enterprise' },
      { name: '重庆大学', type: 'university' },
      { name: '重庆某国企', type: 'soe' },
    ],
    opportunityIds: [o1.id, o2.id],
    outcomes: [
      { supplier: SUPPLIER, opportunityId: o1.id, status: 'intent' },
      { supplier: '重庆大学', opportunityId: o2.id, status: 'agreement', note: '联合研发' },
    ],
    ...more,
  });

  it('records an event with participants, presented opportunities and outcomes; the opportunity shows who matched it', async () => {
    const created = await host.call('POST', '/api/matchmaking-events', liangjiang, eventBody());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ heldYear: 2026, organiserUnit: LIANGJIANG, kind: 'matchmaking-meeting', recordedBy: 'officer-liangjiang' });
    const read = await host.call('GET', `/api/matchmaking-events/${created.body.id}`);
    expect(read.body.participants).toEqual(eventBody().participants);
    expect(read.body.opportunityIds).toEqual([o1.id, o2.id]);
    expect(read.body.outcomes).toEqual(eventBody().outcomes);
    const matches = (await host.call('GET', `/api/opportunities/${o1.id}`)).body.matches;
    expect(matches).toEqual([{ eventId: created.body.id, eventTitle: eventBody().title, heldOn: '2026-04-18', supplier: SUPPLIER, supplierType: 'enterprise', status: 'intent' }]);

    // The intent became a signed contract; the coordinator records it.
    const revised = await host.call('PATCH', `/api/matchmaking-events/${created.body.id}`, COORDINATOR, {
      outcomes: [{ supplier: SUPPLIER, opportunityId: o1.id, status: 'contract-signed' }],
    });
    expect(revised.status).toBe(200);
    expect((await host.call('GET', `/api/opportunities/${o1.id}`)).body.matches.map((m: Json) => m.status)).toEqual(['contract-signed']);
    expect((await host.call('GET', `/api/opportunities/${o2.id}`)).body.matches).toEqual([]);
    expect((await host.call('GET', `/api/matchmaking-events/${created.body.id}`)).body.recordedBy).toBe('officer-liangjiang');

    // Each agreement is announced once, when first recorded (an intent is not one): the workflow matches the scenario (对接).
    const agreements = (await outboxEvents(host, 'registry.scenario.agreement-recorded')).filter((a: Json) => a.matchmakingEventId === created.body.id);
    expect(agreements).toEqual([
      expect.objectContaining({ scenarioId, eventTitle: created.body.title, opportunityId: o2.id, supplier: '重庆大学', status: 'agreement', heldOn: '2026-04-18', recordedBy: 'officer-liangjiang' }),
      expect.objectContaining({ scenarioId, opportunityId: o1.id, supplier: SUPPLIER, status: 'contract-signed', recordedBy: 'coordinator-1' }),
    ]);
  });

  it('lists by year, district, kind, organiser and opportunity', async () => {
    const roadshow = await host.call('POST', '/api/matchmaking-events', COORDINATOR, eventBody({ title: { zh: '渝中区路演' }, heldOn: '2025-12-01', district: '渝中区', organiserUnit: '渝中区', kind: 'roadshow', opportunityIds: [], outcomes: [] }));
    expect(roadshow.status).toBe(201);
    const titles = async (query: string) => (await host.call('GET', `/api/matchmaking-events?${query}`)).body.items.map((e: Json) => e.title.zh);
    expect(await titles('year=2025')).toEqual(['渝中区路演']);
    expect(await titles(`district=${encodeURIComponent('渝中区')}`)).toEqual(['渝中区路演']);
    expect(await titles('kind=roadshow')).toEqual(['渝中区路演']);
    expect(await titles(`organiserUnit=${encodeURIComponent(LIANGJIANG)}&year=2026`)).toEqual(['两江新区智能网联汽车场景供需对接会']);
    expect(await titles(`opportunityId=${o2.id}`)).toEqual(['两江新区智能网联汽车场景供需对接会']);
    const page = await host.call('GET', '/api/matchmaking-events?limit=1');
    expect(page.body.items.map((e: Json) => e.heldOn)).toEqual(['2025-12-01']);
    expect((await host.call('GET', `/api/matchmaking-events?limit=1&after=${page.body.nextCursor}`)).body.items.map((e: Json) => e.heldOn)).toEqual(['2026-04-18']);
  });

  it('refuses outcomes that do not match the event, unusable opportunities and the wrong caller, and stores nothing', async () => {
    const { body: recorded } = await host.call('POST', '/api/matchmaking-events', liangjiang, eventBody({ title: { zh: '待修改的活动' } }));
    const tables = ['matchmaking_event', 'matchmaking_participant', 'matchmaking_presented', 'matchmaking_outcome'];
    const counts = async () => Promise.all(tables.map((t) => host.count(t)));
    const snapshot = async () => (await host.db.query('SELECT * FROM registry.matchmaking_outcome ORDER BY event_id, position')).rows;
    const before = await counts();
    const outcomes = await snapshot();
    const post: Array<[Record<string, string>, Record<string, unknown>, number, string?]> = [
      [{}, eventBody(), 401],
      [person('applicant', LIANGJIANG), eventBody(), 403],
      [yuzhong, eventBody(), 403],
      [liangjiang, eventBody({ outcomes: [{ supplier: '未参会公司', opportunityId: o1.id, status: 'intent' }] }), 400, 'outcomes.0.supplier'],
      [liangjiang, eventBody({ opportunityIds: [o1.id], outcomes: [{ supplier: SUPPLIER, opportunityId: o2.id, status: 'intent' }] }), 400, 'outcomes.0.opportunityId'],
      [liangjiang, eventBody({ outcomes: [{ supplier: SUPPLIER, opportunityId: o1.id, status: 'done' }] }), 400, 'outcomes.0.status'],
      [liangjiang, eventBody({ opportunityIds: [o1.id, draft.id], outcomes: [] }), 400, 'opportunityIds.1'],
      [liangjiang, eventBody({ opportunityIds: ['00000000-0000-4000-8000-000000000000'], outcomes: [] }), 400, 'opportunityIds.0'],
      [liangjiang, eventBody({ heldOn: '2026-01-09' }), 400, 'opportunityIds.0'],
      [liangjiang, eventBody({ heldOn: '2099-05-01' }), 400, 'outcomes'],
      [liangjiang, eventBody({ participants: [{ name: SUPPLIER, type: 'person' }] }), 400, 'participants.0.type'],
      [liangjiang, eventBody({ kind: 'party' }), 400, 'kind'],
      [liangjiang, eventBody({ heldOn: '2026-13-01' }), 400, 'heldOn'],
      [liangjiang, eventBody({ organiserUnit: undefined }), 400, 'organiserUnit'],
    ];
    for (const [headers, body, status, field] of post) {
      const response = await host.call('POST', '/api/matchmaking-events', headers, body);
      expect({ body, status: response.status }).toEqual({ body, status });
      if (field) expect(response.body.error.fields.map((f: Json) => f.path)).toContain(field);
    }
    const patch: Array<[Record<string, string>, Record<string, unknown>, number, string?]> = [
      [yuzhong, { outcomes: [] }, 403],
      [liangjiang, { organiserUnit: '渝中区' }, 403],
      [liangjiang, {}, 400],
      [liangjiang, { participants: [{ name: '重庆大学', type: 'university' }] }, 400, 'outcomes.0.supplier'],
      // Dropping o2 leaves an outcome pointing at an opportunity no longer presented.
      [liangjiang, { opportunityIds: [o1.id, draft.id] }, 400, 'outcomes.1.opportunityId'],
      [liangjiang, { opportunityIds: [o1.id, draft.id], outcomes: [] }, 400, 'opportunityIds.1'],
      [liangjiang, { heldOn: '2099-01-01' }, 400, 'outcomes'],
    ];
    for (const [headers, body, status, field] of patch) {
      const response = await host.call('PATCH', `/api/matchmaking-events/${recorded.id}`, headers, body);
      expect({ body, status: response.status }).toEqual({ body, status });
      if (field) expect(response.body.error.fields.map((f: Json) => f.path)).toContain(field);
    }
    expect((await host.call('PATCH', '/api/matchmaking-events/00000000-0000-4000-8000-000000000000', liangjiang, { outcomes: [] })).status).toBe(404);
    expect((await host.call('DELETE', `/api/matchmaking-events/${recorded.id}`, yuzhong)).status).toBe(403);
    expect((await host.call('GET', '/api/matchmaking-events?kind=party')).status).toBe(400);
    expect((await host.call('GET', '/api/matchmaking-events/nope')).status).toBe(400);
    expect(await counts()).toEqual(before);
    expect(await snapshot()).toEqual(outcomes);

    expect((await host.call('DELETE', `/api/matchmaking-events/${recorded.id}`, liangjiang)).status).toBe(204);
    expect((await host.call('GET', `/api/matchmaking-events/${recorded.id}`)).status).toBe(404);
    expect(await counts()).toEqual([before[0]! - 1, before[1]! - 3, before[2]! - 2, before[3]! - 2]);
  });
});
