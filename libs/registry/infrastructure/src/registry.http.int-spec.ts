import { randomUUID } from 'node:crypto';
import { buildEnvelope, InProcessMessageBus, SERVICE_DATABASE } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import type { Database } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders } from '@scq/platform-testing';
import { RegistryModule } from './registry.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Caller = Record<string, string>;

const READER: Caller = callerHeaders({ id: 'reader-1', roles: ['leadership'] });
const COORDINATOR: Caller = callerHeaders({ id: 'coordinator-1', roles: ['coordinator'], unit: '市发展改革委' });
const ADMIN: Caller = callerHeaders({ id: 'admin-1', roles: ['admin'] });
const ANONYMOUS: Caller = {};
/** An officer of a unit, named in the token as the gateway would (code, alias or name: the guard canonicalises it). */
const officer = (unit: string | null, id = `officer-${unit ?? 'none'}`): Caller => callerHeaders({ id, roles: ['officer'], unit });

/** The registry's HTTP API in one process (PGlite in memory, in-process bus). */
describe('scenario registry HTTP API', () => {
  let host: RunningHost;
  let db: Database;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    host = await bootstrapHost({
      name: 'registry-test',
      logger: createLogger('registry-test', 'warn'),
      bus,
      port: 0,
      host: '127.0.0.1',
      modules: [RegistryModule.register({ database: { pgliteDataDir: 'memory://' } })],
    });
    db = host.app.get<symbol, Database>(SERVICE_DATABASE, { strict: false });
  });
  afterAll(() => host.close());

  const call = async (method: string, path: string, as: Caller, body?: unknown): Promise<{ status: number; body: Json }> => {
    const response = await fetch(`${host.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...as },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const get = (path: string, as: Caller = READER) => call('GET', path, as);
  const register = (as: Caller, body: Record<string, unknown>) =>
    call('POST', '/api/scenarios', as, { title: { zh: '无人机城市巡检' }, domainCode: 'unmanned-systems', ownerType: 'municipal-department', tier: 'high-value-niche', ...body });
  const countTitled = async (title: string) => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM registry.scenario WHERE title_zh = $1', [title])).rows[0].n;

  it('serves the taxonomy versions, aspects, domains with their responsible units, and a unit’s domains', async () => {
    const versions = await get('/api/taxonomy');
    expect(versions.body.map((v: { id: string; domains: number }) => [v.id, v.domains])).toEqual([
      ['2025-draft', 22],
      ['2026-final', 21],
    ]);
    const logistics = (await get('/api/taxonomy/2025-draft/domains?aspect=industrial-upgrading')).body.find((d: { code: string }) => d.code === 'smart-logistics');
    expect(logistics.responsibleUnits.map((u: { zhName: string }) => u.zhName)).toEqual(['市政府口岸物流办']);
    const emergency = await get(`/api/taxonomy/2025-draft/units/${encodeURIComponent('市应急管理局')}/domains`);
    expect(emergency.body.domains.map((d: { code: string }) => d.code)).toEqual(['emergency-management', 'mine-safety']);
    const overview = await get('/api/taxonomy/2026-final');
    expect(overview.body.aspects).toHaveLength(5);
    expect(overview.body.planTargets).toMatchObject({ targetYear: 2028 });
  });

  it('answers unknown versions, aspects and units with 404 and a message', async () => {
    for (const path of ['/api/taxonomy/1999-old', '/api/taxonomy/2025-draft/domains?aspect=space', '/api/taxonomy/2025-draft/units/nobody/domains']) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.body.error.message).toEqual(expect.any(String));
    }
  });

  it('refuses a scenario whose domain is not in its taxonomy version, and stores nothing', async () => {
    const response = await register(officer('市应急管理局'), { title: { zh: '矿山智能巡检' }, domainCode: 'mine-safety', ownerUnit: '市应急管理局', taxonomyVersion: '2026-final' });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([expect.objectContaining({ path: 'domainCode' })]);
    expect(await countTitled('矿山智能巡检')).toBe(0);
  });

  describe('authenticated by default', () => {
    it('answers an anonymous read of scenarios, taxonomy, search, duplicates and targets with 401 UNAUTHENTICATED', async () => {
      const { body: scenario } = await register(COORDINATOR, { title: { zh: '匿名读取测试场景' }, ownerUnit: '市城市管理局' });
      const protectedReads = [
        '/api/scenarios',
        `/api/scenarios/${scenario.id}`,
        `/api/scenarios/${scenario.id}/duplicates`,
        '/api/taxonomy',
        '/api/taxonomy/2026-final/units',
        `/api/search/scenarios?q=${encodeURIComponent('巡检')}`,
        '/api/targets/2026',
      ];
      for (const path of protectedReads) {
        const anonymous = await get(path, ANONYMOUS);
        expect({ path, status: anonymous.status, code: anonymous.body.error?.code }).toEqual({ path, status: 401, code: 'UNAUTHENTICATED' });
        const signedIn = await get(path);
        expect({ path, status: signedIn.status }).toEqual({ path, status: 200 });
      }
      // Identity headers without a token name nobody.
      const forged = await get('/api/scenarios', { 'x-user-id': 'coordinator-1', 'x-user-roles': 'coordinator' });
      expect({ status: forged.status, code: forged.body.error.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    });

    it('keeps the public portal open to anonymous callers, showing them only what is published', async () => {
      const { body: scenario } = await register(COORDINATOR, { title: { zh: '门户公开读取测试场景' }, ownerUnit: '市交通运输委' });
      // Opportunities open only a listed scenario: the workflow reports it 入清单.
      const listed = buildEnvelope('test', 'workflow.scenario.v1', 'workflow.scenario.stage-changed', {
        subject: scenario.id,
        data: { scenarioId: scenario.id, instanceId: randomUUID(), machine: { id: 'scenario-lifecycle', version: 1 }, from: 'recognition.recognized', to: 'listed', event: 'list', actor: null, sequence: 5, changedAt: new Date().toISOString() },
      });
      await bus.publish([{ topic: 'workflow.scenario.v1', key: scenario.id, value: JSON.stringify(listed) }]);
      const transport = officer('市交通运输委');
      const opportunity = (title: string) => call('POST', '/api/opportunities', transport, { scenarioId: scenario.id, title: { zh: title }, sought: { capabilities: ['系统集成'], respondBy: '2099-12-31' } });
      const { body: draft } = await opportunity('门户草稿机会');
      const { body: toPublish } = await opportunity('门户已发布机会');
      expect((await call('POST', `/api/opportunities/${toPublish.id}/publish`, transport, {})).status).toBe(200);
      const { body: demandList } = await call('POST', '/api/demand-lists', transport, { number: '门户-2026-1', title: { zh: '门户需求清单' }, ownerUnit: '市交通运输委', opportunityIds: [toPublish.id] });
      expect(demandList.id).toEqual(expect.any(String));
      const { body: event } = await call('POST', '/api/matchmaking-events', transport, {
        title: { zh: '门户对接会' },
        kind: 'roadshow',
        organiserUnit: '市交通运输委',
        heldOn: '2099-06-01',
        opportunityIds: [toPublish.id],
      });
      expect(event.id).toEqual(expect.any(String));
      const { body: draftList } = await call('POST', '/api/batch-lists', COORDINATOR, { number: '渝场景〔2026〕99号', title: { zh: '门户草稿清单' }, issueDate: '2026-04-01' });
      expect(draftList.id).toEqual(expect.any(String));

      const opportunities = await get('/api/opportunities', ANONYMOUS);
      expect(opportunities.status).toBe(200);
      expect(opportunities.body.items.map((o: Json) => o.id)).toEqual(expect.arrayContaining([toPublish.id]));
      expect(opportunities.body.items.map((o: Json) => o.id)).not.toContain(draft.id);
      expect((await get('/api/opportunities?status=draft', ANONYMOUS)).body.items).toEqual([]);
      expect((await get(`/api/opportunities/${toPublish.id}`, ANONYMOUS)).status).toBe(200);
      expect((await get(`/api/opportunities/${draft.id}`, ANONYMOUS)).status).toBe(404);
      expect((await get(`/api/opportunities/${draft.id}`, transport)).status).toBe(200);

      expect((await get('/api/demand-lists', ANONYMOUS)).body.items.map((l: Json) => l.id)).toContain(demandList.id);
      expect((await get(`/api/demand-lists/${demandList.id}`, ANONYMOUS)).body.opportunities.map((o: Json) => o.id)).toEqual([toPublish.id]);
      expect((await get('/api/matchmaking-events', ANONYMOUS)).body.items.map((e: Json) => e.id)).toContain(event.id);
      expect((await get(`/api/matchmaking-events/${event.id}`, ANONYMOUS)).status).toBe(200);

      const lists = await get('/api/batch-lists', ANONYMOUS);
      expect(lists.status).toBe(200);
      expect(lists.body.items.map((l: Json) => l.id)).not.toContain(draftList.id);
      expect((await get(`/api/batch-lists/${draftList.id}`, ANONYMOUS)).status).toBe(404);
      expect((await get('/api/batch-lists?status=draft', ANONYMOUS)).status).toBe(403);
      expect((await get(`/api/batch-lists/${draftList.id}`, COORDINATOR)).status).toBe(200);
    });
  });

  describe('registration: the owner unit is the caller’s', () => {
    it('lets an officer register for their own unit, named by code, alias or full name, stored as the taxonomy names it', async () => {
      const ndrc = officer('development-reform-commission', 'officer-ndrc');
      for (const [ownerUnit, title] of [
        ['市发改委', '发改委别名登记'],
        ['development-reform-commission', '发改委代码登记'],
        ['市发展改革委', '发改委全称登记'],
      ]) {
        const response = await register(ndrc, { title: { zh: title }, ownerUnit });
        expect({ ownerUnit, status: response.status }).toEqual({ ownerUnit, status: 201 });
        expect(response.body).toMatchObject({ ownerUnit: '市发展改革委', registeredBy: 'officer-ndrc', registeredOnBehalf: false });
        expect((await get(`/api/scenarios/${response.body.id}`)).body).toMatchObject({ ownerUnit: '市发展改革委', registeredBy: 'officer-ndrc', registeredOnBehalf: false });
      }
      // A district officer files for their district (free text: districts get a directory of their own later).
      const district = await register(officer('两江新区'), { title: { zh: '两江新区自有场景' }, ownerUnit: ' 两江新区 ', ownerType: 'district', district: '两江新区' });
      expect(district.status).toBe(201);
      expect(district.body).toMatchObject({ ownerUnit: '两江新区', registeredOnBehalf: false });
    });

    it('lets the coordinator or an admin register on behalf of any known unit, recorded as such', async () => {
      const onBehalf = await register(COORDINATOR, { title: { zh: '统筹代为登记' }, ownerUnit: 'transport-commission' });
      expect(onBehalf.status).toBe(201);
      expect(onBehalf.body).toMatchObject({ ownerUnit: '市交通运输委', registeredBy: 'coordinator-1', registeredOnBehalf: true });
      const stored = (await db.query<Json>('SELECT owner_unit, registered_by, registered_on_behalf FROM registry.scenario WHERE id = $1', [onBehalf.body.id])).rows[0];
      expect(stored).toEqual({ owner_unit: '市交通运输委', registered_by: 'coordinator-1', registered_on_behalf: true });
      // Their own unit is not on behalf.
      expect((await register(COORDINATOR, { title: { zh: '统筹本单位登记' }, ownerUnit: '市发改委' })).body).toMatchObject({ ownerUnit: '市发展改革委', registeredOnBehalf: false });
      // Other owner types stay free text, canonicalised when they name a known unit.
      expect((await register(ADMIN, { title: { zh: '管理员代为登记' }, ownerUnit: '重庆某科技有限公司', ownerType: 'enterprise' })).body).toMatchObject({ ownerUnit: '重庆某科技有限公司', registeredBy: 'admin-1', registeredOnBehalf: true });
      expect((await register(ADMIN, { title: { zh: '管理员代国企登记' }, ownerUnit: '市经信委', ownerType: 'municipal-soe' })).body).toMatchObject({ ownerUnit: '市经济信息委', registeredOnBehalf: true });
    });

    it('refuses an officer for another unit (403 naming theirs), other roles (403) and anonymous callers (401), storing nothing', async () => {
      const title = '越权登记不应保存';
      const transport = await register(officer('市交通运输委'), { title: { zh: title }, ownerUnit: '市城市管理局' });
      expect(transport.status).toBe(403);
      expect(transport.body.error.code).toBe('NOT_OWN_UNIT');
      expect(transport.body.error.message).toContain('市交通运输委');
      expect(transport.body.error.message).toContain('市城市管理局');
      const noUnit = await register(officer(null), { title: { zh: title }, ownerUnit: '市城市管理局' });
      expect(noUnit.status).toBe(403);
      expect(noUnit.body.error.code).toBe('NOT_OWN_UNIT');
      const districtOfficer = await register(officer('渝中区'), { title: { zh: title }, ownerUnit: '两江新区', ownerType: 'district', district: '两江新区' });
      expect(districtOfficer.status).toBe(403);
      expect(districtOfficer.body.error.message).toContain('渝中区');
      // A district officer (the token's district claim) registers district-owned scenarios of their own district only.
      const yuzhong = callerHeaders({ id: 'officer-yuzhong', roles: ['officer'], district: '渝中区' });
      for (const body of [{ ownerUnit: '江北区', ownerType: 'district', district: '江北区' }, { ownerUnit: '市城市管理局' }]) {
        const refused = await register(yuzhong, { title: { zh: title }, ...body });
        expect({ status: refused.status, code: refused.body.error.code, message: refused.body.error.message }).toEqual({ status: 403, code: 'NOT_OWN_DISTRICT', message: expect.stringContaining('渝中区') });
      }
      const own = await register(yuzhong, { title: { zh: '渝中区老街巷智慧巡检' }, ownerUnit: '渝中区', ownerType: 'district', district: '渝中区' });
      expect(own.status).toBe(201);
      expect(own.body).toMatchObject({ ownerUnit: '渝中区', district: '渝中区', registeredBy: 'officer-yuzhong', registeredOnBehalf: false });

      for (const roles of [['applicant'], ['evaluator'], ['leadership'], ['auditor']]) {
        const refused = await register(callerHeaders({ id: `someone-${roles[0]}`, roles, unit: '市城市管理局' }), { title: { zh: title }, ownerUnit: '市城市管理局' });
        expect({ roles, status: refused.status, code: refused.body.error.code }).toEqual({ roles, status: 403, code: 'FORBIDDEN_ROLE' });
      }
      const anonymous = await register(ANONYMOUS, { title: { zh: title }, ownerUnit: '市城市管理局' });
      expect({ status: anonymous.status, code: anonymous.body.error.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      const forged = await register({ 'x-user-id': 'officer-1', 'x-user-roles': 'officer', 'x-user-unit': encodeURIComponent('市城市管理局') }, { title: { zh: title }, ownerUnit: '市城市管理局' });
      expect({ status: forged.status, code: forged.body.error.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      expect(await countTitled(title)).toBe(0);
    });

    it('answers an unknown municipal unit with 400 on ownerUnit naming the endpoint that lists the units, storing nothing', async () => {
      const title = '未知单位登记不应保存';
      for (const [as, taxonomyVersion] of [
        [COORDINATOR, '2026-final'],
        [officer('不存在的局'), '2025-draft'],
      ] as const) {
        const response = await register(as, { title: { zh: title }, ownerUnit: '不存在的局', taxonomyVersion });
        expect(response.status).toBe(400);
        expect(response.body.error.code).toBe('UNKNOWN_UNIT');
        expect(response.body.error.fields).toEqual([{ path: 'ownerUnit', message: expect.stringContaining(`GET /api/taxonomy/${taxonomyVersion}/units`) }]);
        // The endpoint named is one the caller can read.
        expect((await get(`/api/taxonomy/${taxonomyVersion}/units`, as)).status).toBe(200);
      }
      expect(await countTitled(title)).toBe(0);
    });
  });

  describe('evaluators read the scenarios their panels assess', () => {
    const evaluator = (id: string): Caller => callerHeaders({ id, roles: ['evaluator'] });
    /** What the evaluation service publishes, delivered through the registry's own consumer and inbox. */
    const panelChanged = async (assessmentId: string, scenarioId: string, evaluatorIds: string[]) => {
      const envelope = buildEnvelope('test', 'evaluation.assessment.v1', 'evaluation.assessment.panel-changed', {
        subject: scenarioId,
        data: { assessmentId, subject: { kind: 'scenario', id: scenarioId }, evaluatorIds, at: new Date().toISOString() },
      });
      await bus.publish([{ topic: 'evaluation.assessment.v1', key: scenarioId, value: JSON.stringify(envelope) }]);
      return envelope;
    };

    it('lets an evaluator on a current panel read a scenario that is not public, listed and found too; another evaluator gets 403 OUT_OF_SCOPE and lists leave it out', async () => {
      const title = '评审组专属场景巡检';
      const created = await register(COORDINATOR, { title: { zh: title }, ownerUnit: '市交通运输委' });
      expect(created.status).toBe(201);
      const id: string = created.body.id;
      const reads = async (who: string) => {
        const one = await get(`/api/scenarios/${id}`, evaluator(who));
        const listed = (await get('/api/scenarios?limit=200', evaluator(who))).body.items.map((item: Json) => item.id);
        const found = (await get(`/api/search/scenarios?q=${encodeURIComponent('评审组专属')}`, evaluator(who))).body.items.map((item: Json) => item.id);
        return { status: one.status, code: one.body.error?.code ?? null, listed: listed.includes(id), found: found.includes(id) };
      };
      const reading = { status: 200, code: null, listed: true, found: true };
      const refused = { status: 403, code: 'OUT_OF_SCOPE', listed: false, found: false };

      // In recognition, before any panel, no evaluator reads it: the stage alone no longer opens it.
      const stage = buildEnvelope('test', 'workflow.scenario.v1', 'workflow.scenario.stage-changed', {
        subject: id,
        data: { scenarioId: id, instanceId: randomUUID(), machine: { id: 'scenario-lifecycle', version: 1 }, from: 'cultivating', to: 'recognition.assessing', event: 'requestRecognition', actor: 'officer-1', sequence: 3, changedAt: new Date().toISOString() },
      });
      await bus.publish([{ topic: 'workflow.scenario.v1', key: id, value: JSON.stringify(stage) }]);
      expect((await get(`/api/scenarios/${id}`)).body.stage).toBe('recognition.assessing');
      expect(await reads('ev-a')).toEqual(refused);
      const first = randomUUID();
      await panelChanged(first, id, ['ev-a', 'ev-b']);
      expect(await reads('ev-a')).toEqual(reading);
      expect(await reads('ev-b')).toEqual(reading);
      expect(await reads('ev-outsider')).toEqual(refused);
      // ev-b recuses and ev-c replaces them: the whole panel is told again.
      const replaced = await panelChanged(first, id, ['ev-a', 'ev-c']);
      expect(await reads('ev-b')).toEqual(refused);
      expect(await reads('ev-c')).toEqual(reading);
      // A redelivery of the same message is taken once (the inbox); replaying the same panel changes nothing either.
      await bus.publish([{ topic: 'evaluation.assessment.v1', key: id, value: JSON.stringify(replaced) }]);
      await panelChanged(first, id, ['ev-a', 'ev-c']);
      expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM registry.assessment_panel WHERE assessment_id = $1', [first])).rows[0].n).toBe(2);
      // Superseded by a newer assessment with another panel: the old one's panel is empty, the newer one's reads.
      const newer = randomUUID();
      await panelChanged(first, id, []);
      await panelChanged(newer, id, ['ev-d']);
      expect(await reads('ev-a')).toEqual(refused);
      expect(await reads('ev-d')).toEqual(reading);
      // Everything-readers and the owner unit's officers read it regardless of panels.
      expect((await get(`/api/scenarios/${id}`)).status).toBe(200);
      expect((await get(`/api/scenarios/${id}`, officer('市交通运输委'))).status).toBe(200);
    });

    it('ignores panels of applications: they open no scenario', async () => {
      const created = await register(COORDINATOR, { title: { zh: '申报评审不开放场景' }, ownerUnit: '市交通运输委' });
      const applicationId = randomUUID();
      const envelope = buildEnvelope('test', 'evaluation.assessment.v1', 'evaluation.assessment.panel-changed', {
        subject: applicationId,
        data: { assessmentId: randomUUID(), subject: { kind: 'application', id: applicationId }, evaluatorIds: ['ev-app'], at: new Date().toISOString() },
      });
      await bus.publish([{ topic: 'evaluation.assessment.v1', key: applicationId, value: JSON.stringify(envelope) }]);
      expect((await get(`/api/scenarios/${created.body.id}`, evaluator('ev-app'))).status).toBe(403);
      expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM registry.assessment_panel WHERE evaluator_id = $1', ['ev-app'])).rows[0].n).toBe(0);
    });
  });
});
