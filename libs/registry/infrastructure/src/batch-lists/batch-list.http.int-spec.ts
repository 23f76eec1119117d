import { Workbook } from 'exceljs';
import { InProcessMessageBus, SERVICE_DATABASE } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { encodeCursor, type Database, type DatabaseLocation } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase } from '@scq/platform-testing';
import { RegistryModule } from '../registry.module';

/**
 * The batch-list API over HTTP, hosted in-process with the registry: on PostgreSQL (a database of its own) and on
 * PGlite, the same suite. Scenarios are registered through the API; a scenario "changing" after publication is an
 * UPDATE of its row, as the stage read model or a correction would do.
 */
const engines: Array<[string, () => Promise<{ location: DatabaseLocation; drop(): Promise<void> }>]> = [
  [
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase('batch_lists');
      return { location: { url: database.url }, drop: () => database.drop() };
    },
  ],
  ['PGlite', async () => ({ location: { pgliteDataDir: 'memory://' }, drop: async () => undefined })],
];

type Caller = Record<string, string>;
const COORDINATOR: Caller = callerHeaders({ id: 'ndrc-1', roles: ['coordinator'], unit: '市发展改革委' });
const ADMIN: Caller = callerHeaders({ id: 'admin-1', roles: ['admin'] });
const OFFICER: Caller = callerHeaders({ id: 'officer-1', roles: ['officer'], unit: 'urban-management-bureau' });
const ANONYMOUS: Caller = {};

// Response bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = { status: number; body: any; headers: Headers; bytes: Buffer };

