import { InProcessMessageBus, SERVICE_DATABASE } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { encodeCursor, type Database, type DatabaseLocation } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { RegistryModule } from '../registry.module';

/** The search and duplicate APIs as the registry serves them (the module with all its features), on both engines. */
const engines: Array<[string, () => Promise<{ location: DatabaseLocation; drop: () => Promise<void> }>]> = [
  ['PGlite', async () => ({ location: { pgliteDataDir: 'memory://' }, drop: async () => undefined })],
  [
    'PostgreSQL',
    async () => {
      const postgres: TestDatabase = await createTestDatabase('registry_search_http');
      return { location: { url: postgres.url }, drop: () => postgres.drop() };
    },
  ],
];

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { status: number; body: any };

/** Scenarios, search and duplicates are read by signed-in callers only (anyone signed in: leadership, here). */
const READER = callerHeaders({ id: 'reader-1', roles: ['leadership'] });
const ANONYMOUS: Record<string, string> = {};

describe.each(engines)('search and duplicates HTTP API on %s', (_engine, open) => {
  let host: RunningHost;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const opened = await open();
    drop = opened.drop;
    host = await bootstrapHost({
      name: 'registry-search-test',
      logger: createLogger('registry-search-test', 'warn'),
      bus: new InProcessMessageBus(),
      port: 0,
      host: '127.0.0.1',
      modules: [RegistryModule.register({ database: opened.location })],
    });
  });
  afterAll(async () => {
    await host?.close();
    await drop?.();
  });

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = READER): Promise<Answer> => {
    const response = await fetch(`${host.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json() };
  };
  const get = (path: string, headers: Record<string, string> = READER) => call('GET', path, undefined, headers);
  const coordinator = callerHeaders({ id: 'coordinator-1', roles: ['coordinator'] });
  // The coordinator registers on behalf of each owner unit.
  const register = (body: Record<string, unknown>) =>
    call('POST', '/api/scenarios', { domainCode: 'unmanned-systems', ownerUnit: '市城市管理局', ownerType: 'municipal-department', tier: 'high-value-niche', ...body }, coordinator);

  let original: string;
  let second: string;
  let other: string;

  it('reports near-duplicates on registration, same domain and district first', async () => {
    const first = await register({ title: { zh: '无人机城市巡检应用', en: 'Drone city inspection' }, description: { zh: '利用无人机对城市道路、桥梁和违法建设开展常态化巡查，巡检结果自动推送城管平台处置。' }, district: '渝中区' });
    expect(first.status).toBe(201);
    expect(first.body.nearDuplicates).toEqual([]);
    original = first.body.id;
    other = (await register({ title: { zh: '园区无人配送示范' }, description: { zh: '在产业园区投放无人配送车。' } })).body.id;

    const again = await register({
      title: { zh: '城市无人机巡检' },
      description: { zh: '拟运用无人机对城市道路、桥梁和违法建设推进常态化巡查，由渝中区牵头实施。' },
      ownerUnit: '渝中区',
      ownerType: 'district',
      district: '渝中区',
    });
    expect(again.status).toBe(201);
    second = again.body.id;
    expect(again.body.nearDuplicates).toEqual([expect.objectContaining({ scenarioId: original, sameDomain: true, sameDistrict: true, title: { zh: '无人机城市巡检应用', en: 'Drone city inspection' } })]);
    expect(again.body.nearDuplicates[0].score).toBeGreaterThanOrEqual(0.55);
    expect(again.body.nearDuplicates[0].score).toBeLessThanOrEqual(1);
  });

  it('searches Chinese and English with filters at GET /api/search/scenarios', async () => {
    const drone = await get(`/api/search/scenarios?q=${encodeURIComponent('无人机 巡检')}&district=${encodeURIComponent('渝中区')}`);
    expect(drone.status).toBe(200);
    expect(drone.body.items.map((i: { id: string }) => i.id).sort()).toEqual([original, second].sort());
    expect(drone.body.items[0]).toMatchObject({ score: expect.any(Number), domainCode: 'unmanned-systems', aspectCode: 'new-fields-new-tracks', excerpt: expect.stringContaining('无人机') });
    expect(drone.body.terms).toEqual([
      { kind: 'phrase', text: '无人机', lexemes: ['无人', '人机'] },
      { kind: 'phrase', text: '巡检', lexemes: ['巡检'] },
    ]);
    const english = await get('/api/search/scenarios?q=drone');
    expect(english.body.items.map((i: { id: string }) => i.id)).toEqual([original]);
    const delivery = await get(`/api/search/scenarios?q=${encodeURIComponent('无人配送')}`);
    expect(delivery.body.items.map((i: { id: string }) => i.id)).toEqual([other]);
    const paged = await get('/api/search/scenarios?domain=unmanned-systems&limit=2');
    expect(paged.body.items).toHaveLength(2);
    const rest = await get(`/api/search/scenarios?domain=unmanned-systems&limit=2&after=${paged.body.nextCursor}`);
    expect(rest.body).toMatchObject({ items: [expect.anything()], nextCursor: null });
  });

  it('orders oldest first when asked, pages that order, and restricts to given ids (the board’s sort and “needs my action”)', async () => {
    const ids = (body: { items: Array<{ id: string }> }) => body.items.map((i) => i.id);
    const newest = await get('/api/search/scenarios?domain=unmanned-systems');
    expect(ids(newest.body)).toEqual([second, other, original]);
    const oldest = await get('/api/search/scenarios?domain=unmanned-systems&sort=oldest&limit=2');
    expect(ids(oldest.body)).toEqual([original, other]);
    const rest = await get(`/api/search/scenarios?domain=unmanned-systems&sort=oldest&limit=2&after=${oldest.body.nextCursor}`);
    expect(rest.body).toMatchObject({ items: [expect.objectContaining({ id: second })], nextCursor: null });
    // A cursor of one order is refused by the other.
    expect((await get(`/api/search/scenarios?domain=unmanned-systems&limit=2&after=${oldest.body.nextCursor}`)).status).toBe(400);
    const chosen = await get(`/api/search/scenarios?ids=${second},${original}&sort=oldest`);
    expect(ids(chosen.body)).toEqual([original, second]);
    const counted = await get(`/api/search/scenarios/stage-counts?ids=${second},${original}`);
    expect(counted.body.total).toBe(2);
  });

  it('counts a search by stage for the board’s columns, with the same text and filters, over what the caller reads', async () => {
    const db = host.app.get<Database>(SERVICE_DATABASE, { strict: false });
    await db.query(`UPDATE registry.scenario SET stage = 'operating.piloting.sandbox', stage_sequence = 9 WHERE id = $1`, [second]);
    await db.query(`UPDATE registry.scenario SET stage = 'proposed', stage_sequence = 0 WHERE id = $1`, [other]);
    const all = await get('/api/search/scenarios/stage-counts?domain=unmanned-systems');
    expect(all.status).toBe(200);
    expect(all.body).toEqual({ total: 3, byStage: [{ stage: null, count: 1 }, { stage: 'operating.piloting.sandbox', count: 1 }, { stage: 'proposed', count: 1 }] });
    const drone = await get(`/api/search/scenarios/stage-counts?q=${encodeURIComponent('无人机')}&stage=operating`);
    expect(drone.body).toEqual({ total: 1, byStage: [{ stage: 'operating.piloting.sandbox', count: 1 }] });
    // An applicant reads only what is public (listed or later): the proposed and unstarted ones are not counted.
    const applicant = await get('/api/search/scenarios/stage-counts?domain=unmanned-systems', callerHeaders({ id: 'enterprise-1', roles: ['applicant'] }));
    expect(applicant.body).toEqual({ total: 1, byStage: [{ stage: 'operating.piloting.sandbox', count: 1 }] });
    const bad = await get('/api/search/scenarios/stage-counts?limit=5');
    expect(bad.status).toBe(400);
    expect((await get('/api/search/scenarios/stage-counts', ANONYMOUS)).status).toBe(401);
  });

  it('answers an anonymous search with 401 UNAUTHENTICATED', async () => {
    const anonymous = await get(`/api/search/scenarios?q=${encodeURIComponent('无人机')}`, ANONYMOUS);
    expect({ status: anonymous.status, code: anonymous.body.error.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('answers bad search input with 400 and the field, never a 500', async () => {
    const cursor = (await get('/api/search/scenarios?limit=1')).body.nextCursor;
    const cases: Array<[string, string]> = [
      ['/api/search/scenarios?limit=0', 'limit'],
      ['/api/search/scenarios?limit=abc', 'limit'],
      ['/api/search/scenarios?year=soon', 'year'],
      ['/api/search/scenarios?tier=huge', 'tier'],
      ['/api/search/scenarios?aspect=space', 'aspect'],
      ['/api/search/scenarios?domain=space-mining', 'domain'],
      [`/api/search/scenarios?stage=${encodeURIComponent("open'--")}`, 'stage'],
      ['/api/search/scenarios?q=a&q=b', 'q'],
      [`/api/search/scenarios?q=${'长'.repeat(201)}`, 'q'],
      ['/api/search/scenarios?after=garbage', 'after'],
      [`/api/search/scenarios?q=drone&after=${cursor}`, 'after'],
      ['/api/search/scenarios?sort=asc', 'sort'],
      ['/api/search/scenarios?ids=not-a-uuid', 'ids'],
      ['/api/search/scenarios?order=asc', '(body)'],
    ];
    for (const [path, field] of cases) {
      const answer = await get(path);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(answer.body.error.fields.map((f: { path: string }) => f.path)).toContain(field);
      expect(answer.body.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
    }
    // Characters that mean something to tsquery are just text here.
    const odd = await get(`/api/search/scenarios?q=${encodeURIComponent("巡检 ' & | ! <-> :* ( \\")}`);
    expect(odd.status).toBe(200);
  });

  it('lists near-duplicates with scores at GET /api/scenarios/:id/duplicates', async () => {
    const review = await get(`/api/scenarios/${second}/duplicates`);
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({ scenarioId: second, threshold: 0.55, candidates: [expect.objectContaining({ scenarioId: original, decision: null, score: expect.any(Number) })] });
    expect((await get('/api/scenarios/00000000-0000-4000-8000-000000000000/duplicates')).status).toBe(404);
    expect((await get('/api/scenarios/not-a-uuid/duplicates')).status).toBe(400);
    // The scenario routes are untouched.
    expect((await get(`/api/scenarios/${second}`)).body.id).toBe(second);
    // Signed-in callers only.
    const anonymous = await get(`/api/scenarios/${second}/duplicates`, ANONYMOUS);
    expect({ status: anonymous.status, code: anonymous.body.error.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('lets only the coordinator or an admin link or dismiss, and shows the decisions', async () => {
    const path = `/api/scenarios/${second}/duplicates`;
    const decision = { otherId: original, decision: 'link', note: '同一场景重复申报 filed twice' };
    const reader = await call('POST', path, decision);
    expect({ status: reader.status, code: reader.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN_ROLE' });
    const anonymous = await call('POST', path, decision, ANONYMOUS);
    expect({ status: anonymous.status, code: anonymous.body.error.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const officer = await call('POST', path, decision, callerHeaders({ id: 'officer-1', roles: ['officer', 'applicant'] }));
    expect(officer.status).toBe(403);
    expect(officer.body.error.code).toBe('FORBIDDEN_ROLE');
    // Identity headers without a token name nobody: a forged coordinator is refused like any anonymous caller.
    const forged = await call('POST', path, decision, { 'x-user-id': 'coordinator-1', 'x-user-roles': 'coordinator' });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('UNAUTHENTICATED');
    expect((await get(path)).body.candidates).toEqual([expect.objectContaining({ scenarioId: original, decision: null })]);

    const linked = await call('POST', path, decision, coordinator);
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({ scenarioId: second, otherId: original, decision: 'link', decidedBy: 'coordinator-1', decidedRoles: ['coordinator'], score: expect.any(Number) });

    // A pair is symmetric: the original sees the link too.
    const fromOriginal = await get(`/api/scenarios/${original}/duplicates`);
    expect(fromOriginal.body.candidates).toEqual([expect.objectContaining({ scenarioId: second, decision: expect.objectContaining({ decision: 'link', note: '同一场景重复申报 filed twice' }) })]);

    // A dismissal of a pair the finder does not propose is listed too; the latest decision counts.
    expect((await call('POST', path, { otherId: other, decision: 'dismiss' }, callerHeaders({ id: 'admin-1', roles: ['admin'] }))).status).toBe(201);
    expect((await call('POST', path, { otherId: original, decision: 'dismiss', note: '复核后确认不同' }, coordinator)).status).toBe(201);
    const review = await get(path);
    expect(review.body.candidates.map((c: { scenarioId: string; decision: { decision: string } }) => [c.scenarioId, c.decision.decision])).toEqual([
      [original, 'dismiss'],
      [other, 'dismiss'],
    ]);
  });

  it('answers bad decisions with 400 or 404', async () => {
    const path = `/api/scenarios/${second}/duplicates`;
    const bad: Array<[unknown, number, string]> = [
      [{ otherId: original, decision: 'merge' }, 400, 'decision'],
      [{ otherId: 'x', decision: 'link' }, 400, 'otherId'],
      [{ otherId: original, decision: 'link', extra: 1 }, 400, '(body)'],
      [{ otherId: second, decision: 'link' }, 400, 'otherId'],
      [{ otherId: '00000000-0000-4000-8000-000000000000', decision: 'link' }, 404, 'otherId'],
    ];
    for (const [body, status, field] of bad) {
      const answer = await call('POST', path, body, coordinator);
      expect({ body, status: answer.status }).toEqual({ body, status });
      expect(answer.body.error.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
    expect((await call('POST', '/api/scenarios/00000000-0000-4000-8000-000000000000/duplicates', { otherId: original, decision: 'link' }, coordinator)).status).toBe(404);
  });

  describe('paging near-duplicates and scenarios', () => {
    type Candidate = { scenarioId: string; score: number; sameDomain: boolean; sameDistrict: boolean; decision: { decision: string } | null };
    const priority = (c: Candidate) => (c.sameDomain && c.sameDistrict ? 0 : c.sameDomain ? 1 : c.sameDistrict ? 2 : 3);
    let bridge: string;
    const variants: Array<Record<string, unknown>> = [
      // Same domain and district, the very same title (ties on score: the scenario id decides).
      { district: '渝北区' },
      { district: '渝北区' },
      { district: '渝北区' },
      { title: { zh: '桥梁健康监测预警' }, district: '渝北区' },
      // Same domain only.
      { district: '江北区' },
      { district: '江北区' },
      { title: { zh: '城市桥梁健康监测' } },
      // Same district only.
      { domainCode: 'smart-logistics', ownerUnit: '市政府口岸物流办', district: '渝北区' },
      { domainCode: 'smart-logistics', ownerUnit: '市政府口岸物流办', district: '渝北区' },
      // Neither.
      { domainCode: 'healthcare', ownerUnit: '市卫生健康委' },
    ];

    /** Every page of a scenario's near-duplicates from the first, following `nextCursor`. */
    async function walkDuplicates(id: string, limit: number): Promise<{ candidates: Candidate[]; pages: number }> {
      const candidates: Candidate[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const path = `/api/scenarios/${id}/duplicates?limit=${limit}${after === null ? '' : `&after=${encodeURIComponent(after)}`}`;
        const page = await get(path);
        expect({ path, status: page.status }).toEqual({ path, status: 200 });
        expect(page.body).toMatchObject({ scenarioId: id, threshold: 0.55 });
        expect(page.body.candidates.length).toBeLessThanOrEqual(limit);
        candidates.push(...page.body.candidates);
        after = page.body.nextCursor;
        pages++;
      } while (after !== null && pages < 100);
      expect(after).toBeNull();
      return { candidates, pages };
    }

    beforeAll(async () => {
      const filing = { title: { zh: '城市桥梁健康监测预警' }, domainCode: 'smart-water', ownerUnit: '市水利局', ownerType: 'municipal-department' };
      const first = await register({ ...filing, district: '渝北区' });
      expect(first.status).toBe(201);
      bridge = first.body.id;
      for (const variant of variants) expect((await register({ ...filing, ...variant })).status).toBe(201);
      // A scenario the finder does not propose, listed because a decision was taken on it.
      expect((await call('POST', `/api/scenarios/${bridge}/duplicates`, { otherId: other, decision: 'dismiss' }, coordinator)).status).toBe(201);
    });

    it('walks every near-duplicate exactly once, in order: same domain and district first, then score, then id', async () => {
      const whole = await get(`/api/scenarios/${bridge}/duplicates?limit=50`);
      expect(whole.body.nextCursor).toBeNull();
      const all: Candidate[] = whole.body.candidates;
      expect(all).toHaveLength(variants.length + 1);
      expect(all.map(priority)).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3]);
      expect(all.at(-1)).toMatchObject({ scenarioId: other, decision: { decision: 'dismiss' } });
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [all[i - 1], all[i]];
        const inOrder = priority(a) < priority(b) || (priority(a) === priority(b) && (a.score > b.score || (a.score === b.score && a.scenarioId < b.scenarioId)));
        expect({ i, inOrder }).toEqual({ i, inOrder: true });
      }
      for (const limit of [1, 2, 3, all.length - 1, all.length]) {
        const { candidates, pages } = await walkDuplicates(bridge, limit);
        expect({ limit, candidates }).toEqual({ limit, candidates: all });
        expect(new Set(candidates.map((c) => c.scenarioId)).size).toBe(all.length);
        expect({ limit, pages }).toEqual({ limit, pages: Math.ceil(all.length / limit) });
      }
      // Without `limit`: 20 a page.
      expect((await get(`/api/scenarios/${bridge}/duplicates`)).body).toMatchObject({ candidates: all, nextCursor: null });
    });

    it('walks the scenario list exactly once, in registration order', async () => {
      const whole = await get('/api/scenarios?limit=200');
      expect(whole.body.nextCursor).toBeNull();
      const ids: string[] = whole.body.items.map((s: { id: string }) => s.id);
      expect(ids.length).toBe(variants.length + 4);
      const walked: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: Answer = await get(`/api/scenarios?limit=4${after === null ? '' : `&after=${encodeURIComponent(after)}`}`);
        expect(page.status).toBe(200);
        walked.push(...page.body.items.map((s: { id: string }) => s.id));
        after = page.body.nextCursor;
        pages++;
      } while (after !== null && pages < 100);
      expect(walked).toEqual(ids);
      expect(pages).toBe(Math.ceil(ids.length / 4));
    });

    it('answers a garbage `after` or `limit` with 400 naming it, never a 500', async () => {
      const duplicates = `/api/scenarios/${bridge}/duplicates`;
      const cursor = (await get(`${duplicates}?limit=1`)).body.nextCursor;
      const scenarioCursor = (await get('/api/scenarios?limit=1')).body.nextCursor;
      expect([cursor, scenarioCursor]).toEqual([expect.any(String), expect.any(String)]);
      const cases: Array<[string, string]> = [
        [`${duplicates}?after=garbage`, 'after'],
        [`${duplicates}?after=${encodeCursor([0, 1.5, bridge])}`, 'after'],
        [`${duplicates}?after=${encodeCursor([4, 0.9, bridge])}`, 'after'],
        [`${duplicates}?after=${encodeCursor([0, 0.9, 'not-a-uuid'])}`, 'after'],
        [`${duplicates}?after=${scenarioCursor}`, 'after'],
        [`${duplicates}?limit=51`, 'limit'],
        [`${duplicates}?limit=0`, 'limit'],
        ['/api/scenarios?after=garbage', 'after'],
        [`/api/scenarios?after=${cursor}`, 'after'],
        [`/api/scenarios?after=${encodeCursor(['2026-02-30T00:00:00.000Z', bridge])}`, 'after'],
        [`/api/scenarios?after=${encodeCursor(['1', bridge])}`, 'after'],
        [`/api/scenarios?after=${encodeCursor(['2026-01-01T00:00:00.000Z', 'x'])}`, 'after'],
        ['/api/scenarios?limit=201', 'limit'],
      ];
      for (const [path, field] of cases) {
        const answer = await get(path);
        expect({ path, status: answer.status }).toEqual({ path, status: 400 });
        expect(answer.body.error.fields.map((f: { path: string }) => f.path)).toEqual([field]);
        expect(answer.body.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
      }
      expect((await get(`${duplicates}?after=garbage`)).body.error.fields[0].message).toMatch(/无效的分页游标.*invalid cursor/);
    });
  });
});
