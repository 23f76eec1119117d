import { COORDINATOR, person, registerScenario, stageChanged, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from './opportunities/testing/registry-http.testing';

/** 成渝 joint scenarios (跨区域): co-owner units of Chongqing and Sichuan, the derived flag, the filter and the targets' count. */
const Y = new Date().getUTCFullYear() - 1;
const owner = person('officer', '市交通运输委', 'officer-transport');
const leadership = person('leadership', null, 'leader-1');

const body = (title: string, more: Record<string, unknown> = {}) => ({
  title: { zh: title },
  domainCode: 'unmanned-systems',
  ownerUnit: '市交通运输委',
  ownerType: 'municipal-department',
  tier: 'comprehensive-major',
  taxonomyVersion: '2026-final',
  ...more,
});

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('成渝 joint scenarios over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  let joint: Json;
  let local: Json;

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'joint');
    // A Sichuan co-owner by its full name, a Chongqing one by its alias; both stored by their Chinese short names.
    joint = await registerScenario(host, body('成渝氢走廊', { coOwnerUnits: ['四川省经济和信息化厅', '市经信委'] }), `${Y}-03-01T02:00:00Z`);
    local = await registerScenario(host, body('渝中区无人配送', { coOwnerUnits: ['economy-information-commission'] }), `${Y}-03-02T02:00:00Z`);
  });
  afterAll(() => host?.close());

  it('flags a scenario with a co-owner unit of the other region, and only that one', async () => {
    expect(joint).toMatchObject({ coOwnerUnits: ['四川省经济和信息化厅', '市经济信息委'], joint: true });
    expect(local).toMatchObject({ coOwnerUnits: ['市经济信息委'], joint: false });
    expect((await host.call('GET', `/api/scenarios/${joint.id}`, COORDINATOR)).body).toMatchObject({ joint: true, coOwnerUnits: ['四川省经济和信息化厅', '市经济信息委'] });
  });

  it('refuses an unknown co-owner unit with the bilingual 400 naming the list of units', async () => {
    const refused = await host.call('POST', '/api/scenarios', COORDINATOR, body('未知单位', { coOwnerUnits: ['四川省不存在厅'] }));
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([expect.objectContaining({ path: 'coOwnerUnits.0', message: expect.stringMatching(/未知单位「四川省不存在厅」.*Unknown unit/) })]);
    const units = await host.call('GET', '/api/taxonomy/co-owner-units', owner);
    expect(units.status).toBe(200);
    expect(units.body.find((u: Json) => u.zhName === '四川省经济和信息化厅')).toMatchObject({ region: '四川' });
    expect(units.body.find((u: Json) => u.zhName === '市交通运输委')).toMatchObject({ region: '重庆' });
  });

  it('filters the list by the flag', async () => {
    const ids = async (query: string) => (await host.call('GET', `/api/scenarios?limit=100${query}`, COORDINATOR)).body.items.map((s: Json) => s.id);
    expect(await ids('&joint=true')).toEqual([joint.id]);
    expect(await ids('&joint=false')).toEqual([local.id]);
    expect(await ids('')).toEqual([joint.id, local.id]);
    expect((await host.call('GET', '/api/scenarios?joint=maybe', COORDINATOR)).status).toBe(400);
    // The search behind the console's board takes the same filter.
    const searched = async (query: string) => (await host.call('GET', `/api/search/scenarios?limit=100${query}`, COORDINATOR)).body.items.map((s: Json) => s.id);
    expect(await searched('&joint=true')).toEqual([joint.id]);
    expect(await searched('&joint=false')).toEqual([local.id]);
    // Each hit says whether it is joint, for the board's badge.
    const hits = (await host.call('GET', '/api/search/scenarios?limit=100', COORDINATOR)).body.items.map((s: Json) => [s.id, s.joint]);
    expect(hits).toEqual(expect.arrayContaining([[joint.id, true], [local.id, false]]));
    expect((await host.call('GET', `/api/search/scenarios/stage-counts?joint=true`, COORDINATOR)).body).toBeDefined();
  });

  it('takes co-owners in a profile edit: the flag follows, an unknown unit is refused', async () => {
    const bad = await host.call('PATCH', `/api/scenarios/${local.id}`, owner, { coOwnerUnits: ['nowhere'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('coOwnerUnits.0');
    const edited = await host.call('PATCH', `/api/scenarios/${local.id}`, owner, { coOwnerUnits: ['成都市发展和改革委员会'] });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ coOwnerUnits: ['成都市发改委'], joint: true });
    expect((await host.call('GET', '/api/scenarios?limit=100&joint=true', COORDINATOR)).body.items.map((s: Json) => s.id).sort()).toEqual([joint.id, local.id].sort());
    const back = await host.call('PATCH', `/api/scenarios/${local.id}`, owner, { coOwnerUnits: [] });
    expect(back.body).toMatchObject({ coOwnerUnits: [], joint: false });
  });

  it('counts recognised joint comprehensive-major scenarios apart in the targets (跨区域综合性重大场景)', async () => {
    await stageChanged(host, joint.id, 'recognition.recognized', 4, `${Y}-04-01T02:00:00Z`);
    await stageChanged(host, local.id, 'recognition.recognized', 4, `${Y}-04-02T02:00:00Z`);
    const { status, body: report } = await host.call('GET', `/api/targets/${Y}?taxonomyVersion=2026-final`, leadership);
    expect(status).toBe(200);
    expect(report.comprehensiveMajorScenarios.actual).toBe(2);
    expect(report.crossRegionalMajorScenarios).toMatchObject({ key: 'crossRegionalMajorScenarios', zhName: '跨区域综合性重大场景', actual: 1, target: null });
  });
});
