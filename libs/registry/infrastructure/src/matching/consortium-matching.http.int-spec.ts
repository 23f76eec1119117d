import { randomUUID } from 'node:crypto';
import { buildEnvelope } from '@scq/platform-messaging';
import { callerHeaders } from '@scq/platform-testing';
import { COORDINATOR, listScenario, person, registerScenario, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from '../opportunities/testing/registry-http.testing';

const FORESTRY = '市林业局';
const forestryOfficer = person('officer', FORESTRY, 'officer-forestry');
const applicantOf = (organisation: string, id: string) => callerHeaders({ id, roles: ['applicant'], unit: null, organisation, district: null });
const DRONES = '重庆翼飞无人机科技有限公司';
const VISION = '重庆火眼视觉科技有限公司';
const SHADY = '重庆失信无人机有限公司';

const CHANGAN = { organisation: '长安汽车', kind: 'enterprise', role: 'member', contribution: '整车与示范运营' } as const;
const CQU = { organisation: '重庆大学', kind: 'university', role: 'lead', contribution: '感知算法' } as const;

/** The workflow's `workflow.consortium.changed`, as it would tell it. */
function consortiumChanged(consortiumId: string, version: number, members: Json[], name = '林区防火场景创新联合体'): Json {
  return { consortiumId, name: { zh: name, en: 'Forest fire consortium' }, leadOrganisation: members.find((m: Json) => m.role === 'lead').organisation, members, version, at: new Date().toISOString() };
}

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('consortia in supplier matching (场景创新联合体) over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;

  async function tell(data: Json, eventId?: string): Promise<void> {
    const envelope = buildEnvelope('test', 'workflow.consortium.v1', 'workflow.consortium.changed', { subject: data.consortiumId, data });
    await host.bus.publish([{ topic: 'workflow.consortium.v1', key: data.consortiumId, value: JSON.stringify(eventId ? { ...envelope, id: eventId } : envelope) }]);
  }

  async function stored(consortiumId: string): Promise<Json> {
    const { rows } = await host.db.query<Json>('SELECT name_zh, lead_organisation, members, version FROM registry.consortium WHERE consortium_id = $1', [consortiumId]);
    return rows[0] ?? null;
  }

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'consortium_matching');
  });
  afterAll(() => host?.close());

  it('keeps each consortium’s newest membership from workflow.consortium.changed: an older or repeated event changes nothing', async () => {
    const id = randomUUID();
    await tell(consortiumChanged(id, 1, [CQU, CHANGAN]));
    expect(await stored(id)).toMatchObject({ name_zh: '林区防火场景创新联合体', lead_organisation: '重庆大学', version: 1 });
    const third = consortiumChanged(id, 3, [CQU]);
    third.members.push({ ...CHANGAN, organisation: '中国汽车工程研究院', kind: 'research-institute' });
    await tell(third);
    // Version 2 arrives late: version 3 stays.
    await tell(consortiumChanged(id, 2, [CQU, CHANGAN, { ...CHANGAN, organisation: '重庆邮电大学' }]));
    const kept = await stored(id);
    expect(kept.version).toBe(3);
    expect(kept.members.map((m: Json) => m.organisation)).toEqual(['重庆大学', '中国汽车工程研究院']);
    // The same event twice is handled once.
    const eventId = randomUUID();
    const other = randomUUID();
    await tell(consortiumChanged(other, 1, [CQU, CHANGAN], '另一联合体'), eventId);
    await tell(consortiumChanged(other, 1, [CQU, CHANGAN], '另一联合体'), eventId);
    expect((await stored(other)).name_zh).toBe('另一联合体');
    expect(await host.count('consortium')).toBe(2);
  });

  it('ranks consortia for a published opportunity apart from the suppliers, on their members’ union, each reason naming the member; a 失信 member leaves its consortium out', async () => {
    const scenario = await registerScenario(host, { ownerType: 'municipal-department', tier: 'high-value-niche', taxonomyVersion: '2026-final', title: { zh: '缙云山林区防火' }, ownerUnit: FORESTRY, domainCode: 'forestry-grassland', district: '北碚区' });
    await listScenario(host, scenario.id);
    const draft = await host.call('POST', '/api/opportunities', forestryOfficer, { scenarioId: scenario.id, title: { zh: '林区无人机防火巡检' }, sought: { capabilities: ['无人机巡检', '火点识别'], respondBy: '2099-12-31' } });
    const fire = (await host.call('POST', `/api/opportunities/${draft.body.id}/publish`, forestryOfficer, { publishedOn: '2026-01-05' })).body;

    const drones = await host.call('PUT', '/api/suppliers/mine', applicantOf(DRONES, 'a-drones'), { capabilities: '工业级多旋翼无人机研发制造', products: [{ name: '长航时巡检无人机' }], districts: ['北碚区'] });
    const vision = await host.call('PUT', '/api/suppliers/mine', applicantOf(VISION, 'a-vision'), { capabilities: '红外热成像火点识别算法', domains: ['forestry-grassland'] });
    const shady = await host.call('PUT', '/api/suppliers/mine', applicantOf(SHADY, 'a-shady'), { capabilities: '无人机巡检服务' });
    expect([drones.status, vision.status, shady.status]).toEqual([200, 200, 200]);
    expect((await host.call('PUT', `/api/suppliers/${shady.body.id}/credit`, COORDINATOR, { status: 'restricted', reason: '列入严重失信主体名单', since: '2026-05-01' })).status).toBe(200);

    const together = randomUUID();
    const withShady = randomUUID();
    const visionAlone = randomUUID();
    const member = (organisation: string, role: 'lead' | 'member', contribution: string) => ({ organisation, kind: 'enterprise', role, contribution });
    await tell(consortiumChanged(together, 1, [member(DRONES, 'lead', '无人机'), member(VISION, 'member', '火点识别')], '林区防火联合体'));
    await tell(consortiumChanged(withShady, 1, [member(VISION, 'lead', '火点识别'), member(SHADY, 'member', '巡检')], '含失信成员的联合体'));
    await tell(consortiumChanged(visionAlone, 1, [member(VISION, 'lead', '火点识别'), member('西南大学', 'member', '林学研究')], '火眼与西南大学联合体'));

    const matches = await host.call('GET', `/api/opportunities/${fire.id}/suppliers`, forestryOfficer);
    expect(matches.status).toBe(200);
    // The single suppliers are ranked as before; the consortia apart.
    expect(matches.body.items.map((m: Json) => m.supplier.organisation)).toEqual([VISION, DRONES]);
    expect(matches.body.consortia.map((c: Json) => c.consortium.id)).toEqual([together, visionAlone]);
    const [best, second] = matches.body.consortia;
    expect(best).toMatchObject({
      kind: 'consortium',
      consortium: {
        name: { zh: '林区防火联合体' },
        leadOrganisation: DRONES,
        members: [
          { organisation: DRONES, role: 'lead', contribution: '无人机', supplierId: drones.body.id },
          { organisation: VISION, role: 'member', contribution: '火点识别', supplierId: vision.body.id },
        ],
      },
    });
    // Together they meet both needs: above either member alone.
    expect(best.score).toBeGreaterThan(Math.max(...matches.body.items.map((m: Json) => m.score)));
    expect(best.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'capability', need: '无人机巡检', offer: '长航时巡检无人机', members: [DRONES] }),
        expect.objectContaining({ kind: 'capability', need: '火点识别', offer: '红外热成像火点识别算法', members: [VISION] }),
        { kind: 'domain', domainCode: 'forestry-grassland', points: 15, members: [VISION] },
        { kind: 'district', district: '北碚区', points: 5, members: [DRONES] },
      ]),
    );
    // A member without a profile is listed but offers nothing.
    expect(second.consortium.members).toContainEqual(expect.objectContaining({ organisation: '西南大学', supplierId: null }));
    expect(second.score).toBe(matches.body.items.find((m: Json) => m.supplier.organisation === VISION).score);

    // Restricting a member leaves every consortium it belongs to out; the whole list then changes as the workflow tells it.
    expect((await host.call('PUT', `/api/suppliers/${vision.body.id}/credit`, COORDINATOR, { status: 'restricted', reason: '列入严重失信主体名单', since: '2026-06-01' })).status).toBe(200);
    expect((await host.call('GET', `/api/opportunities/${fire.id}/suppliers`, forestryOfficer)).body.consortia).toEqual([]);
    await tell(consortiumChanged(together, 2, [member(DRONES, 'lead', '无人机'), member('西南大学', 'member', '林学研究')], '林区防火联合体'));
    const after = (await host.call('GET', `/api/opportunities/${fire.id}/suppliers`, forestryOfficer)).body.consortia;
    expect(after.map((c: Json) => [c.consortium.id, c.consortium.members.map((m: Json) => m.organisation)])).toEqual([[together, [DRONES, '西南大学']]]);
    expect(after[0].reasons.filter((r: Json) => r.kind === 'capability').map((r: Json) => r.members)).toEqual([[DRONES]]);
  });
});
