import { COORDINATOR, outboxEvents, person, registerScenario, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from '../opportunities/testing/registry-http.testing';

const OWNER = '市交通运输委';
const owner = person('officer', 'transport-commission', 'officer-transport');
const humanResources = person('officer', '重庆市人力资源和社会保障局', 'officer-hr'); // 市人力社保局, by its full name
const outsider = person('officer', '市林业局', 'officer-forestry');
const applicant = person('applicant', null, 'enterprise-1');

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('employment-risk monitoring (就业风险监测) over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  let risky: Json;
  let calm: Json;
  let watched: Json;

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'employment_risk');
    const base = { ownerUnit: OWNER, ownerType: 'municipal-department', tier: 'comprehensive-major', taxonomyVersion: '2026-final', domainCode: 'unmanned-systems', district: '两江新区' };
    risky = await registerScenario(host, { ...base, title: { zh: '无人码头装卸' } });
    calm = await registerScenario(host, { ...base, title: { zh: '智慧停车' } });
    watched = await registerScenario(host, { ...base, title: { zh: '无人巡检' } });
  });
  afterAll(() => host?.close());

  const put = (s: Json, period: string, body: unknown, as = owner) => host.call('PUT', `/api/scenarios/${s.id}/employment/${period}`, as, body);

  it('finds the breaches of a report by the thresholds, and announces each one once to 市人力社保局 and the owner unit', async () => {
    const report = await put(risky, '2026-03', {
      groups: [
        { group: 'migrant-workers', jobsCreated: 4, jobsDisplaced: 16, workforce: 200 },
        { group: 'college-graduates', jobsCreated: 12, jobsDisplaced: 0 },
      ],
    });
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ period: '2026-03', periodKind: 'month', jobsCreated: 16, jobsDisplaced: 16, revision: 1 });
    // Net over all groups is 0; 农民工 net 12 > 10; 16 / 200 = 800 bp > 500 bp.
    expect(report.body.breaches.map((b: Json) => [b.rule, b.group, b.value, b.threshold])).toEqual([
      ['group-net-displaced', 'migrant-workers', 12, 10],
      ['group-displaced-share', 'migrant-workers', 800, 500],
    ]);
    let events = await outboxEvents(host, 'registry.scenario.employment-risk-breached');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ scenarioId: risky.id, period: '2026-03', ownerUnit: OWNER, alertUnits: ['市人力社保局', OWNER], jobsDisplaced: 16 });
    expect(events[0].breaches.map((b: Json) => b.rule)).toEqual(['group-net-displaced', 'group-displaced-share']);

    // A correction breaching the same rules says nothing new; one that adds a rule announces only that one.
    const same = await put(risky, '2026-03', { groups: [{ group: 'migrant-workers', jobsCreated: 4, jobsDisplaced: 18, workforce: 200 }] });
    expect(same.body.revision).toBe(2);
    expect(await outboxEvents(host, 'registry.scenario.employment-risk-breached')).toHaveLength(1);
    await put(risky, '2026-03', { groups: [{ group: 'migrant-workers', jobsCreated: 0, jobsDisplaced: 30, workforce: 200 }] });
    events = await outboxEvents(host, 'registry.scenario.employment-risk-breached');
    expect(events).toHaveLength(2);
    expect(events[1].breaches.map((b: Json) => b.rule)).toEqual(['net-displaced']);

    // Below every threshold: no event.
    await put(calm, '2026-Q1', { groups: [{ group: 'other', jobsCreated: 30, jobsDisplaced: 10 }] });
    await put(watched, '2026-Q1', { groups: [{ group: 'other', jobsCreated: 0, jobsDisplaced: 10 }] });
    expect(await outboxEvents(host, 'registry.scenario.employment-risk-breached')).toHaveLength(2);
  });

  it.each<[string, unknown, string]>([
    ['a fraction of a person', { groups: [{ group: 'other', jobsCreated: 1.5, jobsDisplaced: 0 }] }, 'groups.0.jobsCreated'],
    ['a negative count', { groups: [{ group: 'other', jobsCreated: 0, jobsDisplaced: -1 }] }, 'groups.0.jobsDisplaced'],
    ['an unknown group', { groups: [{ group: 'robots', jobsCreated: 0, jobsDisplaced: 0 }] }, 'groups.0.group'],
    ['a group twice', { groups: [{ group: 'other', jobsCreated: 0, jobsDisplaced: 0 }, { group: 'other', jobsCreated: 1, jobsDisplaced: 0 }] }, 'groups.1.group'],
    ['more displaced than the workforce', { groups: [{ group: 'veterans', jobsCreated: 0, jobsDisplaced: 11, workforce: 10 }] }, 'groups.0.jobsDisplaced'],
    ['no group', { groups: [] }, 'groups'],
  ])('refuses %s with the bilingual 400 naming the field', async (_what, body, path) => {
    const refused = await put(calm, '2026-02', body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((f: Json) => f.path)).toContain(path);
    expect(refused.body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses bad periods, a period not begun, and reporters other than the owner unit', async () => {
    const body = { groups: [{ group: 'other', jobsCreated: 1, jobsDisplaced: 0 }] };
    for (const period of ['2026-13', '2026-Q5', '202603', '2026-3']) expect((await put(calm, period, body)).status).toBe(400);
    const future = await put(calm, '2099-01', body);
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0].path).toBe('period');
    for (const caller of [outsider, humanResources]) {
      const refused = await put(calm, '2026-02', body, caller);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('OUT_OF_SCOPE');
    }
    expect((await put(calm, '2026-02', body, COORDINATOR)).body.error.code).toBe('FORBIDDEN_ROLE');
    expect((await put(calm, '2026-02', body, applicant)).status).toBe(403);
    expect((await host.call('PUT', '/api/scenarios/00000000-0000-4000-8000-000000000000/employment/2026-02', owner, body)).status).toBe(404);
  });

  it('ranks scenarios by risk on the dashboard for 市人力社保局 and the coordinator only, breaches first', async () => {
    const dashboard = await host.call('GET', '/api/employment-risk', humanResources);
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.items.map((i: Json) => [i.scenarioId, i.level])).toEqual([
      [risky.id, 'breach'],
      [watched.id, 'watch'],
      [calm.id, 'ok'],
    ]);
    expect(dashboard.body.counts).toEqual({ breach: 1, watch: 1, ok: 1 });
    expect(dashboard.body.items[0]).toMatchObject({ period: '2026-03', netDisplaced: 30, scenarioTitle: { zh: '无人码头装卸' } });
    expect(dashboard.body.items[0].breaches.length).toBe(3);
    const march = await host.call('GET', '/api/employment-risk?period=2026-03', COORDINATOR);
    expect(march.body.items.map((i: Json) => i.scenarioId)).toEqual([risky.id]);
    expect((await host.call('GET', '/api/employment-risk?period=March', COORDINATOR)).status).toBe(400);
    for (const caller of [owner, outsider]) {
      const refused = await host.call('GET', '/api/employment-risk', caller);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('OUT_OF_SCOPE');
    }
    expect((await host.call('GET', '/api/employment-risk', applicant)).status).toBe(403);
    // A scenario's reports: its owner, the coordinator and 市人力社保局.
    for (const reader of [owner, humanResources, COORDINATOR]) expect((await host.call('GET', `/api/scenarios/${risky.id}/employment`, reader)).body.items.map((r: Json) => r.revision)).toEqual([3]);
    expect((await host.call('GET', `/api/scenarios/${risky.id}/employment`, outsider)).status).toBe(403);
    const thresholds = await host.call('GET', '/api/employment-risk/thresholds', applicant);
    expect(thresholds.body.groups[0]).toEqual({ group: 'migrant-workers', name: { zh: '农民工', en: 'Migrant workers' } });
    expect(thresholds.body.thresholds.groupDisplacedShareBp['migrant-workers']).toBe(500);
  });
});
