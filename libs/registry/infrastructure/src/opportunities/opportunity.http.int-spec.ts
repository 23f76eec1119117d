import { COORDINATOR, listScenario, outboxEvents, person, publishedOpportunity, registerScenario, stageChanged, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from './testing/registry-http.testing';


const OWNER = '市交通运输委';
const officer = person('officer', 'transport-commission', 'officer-transport'); // the owner unit, by its code
const outsider = person('officer', '市林业局', 'officer-forestry');
const applicant = person('applicant', null, 'enterprise-1');

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('opportunities (场景机会) over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  let scenario: Json;
  let otherScenario: Json;

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'opportunities');
    scenario = await registerScenario(host, {
      title: { zh: '园区无人配送' },
      domainCode: 'unmanned-systems',
      ownerUnit: OWNER,
      ownerType: 'municipal-department',
      tier: 'comprehensive-major',
      district: '两江新区',
      taxonomyVersion: '2026-final',
    });
    otherScenario = await registerScenario(host, {
      title: { zh: '渝中区智慧停车' },
      domainCode: 'smart-city',
      ownerUnit: OWNER,
      ownerType: 'municipal-department',
      tier: 'high-value-niche',
      district: '渝中区',
      taxonomyVersion: '2026-final',
    });
    await listScenario(host, scenario.id);
    await stageChanged(host, otherScenario.id, 'operating.open', 1, new Date().toISOString());
  });
  afterAll(() => host?.close());

  const draftBody = () => ({
    scenarioId: scenario.id,
    title: { zh: '无人配送车运营服务', en: 'Autonomous delivery operation' },
    description: { zh: '园区内 L4 无人配送车的运营与调度' },
    sought: { capabilities: ['L4 自动驾驶', '车队调度'], budget: { minFen: 50_000_000, maxFen: 200_000_000 }, respondBy: '2099-06-30' },
  });

  it('drafts an opportunity owned by the scenario’s owner unit, seen only by those who act for it', async () => {
    const created = await host.call('POST', '/api/opportunities', officer, draftBody());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ scenarioId: scenario.id, ownerUnit: OWNER, status: 'draft', publishedOn: null, createdBy: 'officer-transport' });
    const id = created.body.id;
    expect((await host.call('GET', `/api/opportunities/${id}`)).status).toBe(404);
    expect((await host.call('GET', `/api/opportunities/${id}`, outsider)).status).toBe(404);
    expect((await host.call('GET', `/api/opportunities/${id}`, officer)).body).toMatchObject({ id, district: '两江新区', matches: [] });
    expect((await host.call('GET', `/api/opportunities/${id}`, COORDINATOR)).status).toBe(200);
    const visible = async (headers: Record<string, string>) => (await host.call('GET', `/api/opportunities?scenarioId=${scenario.id}&status=draft`, headers)).body.items.map((o: Json) => o.id);
    expect(await visible({})).toEqual([]);
    expect(await visible(outsider)).toEqual([]);
    expect(await visible(officer)).toEqual([id]);
    expect(await visible(COORDINATOR)).toEqual([id]);
    await host.call('DELETE', `/api/opportunities/${id}`, officer);
  });

  it('revises the draft, publishes it on an earlier date, closes it; filters by year, district, status and scenario', async () => {
    const { body: draft } = await host.call('POST', '/api/opportunities', officer, draftBody());
    const revised = await host.call('PATCH', `/api/opportunities/${draft.id}`, officer, { description: null, sought: { capabilities: ['车队调度'], respondBy: '2099-12-31' } });
    expect(revised.status).toBe(200);
    expect(revised.body.description).toBeUndefined();
    expect(revised.body.sought).toEqual({ capabilities: ['车队调度'], respondBy: '2099-12-31' });

    const published = await host.call('POST', `/api/opportunities/${draft.id}/publish`, COORDINATOR, { publishedOn: '2025-06-01' });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', publishedOn: '2025-06-01', publishedYear: 2025, publishedBy: 'coordinator-1' });

    const ids = async (query: string) => (await host.call('GET', `/api/opportunities?${query}`)).body.items.map((o: Json) => o.id);
    expect(await ids(`year=2025&district=${encodeURIComponent('两江新区')}&status=published&scenarioId=${scenario.id}`)).toEqual([draft.id]);
    expect(await ids(`year=2026&scenarioId=${scenario.id}`)).toEqual([]);
    expect(await ids(`district=${encodeURIComponent('渝中区')}&scenarioId=${scenario.id}`)).toEqual([]);
    expect(await ids(`ownerUnit=transport-commission&scenarioId=${scenario.id}`)).toEqual([draft.id]);

    const closed = await host.call('POST', `/api/opportunities/${draft.id}/close`, officer, { reason: 'matched', note: '已与供给方签约' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closeReason: 'matched', closeNote: '已与供给方签约', publishedYear: 2025 });
    expect(await ids(`status=closed&scenarioId=${scenario.id}`)).toEqual([draft.id]);
    expect(await ids(`status=published&scenarioId=${scenario.id}`)).toEqual([]);

    // A published or closed opportunity is a public record: no more edits, no deletion.
    expect((await host.call('PATCH', `/api/opportunities/${draft.id}`, officer, { title: { zh: '改名' } })).status).toBe(409);
    expect((await host.call('DELETE', `/api/opportunities/${draft.id}`, officer)).status).toBe(409);
    expect((await host.call('POST', `/api/opportunities/${draft.id}/close`, officer, { reason: 'expired' })).status).toBe(409);
  });

  it('finds opportunities by words in Chinese or English (title, description, capabilities) and by an open deadline to respond', async () => {
    const scenarioOf = await registerScenario(host, { title: { zh: '低空物流' }, domainCode: 'unmanned-systems', ownerUnit: OWNER, ownerType: 'municipal-department', tier: 'high-value-niche', district: '两江新区', taxonomyVersion: '2026-final' });
    await listScenario(host, scenarioOf.id);
    const drone = (await host.call('POST', '/api/opportunities', officer, { scenarioId: scenarioOf.id, title: { zh: '无人机物流配送', en: 'Drone Logistics' }, description: { zh: '跨江低空配送航线' }, sought: { capabilities: ['低空经济'], respondBy: '2099-12-31' } })).body;
    expect((await host.call('POST', `/api/opportunities/${drone.id}/publish`, officer, { publishedOn: '2026-04-01' })).status).toBe(200);
    const lapsed = await publishedOpportunity(host, officer, scenarioOf.id, '2019-12-01', { title: '智慧停车诱导 100%', respondBy: '2020-01-01' });
    const closed = await publishedOpportunity(host, officer, scenarioOf.id, '2026-04-02', { title: '无人机巡检', close: 'withdrawn' });

    const ids = async (query: string) => (await host.call('GET', `/api/opportunities?scenarioId=${scenarioOf.id}&${query}`)).body.items.map((o: Json) => o.id);
    const q = (text: string) => `q=${encodeURIComponent(text)}`;
    expect(await ids(q('无人机'))).toEqual([drone.id, closed.id]);
    expect(await ids(q('drone logistics'))).toEqual([drone.id]);
    expect(await ids(q('跨江 低空经济'))).toEqual([drone.id]);
    expect(await ids(q('停车'))).toEqual([lapsed.id]);
    expect(await ids(q('100%'))).toEqual([lapsed.id]);
    expect(await ids(q('%'))).toEqual([lapsed.id]);
    expect(await ids(q('_'))).toEqual([]);
    // Open: published and its deadline to respond not passed (Beijing time); a closed one or a lapsed one is not.
    expect(await ids('open=true')).toEqual([drone.id]);
    expect(await ids(`open=true&${q('无人机')}`)).toEqual([drone.id]);
    expect(await ids(`open=true&${q('停车')}`)).toEqual([]);
    expect(await ids('open=false')).toEqual([drone.id, lapsed.id, closed.id]);
    const bad = await host.call('GET', '/api/opportunities?open=yes');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ path: 'open', message: 'open 应为 true 或 false must be true or false' })]);
    expect((await host.call('GET', `/api/opportunities?${q('x'.repeat(101))}`)).body.error.fields).toEqual([expect.objectContaining({ path: 'q', message: expect.stringContaining('at most 100') })]);
  });

  it('pages the list with a cursor', async () => {
    for (const day of ['01', '02', '03']) await publishedOpportunity(host, officer, otherScenario.id, `2026-02-${day}`);
    const first = await host.call('GET', `/api/opportunities?scenarioId=${otherScenario.id}&limit=2`);
    expect(first.body.items.map((o: Json) => o.publishedOn)).toEqual(['2026-02-01', '2026-02-02']);
    expect(first.body.items[0].district).toBe('渝中区');
    const second = await host.call('GET', `/api/opportunities?scenarioId=${otherScenario.id}&limit=2&after=${first.body.nextCursor}`);
    expect(second.body.items.map((o: Json) => o.publishedOn)).toEqual(['2026-02-03']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('publishes only for a listed or operating scenario (开放 follows 入清单): 409 SCENARIO_NOT_LISTED naming the stage', async () => {
    const later = await registerScenario(host, {
      title: { zh: '山地果园无人机植保' },
      domainCode: 'unmanned-systems',
      ownerUnit: OWNER,
      ownerType: 'municipal-department',
      tier: 'high-value-niche',
      district: '两江新区',
      taxonomyVersion: '2026-final',
    });
    const { body: draft } = await host.call('POST', '/api/opportunities', officer, { ...draftBody(), scenarioId: later.id });
    expect(draft.status).toBe('draft');
    const publish = () => host.call('POST', `/api/opportunities/${draft.id}/publish`, officer, {});
    const refusedAt = async (stage: string) => {
      const refused = await publish();
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({ status: 409, code: 'SCENARIO_NOT_LISTED' });
      expect(refused.body.error.message).toContain(`当前阶段：${stage}`);
      expect(refused.body.error.message).toContain(`current stage: ${stage}`);
      expect((await host.call('GET', `/api/opportunities/${draft.id}`, officer)).body.status).toBe('draft');
    };
    await refusedAt('未启动 Not started');
    await stageChanged(host, later.id, 'cultivating', 1, '2026-02-01T02:00:00Z');
    await refusedAt('培育 Cultivating');
    await stageChanged(host, later.id, 'recognition.recognized', 2, '2026-02-10T02:00:00Z');
    await refusedAt('认定通过，待入清单 Recognised, awaiting listing');
    await stageChanged(host, later.id, 'listed', 3, '2026-02-20T02:00:00Z');
    expect((await publish()).status).toBe(200);
    // The workflow learns of it, and opens the listed scenario (开放) on its first opportunity.
    expect(await outboxEvents(host, 'registry.scenario.opportunity-published')).toContainEqual(
      expect.objectContaining({ scenarioId: later.id, opportunityId: draft.id, title: draft.title, publishedBy: expect.any(String), publishedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
    );

    // Suspended or terminated, it opens no more opportunities.
    const { body: another } = await host.call('POST', '/api/opportunities', officer, { ...draftBody(), scenarioId: later.id });
    await stageChanged(host, later.id, 'suspended.rectifying', 4, '2026-03-01T02:00:00Z');
    const suspended = await host.call('POST', `/api/opportunities/${another.id}/publish`, officer, {});
    expect(suspended.status).toBe(409);
    expect(suspended.body.error.message).toContain('整改中 Rectifying');
    await stageChanged(host, later.id, 'operating.piloting.sandbox', 5, '2026-04-01T02:00:00Z');
    expect((await host.call('POST', `/api/opportunities/${another.id}/publish`, officer, {})).status).toBe(200);
  });

  it('deletes a draft', async () => {
    const { body: draft } = await host.call('POST', '/api/opportunities', officer, draftBody());
    expect((await host.call('DELETE', `/api/opportunities/${draft.id}`, outsider)).status).toBe(404);
    expect((await host.call('DELETE', `/api/opportunities/${draft.id}`, officer)).status).toBe(204);
    expect((await host.call('GET', `/api/opportunities/${draft.id}`, officer)).status).toBe(404);
  });

  it('refuses bad callers and bad input with 400/401/403/404/409, and stores nothing', async () => {
    const { body: draft } = await host.call('POST', '/api/opportunities', officer, draftBody());
    const published = await publishedOpportunity(host, officer, scenario.id, '2026-03-01');
    const before = await host.count('opportunity');
    const snapshot = async () => (await host.db.query('SELECT * FROM registry.opportunity ORDER BY id')).rows;
    const rows = await snapshot();

    // Zero trust: a token naming a role the gateway never grants is refused; identity headers without a token name nobody.
    const forged = { 'x-user-id': 'officer-transport', 'x-user-roles': 'officer', 'x-user-unit': 'transport-commission' };
    const refusals: Array<[string, string, Record<string, string>, unknown, number, string?, string?]> = [
      ['POST', '/api/opportunities', {}, draftBody(), 401, undefined, 'UNAUTHENTICATED'],
      ['POST', '/api/opportunities', applicant, draftBody(), 403],
      ['POST', '/api/opportunities', outsider, draftBody(), 403],
      ['POST', '/api/opportunities', person('officer,superuser', 'transport-commission', 'officer-transport'), draftBody(), 401, undefined, 'TOKEN_INVALID'],
      ['POST', '/api/opportunities', forged, draftBody(), 401, undefined, 'UNAUTHENTICATED'],
      ['POST', '/api/opportunities', { ...forged, 'x-user-unit': '%E0%A4%A' }, draftBody(), 401, undefined, 'UNAUTHENTICATED'],
      ['PATCH', `/api/opportunities/${draft.id}`, forged, { title: { zh: '伪造' } }, 401, undefined, 'UNAUTHENTICATED'],
      ['GET', `/api/opportunities/${draft.id}`, forged, undefined, 404],
      ['POST', '/api/opportunities', officer, { ...draftBody(), scenarioId: '00000000-0000-4000-8000-000000000000' }, 400, 'scenarioId'],
      ['POST', '/api/opportunities', officer, { ...draftBody(), sought: { capabilities: [], respondBy: '2099-02-30' } }, 400, 'sought.capabilities'],
      ['POST', '/api/opportunities', officer, { ...draftBody(), sought: { ...draftBody().sought, budget: { minFen: 10, maxFen: 1 } } }, 400, 'sought.budget.maxFen'],
      ['POST', '/api/opportunities', officer, { ...draftBody(), status: 'published' }, 400],
      ['POST', '/api/opportunities', officer, 'not an object', 400],
      ['PATCH', `/api/opportunities/${draft.id}`, officer, {}, 400],
      ['PATCH', `/api/opportunities/${draft.id}`, officer, { title: { zh: '' } }, 400, 'title.zh'],
      ['PATCH', `/api/opportunities/${draft.id}`, outsider, { title: { zh: '抢改' } }, 404],
      ['PATCH', `/api/opportunities/${published.id}`, outsider, { title: { zh: '抢改' } }, 403],
      ['PATCH', '/api/opportunities/not-a-uuid', officer, { title: { zh: '新' } }, 400],
      ['POST', `/api/opportunities/${draft.id}/publish`, officer, { publishedOn: '2099-01-01' }, 400, 'publishedOn'],
      ['POST', `/api/opportunities/${draft.id}/publish`, officer, { publishedOn: 'yesterday' }, 400, 'publishedOn'],
      ['POST', `/api/opportunities/${draft.id}/publish`, applicant, {}, 403],
      ['POST', `/api/opportunities/${published.id}/publish`, officer, {}, 409],
      ['POST', `/api/opportunities/${draft.id}/close`, officer, { reason: 'expired' }, 409],
      ['POST', `/api/opportunities/${published.id}/close`, officer, { reason: 'done' }, 400, 'reason'],
      ['POST', `/api/opportunities/${published.id}/close`, outsider, { reason: 'expired' }, 403],
      ['POST', '/api/opportunities/00000000-0000-4000-8000-000000000000/close', officer, { reason: 'expired' }, 404],
      ['DELETE', `/api/opportunities/${published.id}`, {}, undefined, 401, undefined, 'UNAUTHENTICATED'],
      ['DELETE', `/api/opportunities/${published.id}`, forged, undefined, 401, undefined, 'UNAUTHENTICATED'],
      ['GET', '/api/opportunities?year=abc', {}, undefined, 400, 'year'],
      ['GET', '/api/opportunities?status=open', {}, undefined, 400, 'status'],
      ['GET', '/api/opportunities?yaer=2026', {}, undefined, 400],
      ['GET', '/api/opportunities?after=nonsense', {}, undefined, 400, 'after'],
      ['GET', '/api/opportunities?limit=0', {}, undefined, 400, 'limit'],
      ['GET', '/api/opportunities/not-a-uuid', {}, undefined, 400],
    ];
    for (const [method, path, headers, body, status, field, code] of refusals) {
      const response = await host.call(method, path, headers, body);
      expect({ method, path, status: response.status }).toEqual({ method, path, status });
      expect(response.body.error).toMatchObject({ status, message: expect.any(String) });
      if (field) expect(response.body.error.fields.map((f: Json) => f.path)).toContain(field);
      if (code) expect({ method, path, code: response.body.error.code }).toEqual({ method, path, code });
    }
    // A deadline before the publication date is a conflict with the draft's content.
    const { body: late } = await host.call('POST', '/api/opportunities', officer, { ...draftBody(), sought: { capabilities: ['x'], respondBy: '2025-01-31' } });
    const respondBy = await host.call('POST', `/api/opportunities/${late.id}/publish`, officer, {});
    expect(respondBy.status).toBe(409);
    expect(respondBy.body.error.code).toBe('RESPOND_BY_BEFORE_PUBLICATION');
    await host.call('DELETE', `/api/opportunities/${late.id}`, officer);

    expect(await host.count('opportunity')).toBe(before);
    expect(await snapshot()).toEqual(rows);
  });
});
