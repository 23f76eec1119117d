import { COORDINATOR, person, registerScenario, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from '../opportunities/testing/registry-http.testing';

const OWNER = '市交通运输委';
const owner = person('officer', 'transport-commission', 'officer-transport');
const financeOffice = person('officer', '中共重庆市委金融委员会办公室', 'officer-finance'); // 市委金融办, by its full name
const outsider = person('officer', '市林业局', 'officer-forestry');
const applicant = person('applicant', null, 'enterprise-1');
const leadership = person('leadership', null, 'leader-1');
const auditor = person('auditor', null, 'auditor-1');

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('scenario financing (场景贷 / 场景保险 / 基金跟投) over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  let scenario: Json;
  let other: Json;

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'financing');
    const base = { ownerUnit: OWNER, ownerType: 'municipal-department', tier: 'comprehensive-major', taxonomyVersion: '2026-final' };
    scenario = await registerScenario(host, { ...base, title: { zh: '园区无人配送' }, domainCode: 'unmanned-systems', district: '两江新区' });
    other = await registerScenario(host, { ...base, title: { zh: '渝中区智慧停车' }, domainCode: 'smart-city', district: '渝中区' });
  });
  afterAll(() => host?.close());

  const body = (overrides: Record<string, unknown> = {}) => ({
    kind: 'loan',
    institution: '重庆农村商业银行',
    product: '场景贷',
    amountFen: 1_234_567_891,
    termMonths: 36,
    appliedOn: '2026-03-02',
    ...overrides,
  });
  const path = (s: Json) => `/api/scenarios/${s.id}/financing`;

  it('records a financing in integer fen and reads it back exactly, for the owner, the coordinator and 市委金融办', async () => {
    const created = await host.call('POST', path(scenario), owner, body({ amountFen: 90_071_992_547_409 }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ scenarioId: scenario.id, ownerUnit: OWNER, kind: 'loan', amountFen: 90_071_992_547_409, status: 'applied', appliedOn: '2026-03-02', approvedOn: null });
    for (const reader of [owner, COORDINATOR, financeOffice, leadership, auditor]) {
      const listed = await host.call('GET', path(scenario), reader);
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((f: Json) => [f.id, f.amountFen])).toEqual([[created.body.id, 90_071_992_547_409]]);
    }
  });

  it.each<[string, unknown, string]>([
    ['a fraction of a fen', 100.5, '不能有小数'],
    ['a float of yuan', 0.1, '不能有小数'],
    ['a negative amount', -100, '大于 0'],
    ['zero', 0, '大于 0'],
    ['an absurd amount', 100_000_000_000_001, '金额过大'],
    ['a string', '1000', '整数'],
  ])('refuses %s with the bilingual 400', async (_what, amountFen, zh) => {
    const refused = await host.call('POST', path(other), owner, body({ amountFen }));
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    const field = refused.body.error.fields.find((f: Json) => f.path === 'amountFen');
    expect(field.message).toContain(zh);
    expect(field.message).toMatch(/amountFen/);
  });

  it('refuses other kinds, a missing institution and a future application date', async () => {
    expect((await host.call('POST', path(other), owner, body({ kind: 'grant' }))).status).toBe(400);
    expect((await host.call('POST', path(other), owner, body({ institution: ' ' }))).status).toBe(400);
    const future = await host.call('POST', path(other), owner, body({ appliedOn: '2099-01-01' }));
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0].path).toBe('appliedOn');
  });

  it('lets only the owner unit record and change, and only the owner, coordinator and 市委金融办 read (others 403)', async () => {
    for (const caller of [outsider, COORDINATOR, financeOffice]) {
      const refused = await host.call('POST', path(other), caller, body());
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
    }
    expect((await host.call('POST', path(other), applicant, body())).status).toBe(403);
    expect((await host.call('GET', path(other), outsider)).status).toBe(403);
    expect((await host.call('GET', path(other), applicant)).status).toBe(403);
    expect((await host.call('GET', path(other))).status).toBe(401);
    expect((await host.call('GET', '/api/scenarios/00000000-0000-4000-8000-000000000000/financing', COORDINATOR)).status).toBe(404);
    const { body: made } = await host.call('POST', path(other), owner, body());
    expect((await host.call('POST', `${path(other)}/${made.id}/status`, COORDINATOR, { action: 'approve' })).status).toBe(403);
    expect((await host.call('POST', `${path(other)}/${made.id}/status`, outsider, { action: 'approve' })).status).toBe(403);
    // A financing is changed only through its own scenario.
    expect((await host.call('POST', `${path(scenario)}/${made.id}/status`, owner, { action: 'approve' })).status).toBe(404);
  });

  it('moves applied → approved → disbursed → closed, and refuses moves the flow does not allow (409)', async () => {
    const { body: made } = await host.call('POST', path(other), owner, body({ kind: 'insurance', amountFen: 50_000_00, appliedOn: '2026-01-05' }));
    const move = (action: string, on?: string) => host.call('POST', `${path(other)}/${made.id}/status`, owner, { action, ...(on ? { on } : {}) });
    expect((await move('disburse')).status).toBe(409);
    const early = await move('approve', '2026-01-01');
    expect(early.status).toBe(400);
    const approved = await move('approve', '2026-01-20');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedOn: '2026-01-20' });
    expect((await move('approve')).status).toBe(409);
    expect((await move('disburse', '2026-02-01')).body).toMatchObject({ status: 'disbursed', disbursedOn: '2026-02-01' });
    const declined = await move('decline');
    expect(declined.status).toBe(409);
    expect(declined.body.error.code).toBe('FINANCING_STATUS');
    expect((await move('close', '2026-02-02')).body).toMatchObject({ status: 'closed', closedOn: '2026-02-02', disbursedOn: '2026-02-01' });
    expect((await move('close')).status).toBe(409);
    expect((await host.call('POST', `${path(other)}/${made.id}/status`, owner, { action: 'reopen' })).status).toBe(400);
  });

  it('totals by kind, domain and district in exact fen, for the coordinator and 市委金融办 only', async () => {
    const scenarioB = await registerScenario(host, {
      title: { zh: '智慧停车二期' }, domainCode: 'smart-city', ownerUnit: OWNER, ownerType: 'municipal-department', tier: 'high-value-niche', district: '渝中区', taxonomyVersion: '2026-final',
    });
    const a = await host.call('POST', path(scenarioB), owner, body({ kind: 'fund-co-investment', amountFen: 10 }));
    const b = await host.call('POST', path(scenarioB), owner, body({ kind: 'fund-co-investment', amountFen: 20 }));
    await host.call('POST', `${path(scenarioB)}/${a.body.id}/status`, owner, { action: 'approve' });
    await host.call('POST', `${path(scenarioB)}/${b.body.id}/status`, owner, { action: 'decline' });

    const totals = await host.call('GET', '/api/financing/totals', financeOffice);
    expect(totals.status).toBe(200);
    const fund = totals.body.byKind.find((g: Json) => g.key === 'fund-co-investment');
    expect(fund).toEqual({ key: 'fund-co-investment', count: 2, appliedFen: '30', approvedFen: '10', disbursedFen: '0' });
    const all = (await host.call('GET', `${path(scenario)}`, COORDINATOR)).body.items.concat((await host.call('GET', path(other), COORDINATOR)).body.items, (await host.call('GET', path(scenarioB), COORDINATOR)).body.items);
    const sum = all.reduce((total: bigint, f: Json) => total + BigInt(f.amountFen), 0n);
    expect(totals.body.overall).toMatchObject({ count: all.length, appliedFen: sum.toString() });
    expect(totals.body.byDomain.find((g: Json) => g.key === 'unmanned-systems')).toMatchObject({ count: 1, appliedFen: '90071992547409' });
    const yuzhong = totals.body.byDistrict.find((g: Json) => g.key === '渝中区');
    expect(BigInt(yuzhong.appliedFen) + 90_071_992_547_409n).toBe(sum);

    for (const overseer of [COORDINATOR, leadership, auditor]) expect((await host.call('GET', '/api/financing/totals', overseer)).status).toBe(200);
    for (const caller of [owner, outsider]) {
      const refused = await host.call('GET', '/api/financing/totals', caller);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('OUT_OF_SCOPE');
    }
    expect((await host.call('GET', '/api/financing/totals', applicant)).status).toBe(403);
  });
});
