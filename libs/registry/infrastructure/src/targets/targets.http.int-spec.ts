import {
  COORDINATOR,
  person,
  publishedOpportunity,
  registerScenario,
  stageChanged,
  startRegistryTestHost,
  type Engine,
  type Json,
  type RegistryTestHost,
} from '../opportunities/testing/registry-http.testing';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(1.5));

// Three whole past years, whatever the date of the run: Y is last year, Y0 the year before, YP the one before that.
const THIS_YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
const Y = THIS_YEAR - 1;
const Y0 = THIS_YEAR - 2;
const YP = THIS_YEAR - 3;
/** Tomorrow in Beijing: a matchmaking event dated then is only planned. */
const TOMORROW = new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10);

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
const government = (yuan: number, reserveYuan: number) => ({ budget: { totalFen: yuan * 100, fundingSource: 'government-investment', newScenarioReserveFen: reserveYuan * 100 } });
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
      scenarioBody('C 远程医疗', 'healthcare', { district: '两江新区', budget: { totalFen: 30_000_000, fundingSource: 'social-capital' } }),
      `${Y - 1}-12-31T16:30:00Z`, // 00:30 on 1 January Y in Beijing
    );
    const d = await registerScenario(host, scenarioBody('D 矿山安全', 'mine-safety', { taxonomyVersion: '2025-draft' }), `${Y0}-05-01T02:00:00Z`);
    const e = await registerScenario(host, scenarioBody('E 无人机巡检', 'unmanned-systems', { tier: 'high-value-niche', district: '两江新区', ...government(100, 4) }), `${Y}-07-01T02:00:00Z`);
    await registerScenario(host, scenarioBody('F 次年场景', 'healthcare', government(100, 1)), `${Y}-12-31T16:30:00Z`); // already THIS_YEAR in Beijing
    // Registered in Y as comprehensive-major but never recognised: not counted.
    const g = await registerScenario(host, scenarioBody('G 仅登记', 'healthcare', { district: '渝中区' }), `${Y}-02-01T02:00:00Z`);
    await stageChanged(host, g.id, 'cultivating', 2, `${Y}-02-10T02:00:00Z`);
    Object.assign(ids, { a: a.id, b: b.id, c: c.id, d: d.id, e: e.id, g: g.id });

    // What the workflow reported: A open, B listed, C recognised in Y; D open since Y0.
    await stageChanged(host, a.id, 'recognition.recognized', 4, `${Y}-03-05T02:00:00Z`);
    await stageChanged(host, a.id, 'listed', 5, `${Y}-03-08T02:00:00Z`);
    await stageChanged(host, a.id, 'operating.open', 6, `${Y}-03-09T02:00:00Z`);
    await stageChanged(host, b.id, 'recognition.recognized', 4, `${Y}-06-05T02:00:00Z`);
    await stageChanged(host, b.id, 'listed', 5, `${Y}-06-20T02:00:00Z`);
    await stageChanged(host, c.id, 'recognition.recognized', 4, `${Y}-02-01T02:00:00Z`);
    await stageChanged(host, d.id, 'recognition.recognized', 4, `${Y0}-05-10T02:00:00Z`);
    await stageChanged(host, d.id, 'listed', 5, `${Y0}-05-15T02:00:00Z`);
    await stageChanged(host, d.id, 'operating.open', 6, `${Y0}-05-20T02:00:00Z`);

    const o1 = await publishedOpportunity(host, transport, a.id, `${Y}-03-10`);
    const o2 = await publishedOpportunity(host, transport, a.id, `${Y}-04-01`, { close: 'matched' });
    await publishedOpportunity(host, transport, b.id, `${Y}-07-01`, { close: 'withdrawn' });
    const o4 = await publishedOpportunity(host, transport, b.id, `${Y}-08-01`);
    const o5 = await publishedOpportunity(host, transport, d.id, `${Y0}-06-01`);
    // Not effective: still published past its response date, closed as expired, and one of a never-listed scenario
    // (as published before publishing asked for a listed scenario: the API makes it for A, the fixture moves it to G).
    await publishedOpportunity(host, transport, a.id, `${Y}-05-01`, { respondBy: `${Y}-06-30` });
    await publishedOpportunity(host, transport, a.id, `${Y}-05-02`, { respondBy: `${Y}-06-30`, close: 'expired' });
    const ofG = await publishedOpportunity(host, transport, a.id, `${Y}-05-03`);
    await host.db.query('UPDATE registry.opportunity SET scenario_id = $2 WHERE id = $1', [ofG.id, g.id]);
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
    // Planned for tomorrow (no outcome can be recorded yet): not held.
    await event(COORDINATOR, TOMORROW, '渝中区', '渝中区', []);

    // YP: 72 comprehensive-major proposals registered and never recognised, and one registered the year before YP
    // whose recognition in YP reaches the registry after its listing in Y0 (reports may come late).
    for (let i = 0; i < 72; i++) await registerScenario(host, scenarioBody(`提案 ${i}`, 'smart-city'), `${YP}-04-01T02:00:00Z`);
    const h = await registerScenario(host, scenarioBody('H 跨年认定', 'smart-city'), `${YP - 1}-11-01T02:00:00Z`);
    await stageChanged(host, h.id, 'listed', 5, `${Y0}-01-10T02:00:00Z`);
    await stageChanged(host, h.id, 'recognition.recognized', 4, `${YP}-12-01T02:00:00Z`);
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
    expect(events).toMatchObject({ target: 200, actual: 2, percent: 1, met: false });
    expect(counted(events.byAspect)).toEqual({ 'new-fields-new-tracks': 2, 'social-governance': 1 });
    expect(counted(events.byDomain)).toEqual({ 'unmanned-systems': 2, 'smart-city': 1 });
    expect(events.byDistrict).toEqual([
      { district: '两江新区', count: 1 },
      { district: '渝中区', count: 1 },
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

  it('counts comprehensive-major scenarios by the year of recognition: 72 registered proposals count 0, a late-reported recognition counts', async () => {
    const { body } = await host.call('GET', `/api/targets/${YP}`, leadership);
    expect(body.comprehensiveMajorScenarios).toMatchObject({ target: 20, actual: 1, percent: 5, met: false });
    expect(counted(body.comprehensiveMajorScenarios.byDomain)).toEqual({ 'smart-city': 1 });
    // The registered-only major of Y (G) is not among Y's three either; H's listing in Y0 does not count it again there.
    expect((await host.call('GET', `/api/targets/${Y}`, leadership)).body.comprehensiveMajorScenarios.actual).toBe(3);
    expect((await host.call('GET', `/api/targets/${Y0}`, leadership)).body.comprehensiveMajorScenarios.actual).toBe(1);
    expect(body.comprehensiveMajorScenarios.countingRule).toEqual({ zh: expect.stringContaining('认定通过'), en: expect.stringContaining('recognised in the year') });
  });

  it('counts only effective opportunities: of a scenario that has been listed, not expired', async () => {
    // Seven published in Y (and a draft): withdrawn, expired (closed or past its date) and the never-listed scenario's are left out.
    expect(await host.count('opportunity')).toBe(9);
    const { body } = await host.call('GET', `/api/targets/${Y}`, leadership);
    expect(body.scenarioOpportunities.actual).toBe(3);
    expect(counted(body.scenarioOpportunities.byDomain)).toEqual({ 'unmanned-systems': 2, 'smart-city': 1 });
    expect(body.scenarioOpportunities.countingRule).toEqual({ zh: expect.stringContaining('所属场景已入清单'), en: expect.stringContaining('for a scenario that has been listed') });
  });

  it('counts matchmaking events held with an outcome, not planned ones nor ones without an outcome', async () => {
    expect((await host.call('GET', `/api/targets/${Y}`, leadership)).body.matchmakingEvents.actual).toBe(2);
    const { body } = await host.call('GET', `/api/targets/${TOMORROW.slice(0, 4)}`, leadership);
    expect(body.matchmakingEvents).toMatchObject({ actual: 0, byDistrict: [] });
    expect(body.matchmakingEvents.countingRule).toEqual({ zh: expect.stringContaining('已记录对接成果'), en: expect.stringContaining('with at least one recorded outcome') });
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
