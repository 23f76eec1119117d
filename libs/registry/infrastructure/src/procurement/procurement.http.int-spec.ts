import { Workbook } from 'exceljs';
import { COORDINATOR, person, registerScenario, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from '../opportunities/testing/registry-http.testing';

const OWNER = '市交通运输委';
const owner = person('officer', 'transport-commission', 'officer-transport');
const outsider = person('officer', '市林业局', 'officer-forestry');
const applicant = person('applicant', null, 'enterprise-1');

const robot = { productName: '智能巡检机器人', kind: 'equipment', level: 'municipal', year: 2025, number: 'CQ-2025-0123', holder: '重庆某机器人有限公司' };
const software = { productName: '交通调度平台 V3', kind: 'software', level: 'national', year: 2024, number: 'SB-2024-77' };

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('procurement route and 首台(套) links over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  let tender: Json;
  let consultation: Json;
  let enterprise: Json;
  let none: Json;

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'procurement');
    const base = { ownerUnit: OWNER, ownerType: 'municipal-department', tier: 'high-value-niche', taxonomyVersion: '2026-final', domainCode: 'smart-city', district: '渝中区' };
    tender = await registerScenario(host, { ...base, title: { zh: '轨道交通智能巡检' } });
    consultation = await registerScenario(host, { ...base, title: { zh: '公交智能调度' } });
    enterprise = await registerScenario(host, { ...base, title: { zh: '=园区物流配送' } });
    none = await registerScenario(host, { ...base, title: { zh: '停车诱导' } });
  });
  afterAll(() => host?.close());

  const path = (s: Json) => `/api/scenarios/${s.id}/procurement`;

  it('records 政府采购 with its method and the 首台(套) recognitions, and answers them to whoever reads the scenario', async () => {
    const saved = await host.call('PUT', path(tender), owner, { route: 'government', method: 'public-tender', firstSetRecognitions: [robot] });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ scenarioId: tender.id, route: 'government', method: 'public-tender', firstSetRecognitions: [robot], updatedBy: 'officer-transport' });
    expect((await host.call('GET', path(tender), COORDINATOR)).body.procurement).toMatchObject({ method: 'public-tender', firstSetRecognitions: [robot] });
    expect((await host.call('GET', path(none), owner)).body).toEqual({ procurement: null });

    // A change replaces the record (the coordinator acts for every unit).
    const changed = await host.call('PUT', path(consultation), COORDINATOR, { route: 'government', method: 'competitive-consultation', firstSetRecognitions: [software, robot] });
    expect(changed.status).toBe(200);
    expect((await host.call('PUT', path(enterprise), owner, { route: 'enterprise', note: '企业自筹' })).body).toMatchObject({ route: 'enterprise', method: null, firstSetRecognitions: [] });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['政府采购 without a method', { route: 'government' }, 'method'],
    ['a method for a non-government route', { route: 'enterprise', method: 'single-source' }, 'method'],
    ['an unknown method', { route: 'government', method: 'auction' }, 'method'],
    ['an unknown route', { route: 'barter' }, 'route'],
    ['a recognition without a number', { route: 'other', firstSetRecognitions: [{ ...robot, number: ' ' }] }, 'firstSetRecognitions.0.number'],
    ['a recognition of an unknown level', { route: 'other', firstSetRecognitions: [{ ...robot, level: 'county' }] }, 'firstSetRecognitions.0.level'],
    ['a fractional year', { route: 'other', firstSetRecognitions: [{ ...robot, year: 2025.5 }] }, 'firstSetRecognitions.0.year'],
    ['the same recognition twice', { route: 'other', firstSetRecognitions: [robot, { ...robot, productName: '别名' }] }, 'firstSetRecognitions.1.number'],
  ])('refuses %s with a bilingual 400 naming the field', async (_what, body, field) => {
    const refused = await host.call('PUT', path(none), owner, body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    const named = refused.body.error.fields.find((f: Json) => f.path === field);
    expect(named?.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
    expect((await host.call('GET', path(none), owner)).body.procurement).toBeNull();
  });

  it('lets only whoever acts for the owner unit record (others 403), and 404s an unknown scenario', async () => {
    for (const caller of [outsider, applicant]) expect((await host.call('PUT', path(none), caller, { route: 'other' })).status).toBe(403);
    expect((await host.call('PUT', path(none), undefined, { route: 'other' })).status).toBe(401);
    expect((await host.call('PUT', '/api/scenarios/00000000-0000-4000-8000-000000000000/procurement', COORDINATOR, { route: 'other' })).status).toBe(404);
    // The outsider does not read an unpublished scenario of another unit, nor its procurement.
    expect((await host.call('GET', path(tender), outsider)).status).toBe(403);
  });

  it('filters the scenario list and the search by method, route and 首台(套) reliance', async () => {
    const ids = async (query: string, caller = COORDINATOR) => {
      const listed = await host.call('GET', `/api/scenarios?limit=100&${query}`, caller);
      expect(listed.status).toBe(200);
      return listed.body.items.map((s: Json) => s.id).sort();
    };
    expect(await ids('procurementMethod=public-tender')).toEqual([tender.id]);
    expect(await ids('procurementRoute=government')).toEqual([tender.id, consultation.id].sort());
    expect(await ids('firstSet=true')).toEqual([tender.id, consultation.id].sort());
    expect(await ids('firstSet=false')).toEqual([enterprise.id, none.id].sort());
    expect(await ids('procurementRoute=enterprise&firstSet=false')).toEqual([enterprise.id]);
    expect(await ids('firstSet=true', outsider)).toEqual([]);
    const bad = await host.call('GET', '/api/scenarios?procurementMethod=auction', COORDINATOR);
    expect(bad.status).toBe(400);
    expect((await host.call('GET', '/api/scenarios?firstSet=yes', COORDINATOR)).status).toBe(400);

    const searched = await host.call('GET', '/api/search/scenarios?firstSet=true&procurementMethod=competitive-consultation', COORDINATOR);
    expect(searched.status).toBe(200);
    expect(searched.body.items.map((s: Json) => s.id)).toEqual([consultation.id]);
    const counts = await host.call('GET', '/api/search/scenarios/stage-counts?firstSet=true', COORDINATOR);
    expect(counts.body.total).toBe(2);
  });

  it('exports the filtered scenarios as CSV and XLSX with the procurement and 首台(套) columns', async () => {
    const csv = await fetch(`${host.url}/api/scenarios/export?firstSet=true`, { headers: COORDINATOR });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="scenarios-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toContain('采购途径 Procurement route,政府采购方式 Procurement method,首台(套)认定数 First-set recognitions,首台(套)认定 First-set products');
    expect(lines).toHaveLength(3);
    const row = lines.find((line) => line.startsWith(tender.id));
    expect(row).toContain(',政府采购,公开招标,1,智能巡检机器人（重庆市级 首台(套)重大技术装备 2025 CQ-2025-0123）');
    expect(lines.find((line) => line.startsWith(consultation.id))).toContain(',政府采购,竞争性磋商,2,');

    const all = await (await fetch(`${host.url}/api/scenarios/export?procurementRoute=enterprise`, { headers: COORDINATOR })).text();
    // A title that looks like a formula stays text.
    expect(all).toContain(`${enterprise.id},'=园区物流配送,`);

    const xlsx = await fetch(`${host.url}/api/scenarios/export?format=xlsx&procurementMethod=public-tender`, { headers: COORDINATOR });
    expect(xlsx.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(2);
    const values = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(values).toEqual([tender.id, '轨道交通智能巡检', 'smart-city', OWNER, '渝中区', 'high-value-niche', '未启动 Not started', '政府采购', '公开招标', 1, expect.stringContaining('CQ-2025-0123')]);

    // An outsider exports only what they read; a bad format is 400.
    expect((await (await fetch(`${host.url}/api/scenarios/export`, { headers: outsider })).text()).trimEnd().split('\r\n')).toHaveLength(1);
    expect((await fetch(`${host.url}/api/scenarios/export?format=pdf`, { headers: COORDINATOR })).status).toBe(400);
  });

  it('exports a search as the board asks for it: text and filters, in the search’s order, only what the caller reads', async () => {
    const lines = async (query: string, caller = COORDINATOR) => {
      const answer = await fetch(`${host.url}/api/search/scenarios/export?${query}`, { headers: caller });
      expect(answer.status).toBe(200);
      return Buffer.from(await answer.arrayBuffer()).subarray(3).toString('utf8').trimEnd().split('\r\n');
    };
    const ids = (rows: string[]) => rows.slice(1).map((line) => line.slice(0, 36));
    expect(ids(await lines(`q=${encodeURIComponent('智能')}&domain=smart-city`))).toEqual([consultation.id, tender.id]);
    expect(ids(await lines('firstSet=true&sort=oldest'))).toEqual([tender.id, consultation.id]);
    expect(ids(await lines(`q=${encodeURIComponent('停车')}`))).toEqual([none.id]);
    expect(await lines('domain=smart-city', outsider)).toHaveLength(1);
    const xlsx = await fetch(`${host.url}/api/search/scenarios/export?format=xlsx&procurementMethod=public-tender`, { headers: COORDINATOR });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const bad = await fetch(`${host.url}/api/search/scenarios/export?format=pdf&limit=5`, { headers: COORDINATOR });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.message).toMatch(/未知的查询参数 unknown query parameters: limit|format/);
  });

  it('answers the procurement routes and methods as reference data', async () => {
    const methods = await host.call('GET', '/api/registry/procurement-methods', applicant);
    expect(methods.status).toBe(200);
    expect(methods.body.methods.map((m: Json) => m.zh)).toEqual(['公开招标', '邀请招标', '竞争性谈判', '竞争性磋商', '单一来源采购', '询价', '框架协议采购', '合作创新采购']);
    expect(methods.body.routes.map((r: Json) => r.code)).toEqual(['government', 'state-owned-enterprise', 'enterprise', 'other']);
  });
});
