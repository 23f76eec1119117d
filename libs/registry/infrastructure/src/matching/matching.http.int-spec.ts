import { callerHeaders } from '@scq/platform-testing';
import { COORDINATOR, listScenario, outboxEvents, person, registerScenario, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from '../opportunities/testing/registry-http.testing';

const FORESTRY = '市林业局';
const forestryOfficer = person('officer', FORESTRY, 'officer-forestry');
const transportOfficer = person('officer', '市交通运输委', 'officer-transport');
const applicantOf = (organisation: string, id: string) => callerHeaders({ id, roles: ['applicant'], unit: null, organisation, district: null });
const drones = applicantOf('重庆飞鹰无人机科技有限公司', 'applicant-drones');
const sensors = applicantOf('重庆林感物联科技有限公司', 'applicant-sensors');
const finance = applicantOf('重庆账房软件有限公司', 'applicant-finance');
const noOrganisation = callerHeaders({ id: 'applicant-alone', roles: ['applicant'], unit: null, organisation: null, district: null });

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('supply–demand matching (供需对接) over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  let fire: Json;
  let parking: Json;
  const ids: Record<string, string> = {};

  async function published(headers: Record<string, string>, scenarioId: string, title: string, capabilities: string[], description?: string): Promise<Json> {
    const draft = await host.call('POST', '/api/opportunities', headers, { scenarioId, title: { zh: title }, ...(description ? { description: { zh: description } } : {}), sought: { capabilities, respondBy: '2099-12-31' } });
    expect(draft.status).toBe(201);
    const done = await host.call('POST', `/api/opportunities/${draft.body.id}/publish`, headers, { publishedOn: '2026-01-05' });
    expect(done.status).toBe(200);
    return done.body;
  }

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'matching');
    const base = { ownerType: 'municipal-department', tier: 'high-value-niche', taxonomyVersion: '2026-final' };
    const forest = await registerScenario(host, { ...base, title: { zh: '缙云山林区防火' }, ownerUnit: FORESTRY, domainCode: 'forestry-grassland', district: '北碚区' });
    const city = await registerScenario(host, { ...base, title: { zh: '渝中区智慧停车' }, ownerUnit: '市交通运输委', domainCode: 'transportation', district: '渝中区' });
    await listScenario(host, forest.id);
    await listScenario(host, city.id);
    fire = await published(forestryOfficer, forest.id, '林区无人机防火巡检', ['无人机巡检', '火点识别'], '在缙云山林区开展无人机森林防火巡查');
    parking = await published(transportOfficer, city.id, '路内停车泊位感知', ['地磁车位检测', '停车诱导'], '渝中区路内泊位实时感知与诱导');
  });
  afterAll(() => host?.close());

  it('lets an applicant write and read its organisation’s profile, and refuses bad input with the bilingual 400', async () => {
    const saved = await host.call('PUT', '/api/suppliers/mine', drones, {
      capabilities: '工业级多旋翼无人机研发制造；红外热成像火点识别算法',
      tags: ['低空巡检'],
      products: [{ name: '长航时巡检无人机', description: '林区、电网巡检' }],
      domains: ['unmanned-systems'],
      districts: ['北碚区'],
      firstSetRecognitions: [{ product: '林区巡检无人机', year: 2025, level: 'municipal' }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ organisation: '重庆飞鹰无人机科技有限公司', credit: { status: 'normal', reason: null }, trackRecord: { agreements: 0 } });
    ids.drones = saved.body.id;
    const again = await host.call('PUT', '/api/suppliers/mine', drones, { capabilities: '工业级多旋翼无人机研发制造；红外热成像火点识别算法', domains: ['unmanned-systems', 'forestry-grassland'], districts: ['北碚区'], products: [{ name: '长航时巡检无人机' }], firstSetRecognitions: [{ product: '林区巡检无人机', year: 2025, level: 'municipal' }] });
    expect(again.body.id).toBe(ids.drones);
    expect((await host.call('GET', '/api/suppliers/mine', drones)).body.domains).toEqual(['unmanned-systems', 'forestry-grassland']);

    ids.sensors = (await host.call('PUT', '/api/suppliers/mine', sensors, { capabilities: '林区温湿度与烟感物联网监测；火点识别', domains: ['forestry-grassland'], districts: ['全市'] })).body.id;
    ids.finance = (await host.call('PUT', '/api/suppliers/mine', finance, { capabilities: '财务共享与会计核算软件', districts: ['全市'] })).body.id;

    const bad = await host.call('PUT', '/api/suppliers/mine', drones, { capabilities: '', domains: ['无人系统'], credit: 'normal' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
    expect((await host.call('GET', '/api/suppliers/mine', applicantOf('重庆无档案公司', 'x'))).status).toBe(404);
  });

  it('only an applicant of an organisation keeps a profile; officers and the coordinator read the directory', async () => {
    expect((await host.call('PUT', '/api/suppliers/mine', noOrganisation, { capabilities: 'x' })).body.error.code).toBe('NO_ORGANISATION');
    expect((await host.call('PUT', '/api/suppliers/mine', forestryOfficer, { capabilities: 'x' })).status).toBe(403);
    expect((await host.call('PUT', '/api/suppliers/mine', undefined, { capabilities: 'x' })).status).toBe(401);
    expect((await host.call('GET', '/api/suppliers', drones)).status).toBe(403);
    const directory = await host.call('GET', '/api/suppliers', COORDINATOR);
    expect(directory.body.items.map((s: Json) => s.organisation)).toEqual(['重庆账房软件有限公司', '重庆林感物联科技有限公司', '重庆飞鹰无人机科技有限公司'].sort());
    expect((await host.call('GET', `/api/suppliers/${ids.drones}`, sensors)).status).toBe(403);
    expect((await host.call('GET', `/api/suppliers/${ids.drones}`, drones)).status).toBe(200);
  });

  it('ranks suppliers for a published opportunity with the reasons: which offer met which need, domain, district, 首台(套)', async () => {
    const matches = await host.call('GET', `/api/opportunities/${fire.id}/suppliers`, forestryOfficer);
    expect(matches.status).toBe(200);
    expect(matches.body.items.map((m: Json) => m.supplier.organisation)).toEqual(['重庆飞鹰无人机科技有限公司', '重庆林感物联科技有限公司']);
    const [best, second] = matches.body.items;
    expect(best.score).toBeGreaterThan(second.score);
    expect(best.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'capability', need: '无人机巡检', shared: expect.arrayContaining(['无人', '人机']) }),
        expect.objectContaining({ kind: 'capability', need: '火点识别', offer: '红外热成像火点识别算法', coverage: 1 }),
        { kind: 'domain', domainCode: 'forestry-grassland', points: 15 },
        { kind: 'district', district: '北碚区', points: 5 },
        expect.objectContaining({ kind: 'first-set', product: '林区巡检无人机', need: '无人机巡检' }),
      ]),
    );
    expect(second.reasons).toContainEqual({ kind: 'district', district: '北碚区', points: 5 });
    expect((await host.call('GET', `/api/opportunities/${fire.id}/suppliers`, COORDINATOR)).status).toBe(200);
  });

  it('ranks open opportunities for a supplier, and counts agreements recorded under its name as its track record', async () => {
    const before = await host.call('GET', `/api/suppliers/${ids.drones}/opportunities`, drones);
    expect(before.status).toBe(200);
    expect(before.body.items.map((m: Json) => m.opportunity.id)).toEqual([fire.id]);
    expect(before.body.items[0].opportunity).toMatchObject({ title: { zh: '林区无人机防火巡检' }, domainCode: 'forestry-grassland', district: '北碚区' });

    const event = await host.call('POST', '/api/matchmaking-events', COORDINATOR, {
      title: { zh: '林区防火供需对接会' },
      heldOn: '2026-04-18',
      district: '北碚区',
      organiserUnit: FORESTRY,
      kind: 'matchmaking-meeting',
      participants: [{ name: '重庆飞鹰无人机科技有限公司', type: 'enterprise' }],
      opportunityIds: [fire.id],
      outcomes: [{ supplier: '重庆飞鹰无人机科技有限公司', opportunityId: fire.id, status: 'agreement' }],
    });
    expect([event.status, event.body?.error?.message]).toEqual([201, undefined]);
    const profile = await host.call('GET', `/api/suppliers/${ids.drones}`, COORDINATOR);
    expect(profile.body.trackRecord).toEqual({ agreements: 1, byDomain: { 'forestry-grassland': 1 } });
    const after = await host.call('GET', `/api/opportunities/${fire.id}/suppliers`, forestryOfficer);
    expect(after.body.items[0].reasons).toContainEqual({ kind: 'track-record', agreements: 1, inDomain: 1, points: 3 });
    expect(after.body.items[0].score).toBeGreaterThan((await host.call('GET', `/api/suppliers/${ids.sensors}/opportunities`, sensors)).body.items[0].score);
  });

  it('refuses the matches to an officer of another unit, to applicants, and on a draft', async () => {
    const refused = await host.call('GET', `/api/opportunities/${fire.id}/suppliers`, transportOfficer);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('OUT_OF_SCOPE');
    expect((await host.call('GET', `/api/opportunities/${fire.id}/suppliers`, drones)).status).toBe(403);
    expect((await host.call('GET', `/api/opportunities/${parking.id}/suppliers`, transportOfficer)).body.items).toEqual([]);
    expect((await host.call('GET', `/api/suppliers/${ids.drones}/opportunities`, sensors)).status).toBe(403);
    const draft = await host.call('POST', '/api/opportunities', forestryOfficer, { scenarioId: fire.scenarioId, title: { zh: '草稿' }, sought: { capabilities: ['无人机'], respondBy: '2099-01-01' } });
    const onDraft = await host.call('GET', `/api/opportunities/${draft.body.id}/suppliers`, forestryOfficer);
    expect([onDraft.status, onDraft.body.error.code]).toEqual([409, 'OPPORTUNITY_NOT_PUBLISHED']);
    expect((await host.call('GET', `/api/opportunities/${draft.body.id}/suppliers`, transportOfficer)).status).toBe(404);
  });

  it('lets only the coordinator or an administrator restrict a supplier (失信): it leaves the rankings and the workflow is told', async () => {
    const body = { status: 'restricted', reason: '列入严重失信主体名单', since: '2026-05-01' };
    expect((await host.call('PUT', `/api/suppliers/${ids.drones}/credit`, forestryOfficer, body)).status).toBe(403);
    expect((await host.call('PUT', `/api/suppliers/${ids.drones}/credit`, drones, body)).status).toBe(403);
    const noReason = await host.call('PUT', `/api/suppliers/${ids.drones}/credit`, COORDINATOR, { status: 'restricted' });
    expect(noReason.status).toBe(400);
    const restricted = await host.call('PUT', `/api/suppliers/${ids.drones}/credit`, COORDINATOR, body);
    expect(restricted.status).toBe(200);
    expect(restricted.body.credit).toEqual({ status: 'restricted', reason: '列入严重失信主体名单', since: '2026-05-01', setBy: 'coordinator-1' });
    expect((await host.call('GET', `/api/opportunities/${fire.id}/suppliers`, forestryOfficer)).body.items.map((m: Json) => m.supplier.organisation)).toEqual(['重庆林感物联科技有限公司']);
    const own = await host.call('GET', `/api/suppliers/${ids.drones}/opportunities`, drones);
    expect(own.body).toMatchObject({ supplier: { creditStatus: 'restricted' }, items: [] });
    expect(await outboxEvents(host, 'registry.supplier.credit-changed')).toEqual([
      expect.objectContaining({ supplierId: ids.drones, organisation: '重庆飞鹰无人机科技有限公司', status: 'restricted', reason: '列入严重失信主体名单', since: '2026-05-01' }),
    ]);
    // Rewriting the profile does not lift the restriction.
    await host.call('PUT', '/api/suppliers/mine', drones, { capabilities: '无人机' });
    expect((await host.call('GET', '/api/suppliers/mine', drones)).body.credit.status).toBe('restricted');
    const lifted = await host.call('PUT', `/api/suppliers/${ids.drones}/credit`, COORDINATOR, { status: 'normal' });
    expect(lifted.body.credit).toEqual({ status: 'normal', reason: null, since: null, setBy: 'coordinator-1' });
  });
});
