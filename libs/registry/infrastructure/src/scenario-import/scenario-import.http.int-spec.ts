import { Workbook } from 'exceljs';
import { columnHeader, IMPORT_COLUMNS } from '@scq/registry-domain';
import { COORDINATOR, outboxEvents, person, registerScenario, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from '../opportunities/testing/registry-http.testing';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EMERGENCY = '市应急管理局';
const emergencyOfficer = person('officer', EMERGENCY, 'officer-emergency');

type Row = Partial<Record<(typeof IMPORT_COLUMNS)[number]['key'], string | number>>;

/** A workbook with the template's headers (or `headers`) and these rows from row 2 on. */
async function workbook(rows: Row[], headers: string[] = IMPORT_COLUMNS.map(columnHeader)): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('场景 Scenarios');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(IMPORT_COLUMNS.map((column) => row[column.key] ?? null));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const rescue = (title: string, more: Row = {}): Row => ({
  titleZh: title,
  domainCode: 'emergency-management',
  ownerUnit: EMERGENCY,
  ownerType: '市级部门',
  tier: '高价值小切口',
  budgetTotal: '1,000,000',
  fundingSource: '政府投资',
  newScenarioReserve: 100000,
  contactName: '张工',
  contactPhone: '023-12345678',
  ...more,
});

const bilingual = (text: string) => /[\u4e00-\u9fff]/.test(text) && /[A-Za-z]{3,}/.test(text);

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('scenario import (批量导入) over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'scenario_import');
  });
  afterAll(() => host?.close());

  const upload = async (file: Buffer, as: Record<string, string>, query = 'mode=dry-run', contentType = XLSX) => {
    const response = await fetch(`${host.url}/api/scenarios/import?${query}`, { method: 'POST', headers: { 'content-type': contentType, ...as }, body: file });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Json) : null, summary: response.headers.get('x-audit-summary') };
  };
  const problemsOf = (report: Json, row: number) => report.rows.find((r: Json) => r.row === row).problems.map((p: Json) => [p.code, p.severity, p.column]);
  const registered = () => outboxEvents(host, 'registry.scenario.registered');

  it('serves a template with bilingual headers, drop-downs and the taxonomy, which reads back (empty: no rows)', async () => {
    const response = await fetch(`${host.url}/api/scenarios/import/template`, { headers: emergencyOfficer });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const file = Buffer.from(await response.arrayBuffer());
    const book = new Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['场景 Scenarios', '领域 Domains', '单位 Units']);
    const [scenarios, domains, units] = book.worksheets;
    expect((scenarios.getRow(1).values as unknown[]).slice(1)).toEqual(IMPORT_COLUMNS.map(columnHeader));
    expect(scenarios.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: [`'领域 Domains'!$B$2:$B$44`] });
    expect(scenarios.getCell('F2').dataValidation).toMatchObject({ type: 'list', formulae: ['"市级部门,区县,市属国企,企业,高校院所"'] });
    expect(domains.rowCount).toBe(1 + 22 + 21);
    expect(domains.getRow(2).values).toEqual(expect.arrayContaining(['2025-draft']));
    expect(units.rowCount).toBeGreaterThan(20);

    const empty = await upload(file, emergencyOfficer);
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('NO_ROWS');

    const filled = await upload(await (async () => {
      scenarios.getRow(2).values = IMPORT_COLUMNS.map((column) => rescue('模板导入：城市内涝预警')[column.key] ?? null);
      return Buffer.from(await book.xlsx.writeBuffer());
    })(), emergencyOfficer);
    expect(filled.status).toBe(200);
    expect(filled.body.rows).toEqual([expect.objectContaining({ row: 2, status: 'valid', problems: [] })]);
  });

  it('dry run: every row’s problems in words, by row and column, and nothing stored', async () => {
    await registerScenario(host, { title: { zh: '已登记：危化品运输监测' }, domainCode: 'emergency-management', ownerUnit: EMERGENCY, ownerType: 'municipal-department', tier: 'high-value-niche' });
    const scenariosBefore = await host.count('scenario');
    const eventsBefore = (await registered()).length;
    const file = await workbook([
      rescue('地震应急指挥'),
      rescue('太空采矿', { domainCode: 'space-mining' }),
      rescue('无名单位场景', { ownerUnit: '市不存在局' }),
      rescue('预留不足的场景', { newScenarioReserve: 10000 }),
      rescue('物流场景', { domainCode: 'smart-logistics' }),
      rescue('已登记：危化品运输监测', { budgetTotal: '', fundingSource: '', newScenarioReserve: '' }),
      rescue('地震 应急指挥'),
      rescue('', { tier: '超大型' }),
    ]);
    const { status, body, summary } = await upload(file, COORDINATOR);
    expect(status).toBe(200);
    expect(body.mode).toBe('dry-run');
    expect(problemsOf(body, 2)).toEqual([]);
    expect(problemsOf(body, 3)).toEqual([['UNKNOWN_DOMAIN', 'error', 'domainCode']]);
    expect(problemsOf(body, 4)).toEqual([['UNKNOWN_UNIT', 'error', 'ownerUnit']]);
    expect(problemsOf(body, 5)).toEqual([['RESERVE_BELOW_MINIMUM', 'warning', 'newScenarioReserve']]);
    expect(problemsOf(body, 6)).toEqual([['UNIT_NOT_RESPONSIBLE', 'warning', 'ownerUnit']]);
    expect(problemsOf(body, 7)).toEqual([['DUPLICATE_SCENARIO', 'error', 'titleZh']]);
    expect(problemsOf(body, 8)).toEqual([['DUPLICATE_ROW', 'error', 'titleZh']]);
    expect(problemsOf(body, 9)).toEqual(expect.arrayContaining([['INVALID_VALUE', 'error', 'titleZh'], ['INVALID_VALUE', 'error', 'tier']]));
    expect(body.rows.map((r: Json) => r.status)).toEqual(['valid', 'refused', 'refused', 'valid', 'valid', 'refused', 'refused', 'refused']);
    for (const row of body.rows) for (const problem of row.problems) expect({ row: row.row, message: problem.message, bilingual: bilingual(problem.message) }).toMatchObject({ bilingual: true });
    expect(body.rows.find((r: Json) => r.row === 5).problems[0].message).toContain('1%');
    expect(body.rows.find((r: Json) => r.row === 8).problems[0].message).toContain('第 2 行');
    expect(body.rows[0].scenario).toMatchObject({ title: { zh: '地震应急指挥' }, ownerType: 'municipal-department', budget: { totalFen: 100_000_000, fundingSource: 'government-investment', newScenarioReserveFen: 10_000_000 }, contacts: [{ name: '张工', phone: '023-12345678' }] });
    expect(body.summary).toEqual({ rows: 8, valid: 3, refused: 5, warnings: 2, imported: 0 });
    expect(JSON.parse(summary ?? 'null')).toEqual({ mode: 'dry-run', rows: 8, imported: 0, refused: 5 });
    expect(await host.count('scenario')).toBe(scenariosBefore);
    expect(await registered()).toHaveLength(eventsBefore);
  });

  it('commit: the valid rows in one transaction, each announced in the outbox; the same file again imports nothing', async () => {
    const file = await workbook([rescue('森林火险监测'), rescue('尾矿库监测', { domainCode: 'mine-safety' }), rescue('未知领域', { domainCode: 'space-mining' })]);
    const before = await host.count('scenario');
    const { status, body, summary } = await upload(file, COORDINATOR, 'mode=commit');
    expect(status).toBe(200);
    expect(body.rows.map((r: Json) => r.status)).toEqual(['imported', 'imported', 'refused']);
    expect(body.summary).toMatchObject({ rows: 3, imported: 2, refused: 1 });
    expect(JSON.parse(summary ?? 'null')).toEqual({ mode: 'commit', rows: 3, imported: 2, refused: 1 });
    const ids = body.rows.filter((r: Json) => r.scenarioId).map((r: Json) => r.scenarioId);
    expect(await host.count('scenario')).toBe(before + 2);
    expect((await registered()).filter((event: Json) => ids.includes(event.scenarioId)).map((event: Json) => event.title.zh)).toEqual(['森林火险监测', '尾矿库监测']);
    const { rows: transactions } = await host.db.query<{ xmin: string }>('SELECT DISTINCT xmin::text AS xmin FROM registry.scenario WHERE id = ANY($1::uuid[])', [ids]);
    expect(transactions).toHaveLength(1);
    const stored = await host.call('GET', `/api/scenarios/${ids[0]}`, COORDINATOR);
    expect(stored.body).toMatchObject({ ownerUnit: EMERGENCY, registeredBy: 'coordinator-1', registeredOnBehalf: true, budgetReserve: { belowMinimum: false } });

    const again = await upload(file, COORDINATOR, 'mode=commit');
    expect(again.body.summary).toMatchObject({ imported: 0, refused: 3 });
    expect(problemsOf(again.body, 2)).toEqual([['DUPLICATE_SCENARIO', 'error', 'titleZh']]);
    expect(await host.count('scenario')).toBe(before + 2);
  });

  it('all-or-nothing: a file with a problem imports nothing (422 naming each row and column)', async () => {
    const before = await host.count('scenario');
    const { status, body, summary } = await upload(await workbook([rescue('有效的场景甲'), rescue('无效的场景乙', { domainCode: 'space-mining' })]), COORDINATOR, 'mode=commit&allOrNothing=true');
    expect(status).toBe(422);
    expect(body.error.code).toBe('IMPORT_HAS_PROBLEMS');
    expect(bilingual(body.error.message)).toBe(true);
    expect(body.error.fields).toEqual([{ path: 'rows.3.domainCode', message: expect.stringContaining('space-mining') }]);
    expect(JSON.parse(summary ?? 'null')).toEqual({ mode: 'commit', rows: 2, imported: 0, refused: 1 });
    expect(await host.count('scenario')).toBe(before);
  });

  it('an officer imports for their own unit only; roles that do not register cannot import', async () => {
    const before = await host.count('scenario');
    const file = await workbook([rescue('本单位场景'), rescue('他单位场景', { ownerUnit: '市经济信息委', domainCode: 'digital-economy' })]);
    const { body } = await upload(file, emergencyOfficer, 'mode=commit');
    expect(body.rows.map((r: Json) => r.status)).toEqual(['imported', 'refused']);
    expect(problemsOf(body, 3)).toEqual([['NOT_OWN_UNIT', 'error', 'ownerUnit']]);
    expect(body.rows[1].problems[0].message).toContain('市经济信息委');
    expect(await host.count('scenario')).toBe(before + 1);

    for (const as of [person('applicant', null), person('leadership', null), {}]) {
      const refused = await upload(file, as, 'mode=dry-run');
      expect(refused.status).toBe(Object.keys(as).length === 0 ? 401 : 403);
      expect(bilingual(refused.body.error.message)).toBe(true);
    }
    expect((await fetch(`${host.url}/api/scenarios/import/template`, { headers: person('applicant', null) })).status).toBe(403);
  });

  it('refuses bad files in words: not a workbook, not a spreadsheet type, too big, too many rows, missing columns, no mode', async () => {
    const cases: Array<[string, Promise<{ status: number; body: Json }>, number, string]> = [
      ['not xlsx', upload(Buffer.from('title,domain\n地震,emergency-management\n'), COORDINATOR), 400, 'NOT_XLSX'],
      ['zip that is no workbook', upload(Buffer.from('PK\u0003\u0004 not really a zip'), COORDINATOR), 400, 'NOT_XLSX'],
      ['csv content type', upload(await workbook([rescue('甲')]), COORDINATOR, 'mode=dry-run', 'text/csv'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['too big', upload(Buffer.alloc(5 * 1024 * 1024 + 1, 1), COORDINATOR), 413, 'PAYLOAD_TOO_LARGE'],
      ['too many rows', upload(await workbook(Array.from({ length: 2001 }, (_, n) => ({ titleZh: `场景${n}` }))), COORDINATOR), 400, 'TOO_MANY_ROWS'],
      ['missing columns', upload(await workbook([{ titleZh: '甲' }], ['场景名称 Title (zh)', 'Owner unit']), COORDINATOR), 400, 'MISSING_COLUMNS'],
      ['no mode', upload(await workbook([rescue('甲')]), COORDINATOR, ''), 400, 'VALIDATION_FAILED'],
      ['empty body', upload(Buffer.alloc(0), COORDINATOR), 400, 'EMPTY_UPLOAD'],
    ];
    for (const [name, pending, status, code] of cases) {
      const { status: answered, body } = await pending;
      expect({ name, status: answered, code: body?.error?.code }).toEqual({ name, status, code });
      expect({ name, bilingual: bilingual(body.error.message) }).toEqual({ name, bilingual: true });
    }
    const missing = await upload(await workbook([{ titleZh: '甲' }], ['场景名称 Title (zh)', 'Owner unit']), COORDINATOR);
    expect(missing.body.error.fields.map((f: Json) => f.path)).toEqual(['domainCode', 'ownerType', 'tier']);
  });
});
