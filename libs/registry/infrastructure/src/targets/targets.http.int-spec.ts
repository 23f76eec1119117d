import {
  COORDINATOR,
  person,
  publishedOpportunity,
  registerScenario,
  startRegistryTestHost,
  type Engine,
  type Json,
  type RegistryTestHost,
} from '../opportunities/testing/registry-http.testing';

jest.setTimeout(180_000);

// Two whole past years, whatever the date of the run: Y is last year, Y0 the year before.
const THIS_YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
const Y = THIS_YEAR - 1;
const Y0 = THIS_YEAR - 2;

const transport = person('officer', '市交通运输委', 'officer-transport');
const liangjiang = person('officer', '两江新区', 'officer-liangjiang');
/** The targets are read by signed-in callers only (leadership, here). */
const leadership = person('leadership', null, 'leader-1');

const scenarioBody = (title: string, domainCode: string, more: Record<string, unknown> = {}) => ({
  title: { zh: title },
  domainCode,
  ownerUnit: '市交通运输委',
  ownerType: 'municipal-department',
  tier: 'comprehensive-major',
  taxonomyVersion: '2026-final',
  ...more,
});
const government = (total: number, reserve: number) => ({ budget: { total, fundingSource: 'government-investment', newScenarioReserve: reserve } });
const counted = (items: Json[]) => Object.fromEntries(items.filter((i) => i.count > 0).map((i) => [i.code ?? '(unclassified)', i.count]));

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('annual target tracking over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'targets');
    // Scenarios of last year (Y), the year before (Y0), and this year's first half hour in Beijing.
    const a = await registerScenario(host, scenarioBody('A 无人机物流', 'unmanned-systems', { district: '两江新区', ...government(1_000_000, 50_000) }), `${Y}-03-01T02:00:00Z`);
    const b = await registerScenario(host, scenarioBody('B 城市大脑', 'smart-city', { district: '渝中区', ...government(2_000_000, 60_000) }), `${Y}-06-01T02:00:00Z`);
    const c = await registerScenario(
      host,
      scenarioBody('C 远程医疗', 'healthcare', { district: '两江新区', budget: { total: 300_000, fundingSource: 'social-capital' } }),
      `${Y - 1}-12-31T16:30:00Z`, // 00:30 on 1 January Y in Beijing
    );
    const d = await registerScenario(host, scenarioBody('D 矿山安全', 'mine-safety', { taxonomyVersion: '2025-draft' }), `${Y0}-05-01T02:00:00Z`);
    const e = await registerScenario(host, scenarioBody('E 无人机巡检', 'unmanned-systems', { tier: 'high-value-niche', district: '两江新区', ...government(100, 4) }), `${Y}-07-01T02:00:00Z`);
    await registerScenario(host, scenarioBody('F 次年场景', 'healthcare', government(100, 1)), `${Y}-12-31T16:30:00Z`); // already THIS_YEAR in Beijing
    Object.assign(ids, { a: a.id, b: b.id, c: c.id, d: d.id, e: e.id });

    const o1 = await publishedOpportunity(host, transport, a.id, `${Y}-03-10`);
    const o2 = await publishedOpportunity(host, transport, a.id, `${Y}-04-01`, { close: 'matched' });
    await publishedOpportunity(host, transport, b.id, `${Y}-07-01`, { close: 'withdrawn' });
    const o4 = await publishedOpportunity(host, transport, b.id, `${Y}-08-01`);
    const o5 = await publishedOpportunity(host, transport, d.id, `${Y0}-06-01`);
    await host.call('POST', '/api/opportunities', transport, { scenarioId: c.id, title: { zh: '草稿不计' }, sought: { capabilities: ['x'], respondBy: '2099-01-01' } });

    const event = async (headers: Record<string, string>, heldOn: string, district: string | undefined, organiserUnit: string, opportunityIds: string[]) => {
      const response = await host.call('POST', '/api/matchmaking-events', headers, {
        title: { zh: `对接活动 ${heldOn}` },
        heldOn,
        ...(district ? { district } : {}),
        organiserUnit,
        kind: 'roadshow',
        participants: [{ name: '重庆某科技公司', type: 'enterprise' }],
        opportunityIds,
        outcomes: opportunityIds.length ? [{ supplier: '重庆某科技公司', opportunityId: opportunityIds[0], status: 'intent' }] : [],
      });
      expect(response.status).toBe(201);
    };
    await event(liangjiang, `${Y}-05-01`, '两江新区', '两江新区', [o1.id, o2.id]);
    await event(COORDINATOR, `${Y}-09-01`, '渝中区', '渝中区', [o1.id, o4.id]);
    await event(COORDINATOR, `${Y}-10-01`, undefined, '市发展改革委', []);
    await event(COORDINATOR, `${Y0}-07-01`, '渝中区', '渝中区', [o5.id]);
  });
  afterAll(() => host?.close());

  it('reports last year against the final plan’s targets, by aspect, domain and district, with the 5% reserve compliance', async () => {
    const { status, body } = await host.call('GET', `/api/targets/${Y}?taxonomyVersion=2026-final`, leadership);
    expect(status).toBe(200);
    expect(body).toMatchObject({ year: Y, taxonomyVersion: '2026-final', targets: { defined: true, source: { seed: '003_5c6542698b279700.txt' } } });

    const majors = body.comprehensiveMajorScenarios;
    expect(majors).toMatchObject({ target: 20, actual: 3, percent: 15, met: false, countingRule: { zh: expect.any(String), en: expect.any(String) } });
    expect(majors.byAspect).toHaveLength(5);
    expect(counted(majors.byAspect)).toEqual({ 'new-fields-new-tracks': 1, 'social-governance': 1, livelihood: 1 });
    expect(counted(majors.byDomain)).toEqual({ 'unmanned-systems': 1, 'smart-city': 1, healthcare: 1 });
    expect(majors.byDistrict).toEqual([
      { district: '两江新区', count: 2 },
      { district: '渝中区', count: 1 },
    ]);

    const events = body.matchmakingEvents;
    expect(events).toMatchObject({ target: 200, actual: 3, percent: 1.5, met: false });
    expect(counted(events.byAspect)).toEqual({ 'new-fields-new-tracks': 2, 'social-governance': 1, '(unclassified)': 1 });
    expect(counted(events.byDomain)).toEqual({ 'unmanned-systems': 2, 'smart-city': 1, '(unclassified)': 1 });
    expect(events.byDistrict).toEqual([
      { district: '两江新区', count: 1 },
      { district: '渝中区', count: 1 },
      { district: null, count: 1 },
    ]);

    const opportunities = body.scenarioOpportunities;
    expect(opportunities).toMatchObject({ target: 2000, actual: 3, percent: 0.2, met: false });
    expect(counted(opportunities.byAspect)).toEqual({ 'new-fields-new-tracks': 2, 'social-governance': 1 });
    expect(counted(opportunities.byDomain)).toEqual({ 'unmanned-systems': 2, 'smart-city': 1 });
    expect(opportunities.byDistrict).toEqual([
      { district: '两江新区', count: 2 },
      { district: '渝中区', count: 1 },
    ]);

    expect(body.budgetReserve).toMatchObject({
      minimumShare: 0.05,
      minimumShareVersion: '2026-final',
      governmentInvestmentScenarios: 3,
      compliant: 1,
      nonCompliant: 2,
      complianceRate: 0.3333,
      nonCompliantScenarioIds: [ids.b, ids.e],
    });
  });

  it('reports the year before on its own, placing a draft-taxonomy scenario in the final plan’s domains', async () => {
    const { body } = await host.call('GET', `/api/targets/${Y0}`, leadership);
    expect(body.taxonomyVersion).toBe('2026-final');
    expect(body.comprehensiveMajorScenarios).toMatchObject({ actual: 1, percent: 5 });
    expect(counted(body.comprehensiveMajorScenarios.byDomain)).toEqual({ 'emergency-management-mine-safety': 1 });
    expect(body.comprehensiveMajorScenarios.byDistrict).toEqual([{ district: null, count: 1 }]);
    expect(body.matchmakingEvents).toMatchObject({ actual: 1, byDistrict: [{ district: '渝中区', count: 1 }] });
    expect(counted(body.matchmakingEvents.byAspect)).toEqual({ 'sector-applications': 1 });
    expect(body.scenarioOpportunities).toMatchObject({ actual: 1 });
    expect(body.budgetReserve).toMatchObject({ governmentInvestmentScenarios: 0, complianceRate: null, nonCompliantScenarioIds: [] });
  });

  it('says so when the taxonomy version sets no annual targets', async () => {
    const { body } = await host.call('GET', `/api/targets/${Y}?taxonomyVersion=2025-draft`, leadership);
    expect(body.targets).toEqual({ defined: false, note: expect.stringContaining('The draft sets no numeric annual targets'), source: null });
    for (const key of ['comprehensiveMajorScenarios', 'matchmakingEvents', 'scenarioOpportunities']) {
      expect(body[key]).toMatchObject({ target: null, percent: null, met: null });
    }
    expect(body.comprehensiveMajorScenarios.actual).toBe(3);
    expect(body.comprehensiveMajorScenarios.byDomain).toHaveLength(22);
    expect(body.budgetReserve).toMatchObject({ minimumShare: 0.05, minimumShareVersion: '2026-final', nonCompliant: 2 });
  });

  it('answers an anonymous caller with 401 UNAUTHENTICATED', async () => {
    const anonymous = await host.call('GET', `/api/targets/${Y}`);
    expect({ status: anonymous.status, code: anonymous.body.error.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuses a bad year or version with 400 and field errors', async () => {
    for (const [path, field] of [
      ['/api/targets/abc', 'year'],
      ['/api/targets/1999', 'year'],
      ['/api/targets/20260', 'year'],
      [`/api/targets/${Y}?taxonomyVersion=1999-old`, 'query.taxonomyVersion'],
      [`/api/targets/${Y}?taxonomyVersion=a&taxonomyVersion=b`, 'query.taxonomyVersion'],
      [`/api/targets/${Y}?district=x`, 'query'],
    ] as const) {
      const response = await host.call('GET', path, leadership);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.body.error.fields.map((f: Json) => f.path)).toContain(field);
    }
  });
});