describe.each(engines)('batch lists HTTP API on %s', (_engine, open) => {
  let host: RunningHost;
  let db: Database;
  let drop: () => Promise<void>;
  const scenarios: Record<'drone' | 'logistics' | 'clinic' | 'water', string> = { drone: '', logistics: '', clinic: '', water: '' };

  async function call(method: string, path: string, options: { as?: Caller; body?: unknown } = {}): Promise<Reply> {
    const response = await fetch(`${host.url}${path}`, {
      method,
      headers: { ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(options.as ?? COORDINATOR) },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    const body = type.includes('json') && bytes.length > 0 ? JSON.parse(bytes.toString('utf8')) : bytes.toString('utf8');
    return { status: response.status, body, headers: response.headers, bytes };
  }

  async function register(zh: string, domainCode: string, ownerUnit: string, extra: object = {}): Promise<string> {
    // The coordinator registers on behalf of each unit (an officer only for their own).
    const reply = await call('POST', '/api/scenarios', {
      as: COORDINATOR,
      body: { title: { zh, en: `${domainCode} scenario` }, domainCode, ownerUnit, ownerType: 'municipal-department', tier: 'high-value-niche', ...extra },
    });
    expect(reply.status).toBe(201);
    return reply.body.id;
  }

  async function recognise(...ids: string[]): Promise<void> {
    await db.query(`UPDATE registry.scenario SET stage = 'recognition.recognized', stage_sequence = 4 WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async function setStage(id: string, stage: string, sequence: number): Promise<void> {
    await db.query(`UPDATE registry.scenario SET stage = $2, stage_sequence = $3 WHERE id = $1`, [id, stage, sequence]);
  }

  /** The `registry.batch-list.published` events in the registry's outbox, oldest first. */
  async function publishedEvents(): Promise<Array<{ listId: string; revision: number; added: string[]; removed: string[]; reason: string | null; scenarioIds: string[] }>> {
    const { rows } = await db.query<{ payload: string }>(`SELECT payload FROM registry.outbox WHERE event_type = 'registry.batch-list.published' ORDER BY seq`);
    return rows.map((row) => JSON.parse(row.payload).data);
  }

  async function countLists(): Promise<number> {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM registry.batch_list');
    return rows[0].n;
  }

  async function countItems(): Promise<number> {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM registry.batch_list_item');
    return rows[0].n;
  }

  const header = (number: string, extra: object = {}) => ({ number, title: { zh: `${number} 应用场景项目清单`, en: `Application scenarios ${number}` }, issueDate: '2026-04-01', ...extra });

  beforeAll(async () => {
    const target = await open();
    drop = target.drop;
    host = await bootstrapHost({
      name: 'batch-lists-test',
      logger: createLogger('batch-lists-test', 'warn'),
      bus: new InProcessMessageBus(),
      port: 0,
      host: '127.0.0.1',
      modules: [RegistryModule.register({ database: target.location })],
    });
    db = host.app.get<Database>(SERVICE_DATABASE, { strict: false });
    scenarios.drone = await register('无人机城市巡检', 'unmanned-systems', '市城市管理局');
    scenarios.logistics = await register('智慧物流园区无人配送', 'smart-logistics', '市政府口岸物流办');
    scenarios.clinic = await register('远程医疗社区诊室', 'healthcare', '市卫生健康委', { district: '渝北区' });
    scenarios.water = await register('智慧水务管网监测', 'smart-water', '市水利局');
    // Only recognised scenarios go on a list: the workflow's report of recognition, as the stage read model keeps it.
    await recognise(...Object.values(scenarios));
  }, 60_000);

  afterAll(async () => {
    await host?.close();
    await drop?.();
  });

  describe('drafting', () => {
    it('creates a draft with its first items; the issuing unit defaults to 市发展改革委 and the year to the number’s', async () => {
      const created = await call('POST', '/api/batch-lists', {
        body: { ...header('渝场景〔2026〕1号'), items: [{ scenarioId: scenarios.drone, category: '场景机会', note: '首批开放' }, { scenarioId: scenarios.logistics }] },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        number: '渝场景〔2026〕1号',
        title: { zh: '渝场景〔2026〕1号 应用场景项目清单', en: 'Application scenarios 渝场景〔2026〕1号' },
        issuingUnit: '市发展改革委',
        issueDate: '2026-04-01',
        year: 2026,
        revision: 1,
        revisionOf: null,
        status: 'draft',
        version: 1,
        createdBy: 'ndrc-1',
        snapshots: 'preview',
        itemCount: 2,
      });
      // A draft shows what publishing would capture.
      expect(created.body.items).toEqual([
        expect.objectContaining({ position: 1, scenarioId: scenarios.drone, note: '首批开放', category: '场景机会', snapshot: expect.objectContaining({ title: { zh: '无人机城市巡检', en: 'unmanned-systems scenario' }, stage: 'recognition.recognized' }) }),
        expect.objectContaining({ position: 2, scenarioId: scenarios.logistics, note: null, snapshot: expect.objectContaining({ ownerUnit: '市政府口岸物流办' }) }),
      ]);
      const stored = await db.query<{ snapshot: unknown }>('SELECT snapshot FROM registry.batch_list_item WHERE list_id = $1', [created.body.id]);
      expect(stored.rows.map((row) => row.snapshot)).toEqual([null, null]);
    });

    it('refuses invalid input with a 400 naming each field, and stores nothing', async () => {
      const before = await countLists();
      const invalid = await call('POST', '/api/batch-lists', { body: { title: { en: 'no zh' }, issueDate: '2026-02-30', year: 1999 } });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error.code).toBe('VALIDATION_FAILED');
      expect(invalid.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['issueDate', 'number', 'title.zh', 'year']);

      const mismatch = await call('POST', '/api/batch-lists', { body: header('渝场景〔2026〕9号', { year: 2025 }) });
      expect(mismatch.status).toBe(400);
      expect(mismatch.body.error.fields).toEqual([{ path: 'year', message: expect.stringContaining('2026') }]);

      const unknown = '00000000-0000-4000-8000-000000000000';
      const unknownScenario = await call('POST', '/api/batch-lists', { body: { ...header('渝场景〔2026〕9号'), items: [{ scenarioId: scenarios.drone }, { scenarioId: unknown }] } });
      expect(unknownScenario.status).toBe(400);
      expect(unknownScenario.body.error.fields).toEqual([{ path: 'items.1.scenarioId', message: `场景不存在 unknown scenario ${unknown}` }]);

      const duplicate = await call('POST', '/api/batch-lists', {
        body: { ...header('渝场景〔2026〕9号'), items: [{ scenarioId: scenarios.drone }, { scenarioId: scenarios.water }, { scenarioId: scenarios.drone }] },
      });
      expect(duplicate.status).toBe(400);
      expect(duplicate.body.error.fields).toEqual([{ path: 'items.2.scenarioId', message: expect.stringContaining('duplicate scenario') }]);

      const malformed = await fetch(`${host.url}/api/batch-lists`, { method: 'POST', headers: { 'content-type': 'application/json', ...COORDINATOR }, body: '{"number":' });
      expect(malformed.status).toBe(400);
      expect(await countLists()).toBe(before);
    });

    it('refuses a number already in use (however its brackets are typed) with a 409 on the field', async () => {
      const taken = await call('POST', '/api/batch-lists', { body: header('渝场景[2026]1号') });
      expect(taken.status).toBe(409);
      expect(taken.body.error).toMatchObject({ code: 'NUMBER_TAKEN', fields: [{ path: 'number', message: expect.any(String) }] });
    });

    it('lets only the coordinator or an admin create lists: 403 with the reason, 401 without a valid token, nothing stored', async () => {
      const before = await countLists();
      const officer = await call('POST', '/api/batch-lists', { as: OFFICER, body: header('渝场景〔2026〕8号') });
      expect(officer.status).toBe(403);
      // The route's policy names the roles that may (coordinator, admin): the AccessGuard refuses the rest.
      expect(officer.body.error.code).toBe('FORBIDDEN_ROLE');
      expect(officer.body.error.message).toMatch(/officer[\s\S]*coordinator, admin/);
      // The caller is refused before the body is looked at.
      expect((await call('POST', '/api/batch-lists', { as: OFFICER, body: { nonsense: true } })).status).toBe(403);
      expect((await call('POST', '/api/batch-lists', { as: ANONYMOUS, body: header('渝场景〔2026〕8号') })).status).toBe(401);
      // Zero trust: a token naming a role the gateway never grants is refused, and identity headers without a token name nobody.
      const unknownRole = await call('POST', '/api/batch-lists', { as: callerHeaders({ id: 'x', roles: ['system'] }), body: header('渝场景〔2026〕8号') });
      expect(unknownRole.status).toBe(401);
      expect(unknownRole.body.error.code).toBe('TOKEN_INVALID');
      const forged = await call('POST', '/api/batch-lists', { as: { 'x-user-id': 'ndrc-1', 'x-user-roles': 'coordinator', 'x-user-unit': encodeURIComponent('市发展改革委') }, body: header('渝场景〔2026〕8号') });
      expect(forged.status).toBe(401);
      expect(forged.body.error.code).toBe('UNAUTHENTICATED');
      expect(await countLists()).toBe(before);
      const admin = await call('POST', '/api/batch-lists', { as: ADMIN, body: header('渝场景〔2026〕8号') });
      expect(admin.status).toBe(201);
      expect((await call('DELETE', `/api/batch-lists/${admin.body.id}`, { as: ADMIN })).status).toBe(204);
      expect((await call('GET', `/api/batch-lists/${admin.body.id}`)).status).toBe(404);
    });

    it('edits a draft: items added, edited and removed, the header replaced, version-checked', async () => {
      const draft = (await call('POST', '/api/batch-lists', { body: header('渝场景〔2026〕2号') })).body;
      const added = await call('POST', `/api/batch-lists/${draft.id}/items`, { body: { scenarioId: scenarios.clinic, note: '社区试点' } });
      expect(added.status).toBe(201);
      expect(added.body.items).toEqual([expect.objectContaining({ scenarioId: scenarios.clinic, note: '社区试点' })]);

      const again = await call('POST', `/api/batch-lists/${draft.id}/items`, { body: { scenarioId: scenarios.clinic } });
      expect(again.status).toBe(400);
      expect(again.body.error.fields).toEqual([{ path: 'scenarioId', message: expect.stringContaining('duplicate scenario') }]);
      const unknown = await call('POST', `/api/batch-lists/${draft.id}/items`, { body: { scenarioId: '00000000-0000-4000-8000-000000000001' } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.fields).toEqual([{ path: 'scenarioId', message: expect.stringContaining('unknown scenario') }]);
      const invalid = await call('POST', `/api/batch-lists/${draft.id}/items`, { body: { scenarioId: 'x', note: '' } });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['scenarioId', 'note']);
      expect((await call('POST', `/api/batch-lists/${draft.id}/items`, { as: OFFICER, body: { scenarioId: scenarios.water } })).status).toBe(403);

      await call('POST', `/api/batch-lists/${draft.id}/items`, { body: { scenarioId: scenarios.water } });
      const edited = await call('PUT', `/api/batch-lists/${draft.id}/items/${scenarios.clinic}`, { body: { note: null, category: '综合性重大场景' } });
      expect(edited.status).toBe(200);
      expect(edited.body.items[0]).toMatchObject({ scenarioId: scenarios.clinic, note: null, category: '综合性重大场景' });
      expect((await call('PUT', `/api/batch-lists/${draft.id}/items/${scenarios.drone}`, { body: { note: 'x' } })).status).toBe(404);

      const removed = await call('DELETE', `/api/batch-lists/${draft.id}/items/${scenarios.clinic}`);
      expect(removed.body.items.map((i: { scenarioId: string; position: number }) => [i.position, i.scenarioId])).toEqual([[1, scenarios.water]]);

      const put = await call('PUT', `/api/batch-lists/${draft.id}`, { body: { ...header('渝场景〔2026〕2号'), title: { zh: '2026年第二批应用场景项目清单' }, issueDate: '2026-05-10', expectedVersion: removed.body.version } });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ title: { zh: '2026年第二批应用场景项目清单', en: null }, issueDate: '2026-05-10', itemCount: 1, version: removed.body.version + 1 });
      const stale = await call('PUT', `/api/batch-lists/${draft.id}`, { body: { ...header('渝场景〔2026〕2号'), expectedVersion: removed.body.version } });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('VERSION_MISMATCH');
      const badPut = await call('PUT', `/api/batch-lists/${draft.id}`, { body: { ...header('渝场景〔2026〕2号'), items: [{ scenarioId: scenarios.water }, { scenarioId: scenarios.water }] } });
      expect(badPut.status).toBe(400);
      expect((await call('GET', `/api/batch-lists/${draft.id}`)).body).toMatchObject({ version: put.body.version, itemCount: 1 });
    });

    it('keeps drafts from those who may not see them', async () => {
      const drafts = (await call('GET', '/api/batch-lists?status=draft')).body.items;
      expect(drafts.length).toBeGreaterThan(0);
      expect((await call('GET', `/api/batch-lists/${drafts[0].id}`, { as: OFFICER })).status).toBe(404);
      expect((await call('GET', '/api/batch-lists?status=draft', { as: ANONYMOUS })).status).toBe(403);
      expect((await call('GET', '/api/batch-lists', { as: ANONYMOUS })).body.items.filter((l: { status: string }) => l.status === 'draft')).toEqual([]);
    });
  });

  describe('publishing and immutability', () => {
    let first: { id: string; items: unknown[] };

    it('publishes only as the coordinator, capturing each scenario as it is', async () => {
      const draft = (await call('GET', '/api/batch-lists?number=' + encodeURIComponent('渝场景〔2026〕1号'))).body.items[0];
      const refused = await call('POST', `/api/batch-lists/${draft.id}/publish`, { as: OFFICER });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain('roles that may: coordinator, admin');
      expect((await call('GET', `/api/batch-lists/${draft.id}`)).body.status).toBe('draft');

      const published = await call('POST', `/api/batch-lists/${draft.id}/publish`);
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ status: 'published', publishedBy: 'ndrc-1', publishedAt: expect.any(String), snapshots: 'captured' });
      expect(published.body.items[0].snapshot).toEqual({
        title: { zh: '无人机城市巡检', en: 'unmanned-systems scenario' },
        taxonomyVersion: '2025-draft',
        aspectCode: 'new-fields-new-tracks',
        domainCode: 'unmanned-systems',
        domainName: { zh: '全空间无人体系领域', en: 'All-space unmanned systems' },
        ownerUnit: '市城市管理局',
        ownerType: 'municipal-department',
        tier: 'high-value-niche',
        district: null,
        stage: 'recognition.recognized',
      });
      first = published.body;
      // Everyone may read a published list.
      expect((await call('GET', `/api/batch-lists/${draft.id}`, { as: ANONYMOUS })).body.status).toBe('published');
      const twice = await call('POST', `/api/batch-lists/${draft.id}/publish`);
      expect(twice.status).toBe(409);
      expect(twice.body.error.code).toBe('BATCH_LIST_NOT_DRAFT');
    });

    it('refuses to publish an empty list', async () => {
      const empty = (await call('POST', '/api/batch-lists', { body: header('渝场景〔2026〕3号') })).body;
      const refused = await call('POST', `/api/batch-lists/${empty.id}/publish`, { body: {} });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('BATCH_LIST_EMPTY');
      expect((await call('DELETE', `/api/batch-lists/${empty.id}`)).status).toBe(204);
    });

    it('answers every change to a published list with 409 and a clear message, and changes nothing', async () => {
      const before = await call('GET', `/api/batch-lists/${first.id}`);
      const attempts: Array<[string, string, unknown?]> = [
        ['PUT', `/api/batch-lists/${first.id}`, header('渝场景〔2026〕1号', { title: { zh: '改标题' } })],
        ['PUT', `/api/batch-lists/${first.id}`, { nonsense: true }],
        ['DELETE', `/api/batch-lists/${first.id}`],
        ['POST', `/api/batch-lists/${first.id}/items`, { scenarioId: scenarios.water }],
        ['PUT', `/api/batch-lists/${first.id}/items/${scenarios.drone}`, { note: '改备注' }],
        ['DELETE', `/api/batch-lists/${first.id}/items/${scenarios.drone}`],
      ];
      for (const [method, path, body] of attempts) {
        const reply = await call(method, path, { body });
        expect({ method, path, status: reply.status, code: reply.body.error?.code }).toEqual({ method, path, status: 409, code: 'BATCH_LIST_PUBLISHED' });
        expect(reply.body.error.message).toMatch(/已发布，不可修改.*cannot be changed/);
      }
      expect((await call('GET', `/api/batch-lists/${first.id}`)).body).toEqual(before.body);
    });

    it('stays as published when the scenarios change afterwards', async () => {
      const before = await call('GET', `/api/batch-lists/${first.id}`);
      await db.query(`UPDATE registry.scenario SET title_zh = $2, owner_unit = $3, stage = 'operating.open', stage_sequence = 6 WHERE id = $1`, [scenarios.drone, '无人机城市巡检（二期）', '市交通运输委']);
      const after = await call('GET', `/api/batch-lists/${first.id}`);
      expect(after.body).toEqual(before.body);
      expect(after.body.items[0].snapshot).toMatchObject({ title: { zh: '无人机城市巡检' }, ownerUnit: '市城市管理局', stage: 'recognition.recognized' });
      const csv = await call('GET', `/api/batch-lists/${first.id}/export?format=csv`);
      expect(csv.body).toContain('无人机城市巡检,');
      expect(csv.body).not.toContain('二期');
    });

    it('is guarded by the database too: published rows and their items cannot be updated or deleted', async () => {
      await expect(db.query(`UPDATE registry.batch_list_item SET note = 'x' WHERE list_id = $1`, [first.id])).rejects.toThrow(/cannot be changed/);
      await expect(db.query(`UPDATE registry.batch_list SET title_zh = 'x' WHERE id = $1`, [first.id])).rejects.toThrow(/cannot be changed/);
      await expect(db.query(`DELETE FROM registry.batch_list WHERE id = $1`, [first.id])).rejects.toThrow(/cannot be deleted/);
      await expect(db.query(`INSERT INTO registry.batch_list_item (list_id, scenario_id, position) VALUES ($1, $2, 99)`, [first.id, scenarios.water])).rejects.toThrow(/cannot be changed/);
    });
  });

  describe('corrections', () => {
    let r1: string;
    let r2: string;

    it('opens a correction as a new draft revision with the same number and the items copied', async () => {
      r1 = (await call('GET', '/api/batch-lists?status=published&number=' + encodeURIComponent('渝场景〔2026〕1号'))).body.items[0].id;
      expect((await call('POST', `/api/batch-lists/${r1}/revisions`, { as: OFFICER, body: {} })).status).toBe(403);
      expect((await call('POST', `/api/batch-lists/${r1}/revisions`, { body: { reason: '' } })).status).toBe(400);
      const revision = await call('POST', `/api/batch-lists/${r1}/revisions`, { body: { reason: '更正无人机巡检场景的所属单位' } });
      expect(revision.status).toBe(201);
      r2 = revision.body.id;
      expect(revision.body).toMatchObject({ number: '渝场景〔2026〕1号', revision: 2, revisionOf: r1, revisionReason: '更正无人机巡检场景的所属单位', status: 'draft', snapshots: 'preview' });
      expect(revision.body.items.map((i: { scenarioId: string; note: string | null }) => [i.scenarioId, i.note])).toEqual([
        [scenarios.drone, '首批开放'],
        [scenarios.logistics, null],
      ]);
      // The preview shows the scenario as it is now.
      expect(revision.body.items[0].snapshot.title.zh).toBe('无人机城市巡检（二期）');

      const second = await call('POST', `/api/batch-lists/${r1}/revisions`, { body: {} });
      expect(second.status).toBe(409);
      expect(second.body.error.code).toBe('CORRECTION_IN_PROGRESS');
      expect((await call('POST', `/api/batch-lists/${r2}/revisions`)).body.error.code).toBe('BATCH_LIST_IS_DRAFT');
      const renumber = await call('PUT', `/api/batch-lists/${r2}`, { body: header('渝场景〔2026〕7号') });
      expect(renumber.status).toBe(400);
      expect(renumber.body.error.fields).toEqual([{ path: 'number', message: expect.any(String) }]);
    });

    it('diffs the correction against the revision it corrects: added, removed and changed fields', async () => {
      await call('DELETE', `/api/batch-lists/${r2}/items/${scenarios.logistics}`);
      await call('POST', `/api/batch-lists/${r2}/items`, { body: { scenarioId: scenarios.clinic, category: '场景机会' } });
      await call('PUT', `/api/batch-lists/${r2}/items/${scenarios.drone}`, { body: { note: '首批开放（更正）' } });

      const diff = await call('GET', `/api/batch-lists/${r2}/diff`);
      expect(diff.status).toBe(200);
      expect(diff.body.base).toMatchObject({ id: r1, revision: 1, status: 'published' });
      expect(diff.body.target).toMatchObject({ id: r2, revision: 2, status: 'draft' });
      expect(diff.body.snapshots).toEqual({ base: 'captured', target: 'preview' });
      expect(diff.body.summary).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 0 });
      expect(diff.body.added).toEqual([expect.objectContaining({ scenarioId: scenarios.clinic, category: '场景机会', snapshot: expect.objectContaining({ district: '渝北区' }) })]);
      expect(diff.body.removed).toEqual([expect.objectContaining({ scenarioId: scenarios.logistics, position: 2 })]);
      expect(diff.body.changed).toEqual([
        {
          scenarioId: scenarios.drone,
          position: { before: 1, after: 1 },
          changes: [
            { field: 'note', before: '首批开放', after: '首批开放（更正）' },
            { field: 'snapshot.title.zh', before: '无人机城市巡检', after: '无人机城市巡检（二期）' },
            { field: 'snapshot.ownerUnit', before: '市城市管理局', after: '市交通运输委' },
            { field: 'snapshot.stage', before: 'recognition.recognized', after: 'operating.open' },
          ],
        },
      ]);
      expect((await call('GET', `/api/batch-lists/${r2}/diff?against=1`)).body.changed).toEqual(diff.body.changed);
      expect((await call('GET', `/api/batch-lists/${r2}/diff?against=${r1}`)).body.summary).toEqual(diff.body.summary);
      // Drafts are not compared for those who may not see them; revision 1 has nothing to compare with by default.
      expect((await call('GET', `/api/batch-lists/${r2}/diff`, { as: ANONYMOUS })).status).toBe(404);
      const noBase = await call('GET', `/api/batch-lists/${r1}/diff`);
      expect(noBase.status).toBe(400);
      expect(noBase.body.error.fields).toEqual([{ path: 'against', message: expect.any(String) }]);
      expect((await call('GET', `/api/batch-lists/${r2}/diff?against=banana`)).status).toBe(400);
      expect((await call('GET', `/api/batch-lists/${r2}/diff?against=9`)).status).toBe(404);
    });

    it('publishing the correction supersedes the revision in force, which stays readable and unchanged', async () => {
      const r1Before = (await call('GET', `/api/batch-lists/${r1}`)).body;
      const published = await call('POST', `/api/batch-lists/${r2}/publish`, { body: { expectedVersion: (await call('GET', `/api/batch-lists/${r2}`)).body.version } });
      expect(published.status).toBe(200);
      expect(published.body.items[0].snapshot).toMatchObject({ title: { zh: '无人机城市巡检（二期）' }, ownerUnit: '市交通运输委' });

      const old = (await call('GET', `/api/batch-lists/${r1}`, { as: ANONYMOUS })).body;
      expect(old).toMatchObject({ status: 'superseded', supersededBy: r2, supersededAt: expect.any(String) });
      expect(old.items).toEqual(r1Before.items);
      expect((await call('POST', `/api/batch-lists/${r1}/revisions`)).body.error.code).toBe('BATCH_LIST_SUPERSEDED');
      expect((await call('PUT', `/api/batch-lists/${r1}/items/${scenarios.drone}`, { body: { note: 'x' } })).body.error.code).toBe('BATCH_LIST_SUPERSEDED');

      const revisions = await call('GET', `/api/batch-lists/${r2}/revisions`, { as: ANONYMOUS });
      expect(revisions.body.items.map((l: { revision: number; status: string; itemCount: number }) => [l.revision, l.status, l.itemCount])).toEqual([
        [1, 'superseded', 2],
        [2, 'published', 2],
      ]);
      // The published diff, for everyone.
      const diff = await call('GET', `/api/batch-lists/${r2}/diff`, { as: ANONYMOUS });
      expect(diff.body.snapshots).toEqual({ base: 'captured', target: 'captured' });
      expect(diff.body.summary).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 0 });
    });
  });

  describe('reading', () => {
    it('lists by year and status', async () => {
      const other = (await call('POST', '/api/batch-lists', { body: { ...header('渝场景〔2027〕1号', { issueDate: '2027-03-01' }), items: [{ scenarioId: scenarios.water }] } })).body;
      await call('POST', `/api/batch-lists/${other.id}/publish`);
      const in2027 = await call('GET', '/api/batch-lists?year=2027', { as: ANONYMOUS });
      expect(in2027.body.items.map((l: { number: string; itemCount: number }) => [l.number, l.itemCount])).toEqual([['渝场景〔2027〕1号', 1]]);
      const published2026 = await call('GET', '/api/batch-lists?year=2026&status=published', { as: ANONYMOUS });
      expect(published2026.body.items.map((l: { number: string; revision: number }) => [l.number, l.revision])).toEqual([['渝场景〔2026〕1号', 2]]);
      const superseded = await call('GET', '/api/batch-lists?status=superseded');
      expect(superseded.body.items.map((l: { revision: number }) => l.revision)).toEqual([1]);
      const bad = await call('GET', '/api/batch-lists?year=abc&status=archived');
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['status', 'year']);
      expect((await call('GET', '/api/batch-lists/not-a-uuid')).status).toBe(400);
      expect((await call('GET', '/api/batch-lists/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });
  });

  describe('exports', () => {
    let listId: string;
    beforeAll(async () => {
      listId = (await call('GET', '/api/batch-lists?status=published&number=' + encodeURIComponent('渝场景〔2026〕1号'))).body.items[0].id;
    });

    it('exports CSV in UTF-8 with a BOM and bilingual headers', async () => {
      const reply = await call('GET', `/api/batch-lists/${listId}/export?format=csv`, { as: ANONYMOUS });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(reply.headers.get('content-disposition')).toBe(
        `attachment; filename="batch-list-2026-1-r2.csv"; filename*=UTF-8''${encodeURIComponent('渝场景〔2026〕1号-第2版.csv')}`,
      );
      expect([...reply.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = reply.bytes.subarray(3).toString('utf8').trimEnd().split('\r\n').map((line) => line.split(','));
      expect(lines[0]).toEqual(['序号 No.', '场景名称 Scenario title', '英文名称 Title (English)', '领域 Domain', '所属单位 Owner unit', '单位类型 Owner type', '场景层级 Tier', '区县 District', '发布时阶段 Stage when published', '类别 Category', '备注 Note', '场景编号 Scenario ID']);
      expect(lines.slice(1)).toEqual([
        ['1', '无人机城市巡检（二期）', 'unmanned-systems scenario', '全空间无人体系领域', '市交通运输委', '市级部门', '高价值小切口场景', '', '开放 Open', '场景机会', '首批开放（更正）', scenarios.drone],
        // The stage label holds a comma, so the cell is quoted (and this naive split cuts it in two).
        ['2', '远程医疗社区诊室', 'healthcare scenario', expect.any(String), '市卫生健康委', '市级部门', '高价值小切口场景', '渝北区', '"认定通过，待入清单 Recognised', ' awaiting listing"', '场景机会', '', scenarios.clinic],
      ]);
    });

    it('exports XLSX with the number, date and issuing unit on top of the header row', async () => {
      const reply = await call('GET', `/api/batch-lists/${listId}/export?format=xlsx`, { as: ANONYMOUS });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(reply.headers.get('content-disposition')).toMatch(/^attachment; filename="batch-list-2026-1-r2\.xlsx"; filename\*=UTF-8''/);
      const workbook = new Workbook();
      await workbook.xlsx.load(new Uint8Array(reply.bytes).buffer);
      const sheet = workbook.getWorksheet('批次清单')!;
      const cells: string[][] = [];
      sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
      const heading = Object.fromEntries(cells.filter((row) => row[0].includes(' ') && row[2]).map((row) => [row[0], row[2]]));
      expect(heading).toMatchObject({ '批次编号 Number': '渝场景〔2026〕1号', '发布日期 Issue date': '2026-04-01', '发布单位 Issuing unit': '市发展改革委', '版本 Revision': '2（更正版 correction）' });
      expect(cells[0][0]).toBe('渝场景〔2026〕1号 应用场景项目清单');
      const headerIndex = cells.findIndex((row) => row[0] === '序号 No.');
      expect(headerIndex).toBeGreaterThan(5);
      expect(cells[headerIndex + 1].slice(0, 5)).toEqual(['1', '无人机城市巡检（二期）', 'unmanned-systems scenario', '全空间无人体系领域', '市交通运输委']);
      expect(cells[headerIndex + 2][1]).toBe('远程医疗社区诊室');
      expect(cells).toHaveLength(headerIndex + 3);
    });

    it('exports JSON: the list with its items', async () => {
      const reply = await call('GET', `/api/batch-lists/${listId}/export?format=json`, { as: ANONYMOUS });
      expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(reply.headers.get('content-disposition')).toMatch(/^attachment; filename="batch-list-2026-1-r2\.json"/);
      expect(reply.body).toMatchObject({ id: listId, number: '渝场景〔2026〕1号', revision: 2, issuingUnit: '市发展改革委', status: 'published', itemCount: 2 });
      expect(reply.body.items[1]).toMatchObject({ position: 2, scenarioId: scenarios.clinic, snapshot: { title: { zh: '远程医疗社区诊室' } } });
    });

    it('refuses unknown formats and hides drafts', async () => {
      const bad = await call('GET', `/api/batch-lists/${listId}/export?format=pdf`);
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields).toEqual([{ path: 'format', message: expect.stringContaining('csv, xlsx, json') }]);
      const draft = (await call('GET', '/api/batch-lists?status=draft')).body.items[0];
      expect((await call('GET', `/api/batch-lists/${draft.id}/export?format=csv`, { as: ANONYMOUS })).status).toBe(404);
      expect((await call('GET', `/api/batch-lists/${draft.id}/export?format=csv`)).status).toBe(200);
    });
  });

  describe('paging', () => {
    /** Every page of a list from the first, following `nextCursor`: the items in the order they came, and how many pages. */
    async function walk(path: string, limit: number, as: Caller = COORDINATOR): Promise<{ items: Array<{ id: string; revision: number; status: string }>; pages: number }> {
      const items: Array<{ id: string; revision: number; status: string }> = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const query = `${path.includes('?') ? '&' : '?'}limit=${limit}${after === null ? '' : `&after=${encodeURIComponent(after)}`}`;
        const reply = await call('GET', path + query, { as });
        expect({ path: path + query, status: reply.status }).toEqual({ path: path + query, status: 200 });
        expect(Object.keys(reply.body).sort()).toEqual(['items', 'nextCursor']);
        expect(reply.body.items.length).toBeLessThanOrEqual(limit);
        items.push(...reply.body.items);
        after = reply.body.nextCursor;
        pages++;
      } while (after !== null && pages < 100);
      expect(after).toBeNull();
      return { items, pages };
    }

    /** The ids in the order the list promises, straight from the table. */
    async function idsInListOrder(where = 'true'): Promise<string[]> {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM registry.batch_list WHERE ${where} ORDER BY year DESC, issue_date DESC, number, revision DESC`);
      return rows.map((row) => row.id);
    }

    let corrected: string[];

    beforeAll(async () => {
      // Ties at every level of the order: lists of one year and issue date, numbers with several revisions.
      const drafts: Array<[string, string]> = [
        ['渝场景〔2025〕1号', '2025-03-01'],
        ['渝场景〔2025〕2号', '2025-03-01'],
        ['渝场景〔2025〕3号', '2025-06-15'],
        ['渝场景〔2025〕4号', '2025-06-15'],
        ['渝场景〔2025〕5号', '2025-06-15'],
        ['渝场景〔2026〕10号', '2026-04-01'],
        ['渝场景〔2026〕11号', '2026-04-01'],
      ];
      for (const [number, issueDate] of drafts) {
        expect((await call('POST', '/api/batch-lists', { body: { ...header(number, { issueDate }), items: [{ scenarioId: scenarios.water }] } })).status).toBe(201);
      }
      // 〔2026〕40号: revisions 1 and 2 superseded, 3 published, 4 a draft.
      const onlyOnThisList = await register('城市生命线监测', 'smart-water', '市水利局');
      await recognise(onlyOnThisList);
      let list = (await call('POST', '/api/batch-lists', { body: { ...header('渝场景〔2026〕40号'), items: [{ scenarioId: onlyOnThisList }] } })).body;
      corrected = [list.id];
      for (let revision = 2; revision <= 4; revision++) {
        expect((await call('POST', `/api/batch-lists/${list.id}/publish`)).status).toBe(200);
        list = (await call('POST', `/api/batch-lists/${list.id}/revisions`, { body: { reason: `第 ${revision} 版更正` } })).body;
        expect(list).toMatchObject({ revision, status: 'draft' });
        corrected.push(list.id);
      }
    });

    it('walks every batch list exactly once, in list order, page by page', async () => {
      const expected = await idsInListOrder();
      expect(expected.length).toBeGreaterThan(10);
      for (const limit of [1, 2, 3, expected.length - 1, expected.length]) {
        const { items, pages } = await walk('/api/batch-lists', limit);
        expect({ limit, ids: items.map((l) => l.id) }).toEqual({ limit, ids: expected });
        expect(new Set(items.map((l) => l.id)).size).toBe(expected.length);
        // A page holds `limit` lists; a last page that would be empty is never served.
        expect({ limit, pages }).toEqual({ limit, pages: Math.ceil(expected.length / limit) });
      }
      // Without `limit`: 50 a page, so here one page with no next.
      const first = await call('GET', '/api/batch-lists');
      expect(first.body.items.map((l: { id: string }) => l.id)).toEqual(expected);
      expect(first.body.nextCursor).toBeNull();
    });

    it('pages what the caller may see, with the filters kept', async () => {
      const published = await walk('/api/batch-lists', 2, ANONYMOUS);
      expect(published.items.map((l) => l.id)).toEqual(await idsInListOrder(`status <> 'draft'`));
      expect(published.items.filter((l) => l.status === 'draft')).toEqual([]);
      const in2025 = await walk('/api/batch-lists?year=2025', 2);
      expect(in2025.items.map((l) => l.id)).toEqual(await idsInListOrder('year = 2025'));
      expect(in2025.items).toHaveLength(5);
      const superseded = await walk('/api/batch-lists?status=superseded', 1, ANONYMOUS);
      expect(superseded.items.map((l) => l.id)).toEqual(await idsInListOrder(`status = 'superseded'`));
    });

    it('walks the revisions of a list exactly once, oldest first', async () => {
      for (const limit of [1, 2, 3, 4]) {
        const { items, pages } = await walk(`/api/batch-lists/${corrected[3]}/revisions`, limit);
        expect({ limit, revisions: items.map((l) => [l.revision, l.id]) }).toEqual({ limit, revisions: corrected.map((id, i) => [i + 1, id]) });
        expect({ limit, pages }).toEqual({ limit, pages: Math.ceil(4 / limit) });
      }
      // Those who may not see drafts page through the other three, from any revision.
      for (const limit of [1, 2, 3]) {
        const { items } = await walk(`/api/batch-lists/${corrected[0]}/revisions`, limit, ANONYMOUS);
        expect(items.map((l) => [l.revision, l.status])).toEqual([
          [1, 'superseded'],
          [2, 'superseded'],
          [3, 'published'],
        ]);
      }
      const all = await call('GET', `/api/batch-lists/${corrected[1]}/revisions`);
      expect(all.body).toEqual({ items: expect.any(Array), nextCursor: null });
      expect(all.body.items).toHaveLength(4);
    });

    it('answers a garbage `after` or `limit` with 400 naming it', async () => {
      const listCursor = (await call('GET', '/api/batch-lists?limit=1')).body.nextCursor;
      const revisionCursor = (await call('GET', `/api/batch-lists/${corrected[0]}/revisions?limit=1`)).body.nextCursor;
      expect([listCursor, revisionCursor]).toEqual([expect.any(String), expect.any(String)]);
      const revisions = `/api/batch-lists/${corrected[0]}/revisions`;
      const cases: Array<[string, string]> = [
        ['/api/batch-lists?after=garbage', 'after'],
        [`/api/batch-lists?after=${encodeCursor([2026, '2026-02-30', '渝场景〔2026〕1号', 1])}`, 'after'],
        [`/api/batch-lists?after=${encodeCursor([2026, '2026-04-01', '渝场景〔2026〕1号', 'one'])}`, 'after'],
        [`/api/batch-lists?after=${encodeCursor(['2026-04-01T00:00:00.000Z', corrected[0]])}`, 'after'],
        [`/api/batch-lists?after=${revisionCursor}`, 'after'],
        [`/api/batch-lists?after=${'A'.repeat(401)}`, 'after'],
        ['/api/batch-lists?limit=0', 'limit'],
        ['/api/batch-lists?limit=201', 'limit'],
        [`${revisions}?after=garbage`, 'after'],
        [`${revisions}?after=${encodeCursor([0])}`, 'after'],
        [`${revisions}?after=${listCursor}`, 'after'],
        [`${revisions}?limit=abc`, 'limit'],
      ];
      for (const [path, field] of cases) {
        const reply = await call('GET', path);
        expect({ path, status: reply.status }).toEqual({ path, status: 400 });
        expect(reply.body.error.fields.map((f: { path: string }) => f.path)).toEqual([field]);
        expect(reply.body.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
      }
      expect((await call('GET', '/api/batch-lists?after=garbage')).body.error.fields[0].message).toMatch(/无效的分页游标.*invalid cursor/);
      expect((await call('GET', '/api/batch-lists/00000000-0000-4000-8000-000000000000/revisions?limit=1')).status).toBe(404);
    });
  });

  it('left no orphan items behind the refused requests', async () => {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM registry.batch_list_item i LEFT JOIN registry.batch_list l ON l.id = i.list_id WHERE l.id IS NULL');
    expect(rows[0].n).toBe(0);
    expect(await countItems()).toBeGreaterThan(0);
  });

  describe('listing follows recognition (issue 14)', () => {
    const lists2024 = (n: number) => header(`渝场景〔2024〕${n}号`, { issueDate: '2024-05-01' });

    it('takes only recognised scenarios into a draft, however the items are given: 409 naming the stage, nothing stored', async () => {
      const cultivating = await register('山地城市立体停车', 'smart-city', '市住房城乡建委');
      await setStage(cultivating, 'cultivating', 2);
      const neverStarted = await register('社区养老机器人', 'healthcare', '市卫生健康委');
      const rejected = await register('废弃场景', 'smart-water', '市水利局');
      await setStage(rejected, 'rejected', 3);
      const [lists, items] = [await countLists(), await countItems()];

      const created = await call('POST', '/api/batch-lists', { body: { ...lists2024(1), items: [{ scenarioId: scenarios.water }, { scenarioId: cultivating }] } });
      expect(created.status).toBe(409);
      expect(created.body.error.code).toBe('SCENARIO_NOT_RECOGNISED');
      expect(created.body.error.message).toContain('培育 Cultivating');
      expect(created.body.error.fields).toEqual([{ path: 'items.1.scenarioId', message: expect.stringContaining('培育 Cultivating') }]);

      const draft = (await call('POST', '/api/batch-lists', { body: lists2024(1) })).body;
      const added = await call('POST', `/api/batch-lists/${draft.id}/items`, { body: { scenarioId: neverStarted } });
      expect(added.status).toBe(409);
      expect(added.body.error.fields).toEqual([{ path: 'scenarioId', message: expect.stringContaining('未启动 Not started') }]);
      const put = await call('PUT', `/api/batch-lists/${draft.id}`, { body: { ...lists2024(1), items: [{ scenarioId: rejected }] } });
      expect(put.status).toBe(409);
      expect(put.body.error.fields).toEqual([{ path: 'items.0.scenarioId', message: expect.stringContaining('未通过 Rejected') }]);

      expect((await call('GET', `/api/batch-lists/${draft.id}`)).body.items).toEqual([]);
      expect((await call('DELETE', `/api/batch-lists/${draft.id}`)).status).toBe(204);
      expect([await countLists(), await countItems()]).toEqual([lists, items]);
    });

    it('announces each published revision: the first adds every scenario, a correction adds and removes with its reason', async () => {
      const first = (await call('GET', '/api/batch-lists?status=superseded&number=' + encodeURIComponent('渝场景〔2026〕1号'))).body.items[0];
      const inForce = (await call('GET', '/api/batch-lists?status=published&number=' + encodeURIComponent('渝场景〔2026〕1号'))).body.items[0];
      const events = (await publishedEvents()).filter((event) => event.listId === first.id || event.listId === inForce.id);
      expect(events).toEqual([
        expect.objectContaining({ listId: first.id, revision: 1, reason: null, scenarioIds: [scenarios.drone, scenarios.logistics], added: [scenarios.drone, scenarios.logistics], removed: [] }),
        expect.objectContaining({ listId: inForce.id, revision: 2, reason: '更正无人机巡检场景的所属单位', scenarioIds: [scenarios.drone, scenarios.clinic], added: [scenarios.clinic], removed: [scenarios.logistics] }),
      ]);
    });

    it('refuses to publish a scenario that left recognition after it was added, and keeps the draft', async () => {
      const leaving = await register('轨道交通智能巡检', 'smart-city', '市住房城乡建委');
      await recognise(leaving);
      const draft = (await call('POST', '/api/batch-lists', { body: { ...lists2024(2), items: [{ scenarioId: leaving }] } })).body;
      await setStage(leaving, 'withdrawn', 5);
      const before = (await publishedEvents()).length;
      const refused = await call('POST', `/api/batch-lists/${draft.id}/publish`);
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({ code: 'SCENARIO_NOT_RECOGNISED', fields: [{ path: 'items.0.scenarioId', message: expect.stringContaining('已撤回 Withdrawn') }] });
      expect((await call('GET', `/api/batch-lists/${draft.id}`)).body.status).toBe('draft');
      expect((await publishedEvents()).length).toBe(before);
      expect((await call('DELETE', `/api/batch-lists/${draft.id}`)).status).toBe(204);
    });

    it('keeps a scenario on one list in force, and lets a correction remove it only before it opens', async () => {
      const scenario = await register('无人机物流配送', 'unmanned-systems', '市城市管理局');
      await recognise(scenario);
      const a = (await call('POST', '/api/batch-lists', { body: { ...lists2024(3), items: [{ scenarioId: scenario }] } })).body;
      // A second draft may hold it while the first is a draft; publishing both is what is refused.
      const b = (await call('POST', '/api/batch-lists', { body: { ...lists2024(4), items: [{ scenarioId: scenario }] } })).body;
      expect((await call('POST', `/api/batch-lists/${a.id}/publish`)).status).toBe(200);
      const twice = await call('POST', `/api/batch-lists/${b.id}/publish`);
      expect(twice.status).toBe(409);
      expect(twice.body.error.code).toBe('SCENARIO_ON_ANOTHER_LIST');
      expect(twice.body.error.message).toContain('渝场景〔2024〕3号');
      expect((await call('DELETE', `/api/batch-lists/${b.id}`)).status).toBe(204);

      const correction = (await call('POST', `/api/batch-lists/${a.id}/revisions`, { body: { reason: '该场景重复申报，移出清单' } })).body;
      const other = await register('智慧园区安防巡逻', 'unmanned-systems', '市城市管理局');
      await recognise(other);
      await call('POST', `/api/batch-lists/${correction.id}/items`, { body: { scenarioId: other } });
      expect((await call('DELETE', `/api/batch-lists/${correction.id}/items/${scenario}`)).status).toBe(200);
      await setStage(scenario, 'operating.open', 6);
      const opened = await call('POST', `/api/batch-lists/${correction.id}/publish`);
      expect(opened.status).toBe(409);
      expect(opened.body.error.code).toBe('SCENARIO_ALREADY_OPEN');
      expect(opened.body.error.message).toContain('开放 Open');

      await setStage(scenario, 'listed', 7);
      expect((await call('POST', `/api/batch-lists/${correction.id}/publish`)).status).toBe(200);
      expect((await publishedEvents()).at(-1)).toMatchObject({ listId: correction.id, revision: 2, reason: '该场景重复申报，移出清单', added: [other], removed: [scenario] });
    });
  });
});
