import { randomUUID } from 'node:crypto';
import { addCalendarDays, beijingDateOf } from '@scq/calendar';
import type { TopicName } from '@scq/contracts';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, HistoryAnchorSchedule, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { APPLICATION_LIFECYCLE, SCENARIO_LIFECYCLE, type Permission } from '@scq/workflow-domain';
import { humanEventSchemas } from '@scq/workflow-application';
import { Client } from 'pg';
import { HistoryChainKeys } from '@scq/platform-lifecycle';
import { forgeHistory, truncateHistory } from '@scq/platform-lifecycle/testing';
import type { SqlExecutor } from '@scq/platform-persistence';
import { WorkflowModule } from './workflow.module';


// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const OWNER_UNIT = '市交通运输委'; // owns the scenarios below, and is a responsible unit of unmanned-systems
const OUTSIDER_UNIT = '市林业局'; // responsible for forestry only
const APPLICANT = 'enterprise-7';

const ACCIDENT_RATE = { key: 'accident-rate', name: { zh: '事故率', en: 'Incident rate' }, unit: '%', threshold: { max: 0.5 } };

/** Valid payloads, so that what decides each answer is authorisation, not validation. */
const SAMPLE_PAYLOADS: Record<string, Record<string, unknown>> = {
  reject: { reason: '不符合认定标准' },
  enterSandbox: { conditions: ['限定区域'], indicators: [ACCIDENT_RATE], expiresOn: addCalendarDays(beijingDateOf(new Date()), 180) },
  renewSandbox: { conditions: ['限定区域'], indicators: [ACCIDENT_RATE], expiresOn: addCalendarDays(beijingDateOf(new Date()), 360) },
  reportSandboxIndicator: { indicatorKey: ACCIDENT_RATE.key, value: 0.1, observedOn: beijingDateOf(new Date()) },
  reportIncident: { description: '无人车碰擦', severity: 'general' },
  terminate: { reason: '试点失败' },
  grantExemption: { reason: '已尽职' },
  denyExemption: { reason: '未尽职' },
  returnForRevision: { reason: '材料不全' },
  rejectByUnit: { reason: '不符合条件' },
  raiseObjection: { objection: '资质存疑' },
};

describe('workflow service: the lifecycle engine over HTTP on PostgreSQL', () => {
  let database: TestDatabase;
  let host: RunningHost;
  let sql: Client;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    database = await createTestDatabase('workflow');
    host = await bootstrapHost({ name: 'workflow-test', logger: createLogger('workflow-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [WorkflowModule.register({ database: { url: database.url } })] });
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await host?.close();
    await database?.drop();
  });

  /** The caller as the gateway would name it: a service token signed with the test key. */
  const person = (roles: string, unit: string | null, id = `user-${roles}`) => callerHeaders({ id, roles: roles.split(','), unit });
  const officer = person('officer', OWNER_UNIT, 'officer-1');
  const coordinator = person('coordinator', '市发展改革委', 'coordinator-1');
  /** Every route needs a signed-in caller; reads not about a particular caller are made by an auditor. */
  const auditor = person('auditor', null, 'auditor-1');

  async function call(method: string, path: string, headers: Record<string, string> = auditor, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
  }

  async function deliver<T extends TopicName>(topic: T, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    const envelope = buildEnvelope('test', topic, type as never, { subject, data: data as never });
    await bus.publish([{ topic, key: subject, value: JSON.stringify(envelope) }]);
  }

  async function registerScenario(): Promise<Json> {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, {
      scenarioId,
      title: { zh: '园区无人配送' },
      domainCode: 'unmanned-systems',
      ownerUnit: OWNER_UNIT,
      taxonomyVersion: '2025-draft',
      district: '两江新区',
      registeredAt: new Date().toISOString(),
    });
    return (await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer)).body;
  }

  async function send(instanceId: string, headers: Record<string, string>, event: Record<string, unknown>): Promise<{ status: number; body: Json }> {
    return call('POST', `/api/workflow/instances/${instanceId}/events`, headers, event);
  }

  async function expectStage(instanceId: string, stage: string): Promise<Json> {
    const { body } = await call('GET', `/api/workflow/instances/${instanceId}`, officer);
    expect(body.stage).toBe(stage);
    return body;
  }

  async function openScenario(): Promise<Json> {
    const scenario = await registerScenario();
    expect((await send(scenario.id, officer, { type: 'startCultivation' })).status).toBe(200);
    expect((await send(scenario.id, officer, { type: 'requestRecognition' })).status).toBe(200);
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', scenario.subjectId, {
      assessmentId: randomUUID(),
      subject: { kind: 'scenario', id: scenario.subjectId },
      purpose: 'recognition',
      passed: true,
      explanation: '总分 12/15，各项均达阈值',
      finalizedAt: new Date().toISOString(),
    });
    await expectStage(scenario.id, 'recognition.recognized');
    await publishBatchList([scenario.subjectId]);
    await expectStage(scenario.id, 'listed');
    await publishOpportunity(scenario.subjectId);
    return expectStage(scenario.id, 'operating.open');
  }

  /** The registry's report that a batch list revision was published (what it added and removed). */
  async function publishBatchList(added: string[], options: { removed?: string[]; reason?: string; revision?: number; listId?: string } = {}): Promise<Json> {
    const data = {
      listId: options.listId ?? randomUUID(),
      number: `渝场景〔2026〕${Math.floor(Math.random() * 1e6)}号`,
      revision: options.revision ?? 1,
      revisionOf: options.revision && options.revision > 1 ? randomUUID() : null,
      reason: options.reason ?? null,
      scenarioIds: added,
      added,
      removed: options.removed ?? [],
      publishedBy: 'coordinator-1',
      publishedAt: new Date().toISOString(),
    };
    await deliver('registry.batch-list.v1', 'registry.batch-list.published', data.number, data);
    return data;
  }

  async function publishOpportunity(scenarioId: string, opportunityId = randomUUID()): Promise<void> {
    await deliver('registry.scenario.v1', 'registry.scenario.opportunity-published', scenarioId, {
      scenarioId,
      opportunityId,
      title: { zh: '园区无人配送车辆', en: 'Delivery vehicles for the parks' },
      publishedOn: '2026-05-01',
      publishedBy: 'officer-1',
      at: new Date().toISOString(),
    });
  }

  it('lists, opens and matches only from what the registry published, exactly once; nobody does it by hand (issue 14)', async () => {
    const scenario = await registerScenario();
    for (const [type, payload] of [['list', { batchId: '2026-01' }], ['open', {}], ['delist', { reason: 'x' }], ['matchmaking.agreed', {}]] as const) {
      const byHand = await send(scenario.id, coordinator, { type, ...payload });
      expect({ type, status: byHand.status, code: byHand.body.error.code }).toEqual({ type, status: 403, code: 'SYSTEM_EVENT' });
      expect(byHand.body.error.message).toMatch(/只能由平台发送.*sent by the platform/);
    }
    // A list naming a scenario still in cultivation changes nothing (the registry refuses that; a late event cannot force it).
    expect((await send(scenario.id, officer, { type: 'startCultivation' })).status).toBe(200);
    await publishBatchList([scenario.subjectId]);
    await expectStage(scenario.id, 'cultivating');

    const open = await openScenario();
    const entries = (await call('GET', `/api/workflow/instances/${open.id}`, officer)).body.history as Json[];
    expect(entries.map((e: Json) => [e.event.type, e.actor.id, e.to])).toEqual(
      expect.arrayContaining([
        ['list', 'system', 'listed'],
        ['open', 'system', 'operating.open'],
      ]),
    );
    expect(entries.find((e: Json) => e.event.type === 'list').reason).toMatch(/^列入批次清单 渝场景〔2026〕\d+号（第 1 版）/);
    // A second opportunity, a redelivered list: nothing moves.
    const version = open.version;
    await publishOpportunity(open.subjectId);
    await publishBatchList([open.subjectId]);
    expect((await expectStage(open.id, 'operating.open')).version).toBe(version);

    // A held matchmaking event records an agreement: 对接.
    await deliver('registry.scenario.v1', 'registry.scenario.agreement-recorded', open.subjectId, {
      scenarioId: open.subjectId,
      matchmakingEventId: randomUUID(),
      eventTitle: { zh: '两江新区无人配送供需对接会' },
      opportunityId: randomUUID(),
      supplier: '重庆某智驾科技有限公司',
      status: 'contract-signed',
      heldOn: '2026-05-20',
      recordedBy: 'officer-1',
      at: new Date().toISOString(),
    });
    const matched = await expectStage(open.id, 'operating.matched');
    // The history names the opportunity and the matchmaking event in words, never by their ids.
    const reasons = ((await call('GET', `/api/workflow/instances/${matched.id}`, officer)).body.history as Json[]).map((e: Json) => e.reason ?? '');
    expect(reasons).toEqual(expect.arrayContaining(['场景机会“园区无人配送车辆”已发布 opportunity “Delivery vehicles for the parks” published', '供需对接活动“两江新区无人配送供需对接会”：重庆某智驾科技有限公司 签约 contract signed']));
    for (const reason of reasons) expect(reason).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('takes a scenario a correction removed back to awaiting a list, with the reason, and delivers each list once', async () => {
    const listed = await registerScenario();
    expect((await send(listed.id, officer, { type: 'startCultivation' })).status).toBe(200);
    expect((await send(listed.id, officer, { type: 'requestRecognition' })).status).toBe(200);
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', listed.subjectId, {
      assessmentId: randomUUID(),
      subject: { kind: 'scenario', id: listed.subjectId },
      purpose: 'recognition',
      passed: true,
      explanation: '通过',
      finalizedAt: new Date().toISOString(),
    });
    // The published list delivered twice (the same message), then a second list naming it: listed once.
    const number = '渝场景〔2026〕99号';
    const data = { listId: randomUUID(), number, revision: 1, revisionOf: null, reason: null, scenarioIds: [listed.subjectId], added: [listed.subjectId], removed: [], publishedBy: 'coordinator-1', publishedAt: new Date().toISOString() };
    const envelope = buildEnvelope('test', 'registry.batch-list.v1', 'registry.batch-list.published', { subject: number, data });
    await bus.publish([{ topic: 'registry.batch-list.v1', key: number, value: JSON.stringify(envelope) }]);
    await bus.publish([{ topic: 'registry.batch-list.v1', key: number, value: JSON.stringify(envelope) }]);
    await publishBatchList([listed.subjectId]);
    const afterListing = await expectStage(listed.id, 'listed');
    expect(afterListing.historyLength).toBe(5);

    await publishBatchList([], { removed: [listed.subjectId], reason: '重复申报', revision: 2 });
    await expectStage(listed.id, 'recognition.recognized');
    const last = ((await call('GET', `/api/workflow/instances/${listed.id}`, officer)).body.history as Json[]).at(-1);
    expect(last).toMatchObject({ event: { type: 'delist', reason: '重复申报' }, actor: { id: 'system' }, from: 'listed', to: 'recognition.recognized' });
    expect(last.reason).toContain('重复申报');
  });

  it('starts a lifecycle for each registered scenario once, with the domain’s responsible units as its scope', async () => {
    const scenario = await registerScenario();
    expect(scenario).toMatchObject({ stage: 'proposed', version: 1, subject: { responsibleUnits: ['市发展改革委', '市委军民融合办', '市城市管理局', '市交通运输委'], ownerUnit: OWNER_UNIT, district: '两江新区' } });
    expect(scenario.allowedEvents).toEqual(['startCultivation', 'withdraw']);
    // A proposed scenario is not public: an officer of another unit does not read its lifecycle.
    const outsider = await call('GET', `/api/workflow/instances/${scenario.id}`, person('officer', OUTSIDER_UNIT));
    expect({ status: outsider.status, code: outsider.body.error.code }).toEqual({ status: 403, code: 'OUT_OF_SCOPE' });
    const listed = await call('GET', `/api/workflow/instances?domain=unmanned-systems&unit=transport-commission&district=${encodeURIComponent('两江新区')}&stage=proposed`);
    expect(listed.body.items.map((i: Json) => i.id)).toContain(scenario.id);
    expect((await call('GET', '/api/workflow/instances?domain=forestry-grassland')).body.items).toEqual([]);
  });

  it('answers anonymous reads of instances, histories, audits and statecharts with 401 UNAUTHENTICATED; health and the API document stay open', async () => {
    const scenario = await registerScenario();
    const reads = [
      '/api/workflow/instances',
      `/api/workflow/instances/${scenario.id}`,
      `/api/workflow/scenarios/${scenario.subjectId}`,
      `/api/workflow/instances/${scenario.id}/audit`,
      '/api/workflow/machines',
      '/api/workflow/machines/scenario-lifecycle/statechart',
      `/api/workflow/machines/scenario-lifecycle/statechart?format=mermaid&instance=${scenario.id}`,
    ];
    for (const path of reads) {
      const anonymous = await call('GET', path, {});
      expect({ path, status: anonymous.status, code: anonymous.body.error?.code }).toEqual({ path, status: 401, code: 'UNAUTHENTICATED' });
      expect({ path, status: (await call('GET', path)).status }).toEqual({ path, status: 200 });
    }
    // An application's lifecycle too (its 404 is only for signed-in callers).
    const unknownApplication = await call('GET', `/api/workflow/applications/${randomUUID()}`, {});
    expect({ status: unknownApplication.status, code: unknownApplication.body.error.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    // Identity headers without a token name nobody.
    const forged = await call('GET', `/api/workflow/instances/${scenario.id}/audit`, { 'x-user-id': 'auditor-1', 'x-user-roles': 'auditor' });
    expect({ status: forged.status, code: forged.body.error.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await call('GET', '/health/live', {})).status).toBe(200);
    expect((await call('GET', '/openapi.json', {})).status).toBe(200);
  });

  it('decides every event × role × unit scope by the permissions, refusing with 403 and changing nothing', async () => {
    const scenario = await registerScenario();
    const open = await openScenario();
    const application = (await call('POST', '/api/workflow/applications', person('applicant', null, APPLICANT), { scenarioId: open.subjectId })).body;
    expect(application).toMatchObject({ stage: 'draft', subject: { applicantId: APPLICANT } });
    let checked = 0;
    for (const [definition, instance] of [
      [SCENARIO_LIFECYCLE, scenario],
      [APPLICATION_LIFECYCLE, application],
    ] as const) {
      const permissions = definition.permissions as Record<string, Permission>;
      for (const [eventType, permission] of Object.entries(permissions)) {
        if (!Object.hasOwn(humanEventSchemas, eventType)) continue; // system events are refused over HTTP (below)
        for (const role of ['applicant', 'officer', 'coordinator', 'evaluator', 'admin'] as const) {
          for (const inScope of [true, false]) {
            const actor = person(role, inScope ? OWNER_UNIT : OUTSIDER_UNIT, inScope ? APPLICANT : 'someone-else');
            // expectedVersion 999999: an authorised event stops at the version check (409) and changes nothing.
            const { status, body } = await send(instance.id, actor, { type: eventType, ...(SAMPLE_PAYLOADS[eventType] ?? {}), expectedVersion: 999999 });
            const allowed =
              permission.roles.includes(role) &&
              (permission.scope === 'named-units'
                ? role === 'coordinator' || (permission.units ?? []).includes(inScope ? OWNER_UNIT : OUTSIDER_UNIT)
                : permission.scope === 'any' || inScope || (permission.scope === 'responsible-unit' && (role === 'coordinator' || role === 'admin')));
            expect({ eventType, role, inScope, status }).toEqual({ eventType, role, inScope, status: allowed ? 409 : 403 });
            // A role no event of the route names (evaluator, admin) is refused by the route's policy; others by the event's permission.
            const refusedBy = ['evaluator', 'admin'].includes(role) ? 'FORBIDDEN_ROLE' : 'FORBIDDEN';
            if (!allowed) expect(body.error).toMatchObject({ code: refusedBy, message: expect.stringMatching(/\S/) });
            checked++;
          }
        }
      }
    }
    console.log(`authorisation matrix: ${checked} event × role × scope combinations checked over HTTP`);
    expect((await call('GET', `/api/workflow/instances/${scenario.id}`)).body).toMatchObject({ version: 1, historyLength: 1 });
    expect((await call('GET', `/api/workflow/instances/${application.id}`)).body).toMatchObject({ version: 1, historyLength: 1 });
    for (const systemEvent of ['assessment.finalized', 'deadline.reached', 'application.approved']) {
      expect((await send(scenario.id, coordinator, { type: systemEvent })).status).toBe(403);
    }
    // Zero trust: a token naming a role the gateway never grants is refused; identity headers without a token name nobody.
    const unknownRole = await send(scenario.id, callerHeaders({ id: 'x', roles: ['system'] }), { type: 'startCultivation' });
    expect(unknownRole.status).toBe(401);
    expect(unknownRole.body.error.code).toBe('TOKEN_INVALID');
    const forged = await send(scenario.id, { 'x-user-id': 'officer-1', 'x-user-roles': 'officer', 'x-user-unit': encodeURIComponent(OWNER_UNIT) }, { type: 'startCultivation' });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('UNAUTHENTICATED');
    const anonymous = await send(scenario.id, {}, { type: 'startCultivation' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
    expect((await call('GET', `/api/workflow/instances/${scenario.id}`)).body).toMatchObject({ version: 1, historyLength: 1 });
  });

  it('lets exactly one of two concurrent transitions win: the other gets 409 and changes nothing', async () => {
    const scenario = await registerScenario();
    const results = await Promise.all([1, 2].map(() => send(scenario.id, officer, { type: 'startCultivation', expectedVersion: 1 })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('CONCURRENT_TRANSITION');
    const racesWithoutVersion = await Promise.all([1, 2].map(() => send(scenario.id, officer, { type: 'requestRecognition' })));
    expect(racesWithoutVersion.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await expectStage(scenario.id, 'recognition.assessing')).toMatchObject({ version: 3, historyLength: 3 });
  });

  it('lets an evaluator read a scenario’s lifecycle that is not public only while on a current panel about it: others 403 OUT_OF_SCOPE, lists leave it out', async () => {
    const scenario = await registerScenario();
    expect((await send(scenario.id, officer, { type: 'startCultivation' })).status).toBe(200);
    expect((await send(scenario.id, officer, { type: 'requestRecognition' })).status).toBe(200);
    await expectStage(scenario.id, 'recognition.assessing');
    const evaluator = (id: string) => person('evaluator', null, id);
    const reads = async (id: string) => {
      const paths = [`/api/workflow/instances/${scenario.id}`, `/api/workflow/scenarios/${scenario.subjectId}`, `/api/workflow/instances/${scenario.id}/audit`, `/api/workflow/machines/scenario-lifecycle/statechart?instance=${scenario.id}`];
      const answers = await Promise.all(paths.map((path) => call('GET', path, evaluator(id))));
      const listed = (await call('GET', '/api/workflow/instances?machine=scenario-lifecycle&stage=recognition&limit=200', evaluator(id))).body.items.map((i: Json) => i.id);
      return { statuses: [...new Set(answers.map((a) => a.status))], codes: [...new Set(answers.map((a) => a.body.error?.code ?? null))], listed: listed.includes(scenario.id) };
    };
    const reading = { statuses: [200], codes: [null], listed: true };
    const refused = { statuses: [403], codes: ['OUT_OF_SCOPE'], listed: false };
    // In recognition, before the evaluation service named a panel, no evaluator reads it: the stage alone opens nothing.
    expect(await reads('ev-1')).toEqual(refused);
    const assessmentId = randomUUID();
    const panel = (evaluatorIds: string[]) => deliver('evaluation.assessment.v1', 'evaluation.assessment.panel-changed', scenario.subjectId, { assessmentId, subject: { kind: 'scenario', id: scenario.subjectId }, evaluatorIds, at: new Date().toISOString() });
    await panel(['ev-1', 'ev-2']);
    expect(await reads('ev-1')).toEqual(reading);
    expect(await reads('ev-3')).toEqual(refused);
    await panel(['ev-2', 'ev-3']); // ev-1 recused, ev-3 replaced them
    expect(await reads('ev-1')).toEqual(refused);
    expect(await reads('ev-3')).toEqual(reading);
    await panel([]); // superseded
    expect(await reads('ev-2')).toEqual(refused);
    expect((await sql.query('SELECT count(*)::int AS n FROM workflow.assessment_panel WHERE assessment_id = $1', [assessmentId])).rows[0].n).toBe(0);
  });

  it('gates recognition on a passing assessment: a failing one returns the scenario to cultivation', async () => {
    const scenario = await registerScenario();
    await send(scenario.id, officer, { type: 'startCultivation' });
    await send(scenario.id, officer, { type: 'requestRecognition' });
    const outbox = await sql.query("SELECT payload FROM workflow.outbox WHERE event_type = 'workflow.assessment.requested' AND message_key = $1", [scenario.subjectId]);
    expect(outbox.rows.map((r) => JSON.parse(r.payload).data)).toEqual([expect.objectContaining({ purpose: 'recognition', subject: { kind: 'scenario', id: scenario.subjectId } })]);
    const assessmentId = randomUUID();
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', scenario.subjectId, {
      assessmentId,
      subject: { kind: 'scenario', id: scenario.subjectId },
      purpose: 'recognition',
      passed: false,
      explanation: '价值评估 2/5 低于阈值 3',
      finalizedAt: new Date().toISOString(),
    });
    const back = await expectStage(scenario.id, 'cultivating');
    expect(back.history[back.history.length - 1]).toMatchObject({ event: { type: 'assessment.finalized', assessmentId, passed: false }, actor: { id: 'system' }, reason: '价值评估 2/5 低于阈值 3' });
  });

  it('keeps one live application per applicant and scenario: a second is 409, also when both are sent at once; after a withdrawal one may apply again', async () => {
    const open = await openScenario();
    const applicant = person('applicant', null, 'enterprise-twice');
    const apply = () => call('POST', '/api/workflow/applications', applicant, { scenarioId: open.subjectId });
    const [left, right] = await Promise.all([apply(), apply()]);
    expect([left.status, right.status].sort()).toEqual([201, 409]);
    const first = left.status === 201 ? left.body : right.body;
    const refused = left.status === 409 ? left.body : right.body;
    expect(refused.error).toMatchObject({ status: 409, code: 'DUPLICATE' });
    expect(refused.error.message).toContain(first.subjectId);
    expect(refused.error.message).toContain('您已申报该场景');

    // Submitted and under review still counts; another applicant is not affected.
    expect((await send(first.id, applicant, { type: 'submit' })).status).toBe(200);
    expect((await apply()).status).toBe(409);
    expect((await call('POST', '/api/workflow/applications', person('applicant', null, 'enterprise-other'), { scenarioId: open.subjectId })).status).toBe(201);
    const mine = await call('GET', `/api/workflow/instances?machine=${APPLICATION_LIFECYCLE.id}&applicant=enterprise-twice`);
    expect(mine.body.items.map((a: Json) => a.subjectId)).toEqual([first.subjectId]);
    const toScenario = await call('GET', `/api/workflow/instances?machine=${APPLICATION_LIFECYCLE.id}&scenario=${open.subjectId}`);
    expect(toScenario.body.items.map((a: Json) => a.subject.applicantId).sort()).toEqual(['enterprise-other', 'enterprise-twice']);

    expect((await send(first.id, applicant, { type: 'withdraw', reason: '重新准备材料' })).status).toBe(200);
    const again = await apply();
    expect(again.status).toBe(201);
    expect(again.body.subjectId).not.toBe(first.subjectId);
  });

  it("tells the applicant's organisation with every stage change of the application, so conflicts of interest can see it", async () => {
    const open = await openScenario();
    const applicant = callerHeaders({ id: 'enterprise-org', roles: ['applicant'], unit: null, organisation: ' 重庆交通大学 ' });
    const application = (await call('POST', '/api/workflow/applications', applicant, { scenarioId: open.subjectId })).body;
    expect(application.subject.parties).toEqual([{ organisation: '重庆交通大学', role: 'applicant' }]);
    expect((await send(application.id, applicant, { type: 'submit' })).status).toBe(200);
    const told = await sql.query("SELECT payload FROM workflow.outbox WHERE event_type = 'workflow.application.stage-changed' AND message_key = $1", [application.subjectId]);
    expect(told.rows.map((r) => JSON.parse(r.payload).data).sort((a: Json, b: Json) => a.sequence - b.sequence)).toEqual([
      expect.objectContaining({ to: 'draft', applicantId: 'enterprise-org', parties: [{ organisation: '重庆交通大学', role: 'applicant' }] }),
      expect.objectContaining({ to: 'submitted', parties: [{ organisation: '重庆交通大学', role: 'applicant' }] }),
    ]);
    // An applicant without an organisation is told as one with none (the evaluation service still checks the person).
    const loner = (await call('POST', '/api/workflow/applications', person('applicant', null, 'enterprise-loner'), { scenarioId: open.subjectId })).body;
    expect(loner.subject.parties).toEqual([]);
  });

  it('handles duplicate and late deadline events harmlessly, and an expired revision withdraws the application', async () => {
    const open = await openScenario();
    const application = (await call('POST', '/api/workflow/applications', person('applicant', null, APPLICANT), { scenarioId: open.subjectId })).body;
    const applicant = person('applicant', null, APPLICANT);
    expect((await send(application.id, applicant, { type: 'submit' })).status).toBe(200);
    expect((await send(application.id, officer, { type: 'startScreening' })).status).toBe(200);
    const returned = (await send(application.id, officer, { type: 'returnForRevision', reason: '缺少营业执照' })).body;
    expect(returned.stage).toBe('returned');
    const requested = await sql.query("SELECT payload FROM workflow.outbox WHERE event_type = 'workflow.deadline.requested' AND message_key = $1", [application.id]);
    const request = JSON.parse(requested.rows[0].payload).data;
    expect(request).toMatchObject({ deadline: 'revision', workingDays: 5, stage: 'returned', stageLabel: { zh: '退回补正', en: 'Returned for revision' }, responsibleUnits: expect.arrayContaining([OWNER_UNIT]) });
    const reached = (deadlineId: string) => deliver('notification.deadline.v1', 'notification.deadline.reached', application.id, { deadlineId, instanceId: application.id, deadline: 'revision', reachedAt: new Date().toISOString() });
    await reached(`${application.id}.revision-0`); // a stale timer from an earlier round
    expect((await expectStage(application.id, 'returned')).version).toBe(returned.version);
    await reached(request.deadlineId);
    await reached(request.deadlineId); // redelivered with a new event id: the machine ignores it
    const withdrawn = await expectStage(application.id, 'withdrawn');
    expect(withdrawn.version).toBe(returned.version + 1);
    expect(withdrawn.snapshot.context.withdrawnBy).toBe('revision-expired');
    // The cancellation of the deadline that caused the exit names the stage moved to: the due notice says it.
    const cancelled = await sql.query("SELECT payload FROM workflow.outbox WHERE event_type = 'workflow.deadline.cancelled' AND message_key = $1", [application.id]);
    expect(cancelled.rows.map((row) => JSON.parse(row.payload).data)).toEqual([
      expect.objectContaining({ deadlineId: request.deadlineId, deadline: 'revision', stage: 'withdrawn', stageLabel: { zh: '已撤回', en: 'Withdrawn' } }),
    ]);
  });

  it('matches the scenario when its application is approved after expert review and public notice', async () => {
    const open = await openScenario();
    const applicant = person('applicant', null, APPLICANT);
    const application = (await call('POST', '/api/workflow/applications', applicant, { scenarioId: open.subjectId })).body;
    for (const [who, type] of [
      [applicant, 'submit'],
      [officer, 'startScreening'],
      [officer, 'passScreening'],
      [officer, 'approveByUnit'],
    ] as const) {
      expect({ type, status: (await send(application.id, who, { type })).status }).toEqual({ type, status: 200 });
    }
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', application.subjectId, {
      assessmentId: randomUUID(),
      subject: { kind: 'application', id: application.subjectId },
      purpose: 'application-review',
      passed: true,
      explanation: '专家评审通过',
      finalizedAt: new Date().toISOString(),
    });
    const notice = await expectStage(application.id, 'publicNotice');
    await deliver('notification.deadline.v1', 'notification.deadline.reached', application.id, {
      deadlineId: `${application.id}.${notice.snapshot.context.deadlines.publicNotice}`,
      instanceId: application.id,
      deadline: 'publicNotice',
      reachedAt: new Date().toISOString(),
    });
    await expectStage(application.id, 'approved');
    const matched = await expectStage(open.id, 'operating.matched');
    expect(matched.snapshot.context.applicationId).toBe(application.subjectId);
  });

  it('verifies the history over HTTP: a row rewritten with plain hashes, an actor rewritten with the key, a tail deleted after an anchor', async () => {
    const db: SqlExecutor = { query: async (text, params) => ({ rows: (await sql.query(text, params as unknown[])).rows, rowCount: 0 }) };
    const audit = async (id: string) => (await call('GET', `/api/workflow/instances/${id}/audit`)).body;
    const verdicts = async (id: string) => (await audit(id)).entries.map((entry: Json) => entry.verdict);

    const rewritten = await registerScenario();
    await send(rewritten.id, officer, { type: 'startCultivation', reason: '纳入培育' });
    expect(await audit(rewritten.id)).toMatchObject({ ok: true, integrity: 'keyed', rows: 2, problems: [], replay: { ok: true, stage: 'cultivating' } });
    // (a) Without the key: a new actor and reason, plain SHA-256 links recomputed, the head moved.
    await forgeHistory(db, 'workflow', rewritten.id, { sequence: 1, change: (facts) => ({ ...facts, actor: { ...facts.actor, id: 'someone-else' }, reason: '伪造' }), relink: 'plain-sha256' });
    expect(await audit(rewritten.id)).toMatchObject({ ok: false, entries: [{ sequence: 0, verdict: 'ok' }, { sequence: 1, verdict: 'link-mismatch', problems: [expect.stringContaining('tampered')] }] });

    // (b) With the key: the actor becomes an officer of a unit that is not responsible, every link a valid HMAC.
    const reassigned = await registerScenario();
    await send(reassigned.id, officer, { type: 'startCultivation', reason: '纳入培育' });
    await forgeHistory(db, 'workflow', reassigned.id, { sequence: 1, change: (facts) => ({ ...facts, actor: { ...facts.actor, id: 'officer-forestry', unit: OUTSIDER_UNIT } }), relink: host.app.get(HistoryChainKeys).current });
    const unauthorised = await audit(reassigned.id);
    expect(unauthorised).toMatchObject({ ok: false, problems: [], replay: { ok: true } });
    expect(unauthorised.entries[1]).toMatchObject({ verdict: 'not-authorised', problems: [expect.stringContaining(`无权发送 startCultivation`)] });
    expect(unauthorised.entries[1].problems[0]).toContain(OUTSIDER_UNIT);

    // (c) The last row deleted after an anchor, the instance rolled back to match: only the anchor tells.
    const truncated = await registerScenario();
    await send(truncated.id, officer, { type: 'startCultivation', reason: '纳入培育' });
    await host.app.get(HistoryAnchorSchedule).anchorNow();
    await truncateHistory(db, 'workflow', truncated);
    const cut = await audit(truncated.id);
    expect(cut).toMatchObject({ ok: false, rows: 1, replay: { ok: true, stage: 'proposed' }, problems: [{ sequence: 1, code: 'anchor-missing' }] });
    expect(await verdicts(truncated.id)).toEqual(['ok']);
  });

  it('anchors the history heads when a service process starts and again when it stops gracefully', async () => {
    const anchoredHeads = async (id: string) => (await sql.query('SELECT sequence, link FROM workflow.lifecycle_anchor_head WHERE instance_id = $1 ORDER BY anchor_sequence', [id])).rows;
    const scenario = await registerScenario();
    const second = await bootstrapHost({ name: 'workflow-second', logger: createLogger('workflow-second', 'warn'), bus: new InProcessMessageBus(), port: 0, host: '127.0.0.1', modules: [WorkflowModule.register({ database: { url: database.url } })] });
    let closed = false;
    try {
      expect(await anchoredHeads(scenario.id)).toContainEqual({ sequence: 0, link: scenario.historyHead });
      const moved = await fetch(`${second.url}/api/workflow/instances/${scenario.id}/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...officer }, body: JSON.stringify({ type: 'startCultivation' }) });
      const { historyHead } = (await moved.json()) as Json;
      await second.close();
      closed = true;
      expect(await anchoredHeads(scenario.id)).toContainEqual({ sequence: 1, link: historyHead });
    } finally {
      if (!closed) await second.close();
    }
  });

  it('exports the statechart from the machine, with the instance’s stage marked', async () => {
    const scenario = await registerScenario();
    const mermaid = await call('GET', `/api/workflow/machines/scenario-lifecycle/statechart?format=mermaid&instance=${scenario.id}`);
    expect(mermaid.body).toContain('stateDiagram-v2');
    expect(mermaid.body).toContain('proposed --> cultivating: startCultivation');
    expect(mermaid.body).toContain('class proposed current');
    const json = (await call('GET', '/api/workflow/machines/application-lifecycle/statechart')).body;
    expect(json.root.children.map((n: Json) => n.key)).toEqual(expect.arrayContaining(['draft', 'screening', 'returned', 'publicNotice', 'approved']));
    expect((await call('GET', '/api/workflow/machines/nope/statechart')).status).toBe(404);
  });

  it('suspends an open scenario on an incident and resumes the stage it left; lists the machines and marks the stage on the JSON statechart', async () => {
    const open = await openScenario();
    const suspended = await send(open.id, officer, { type: 'reportIncident', description: '无人车碰擦', severity: 'general' });
    expect(suspended.body).toMatchObject({ stage: 'suspended.reported', snapshot: { value: { suspended: 'reported' }, context: { incident: { severity: 'general' } }, historyValue: expect.any(Object) } });
    for (const [who, type] of [
      [officer, 'startRectification'],
      [officer, 'submitRectification'],
      [coordinator, 'approveResumption'],
    ] as const) {
      expect({ type, status: (await send(open.id, who, { type })).status }).toEqual({ type, status: 200 });
    }
    await expectStage(open.id, 'operating.open');
    const machines = (await call('GET', '/api/workflow/machines')).body;
    expect(machines).toEqual([
      { id: 'scenario-lifecycle', version: 1, statechart: '/api/workflow/machines/scenario-lifecycle/statechart' },
      { id: 'application-lifecycle', version: 1, statechart: '/api/workflow/machines/application-lifecycle/statechart' },
    ]);
    const chart = (await call('GET', `${machines[0].statechart}?instance=${open.id}`)).body;
    expect(chart).toMatchObject({ machineId: 'scenario-lifecycle', version: 1, current: 'operating.open' });
    expect(chart.root.children.find((n: Json) => n.key === 'operating')).toMatchObject({ current: true, initial: 'operating.open' });
  });

  it('separates duties after an incident: neither the unit that reported nor the one that rectified approves the resumption; the coordinator or 市应急管理局 does', async () => {
    const emergency = person('officer', '市应急管理局', 'emergency-1');
    const refused = async (instanceId: string, who: Record<string, string>) => {
      const { status, body } = await send(instanceId, who, { type: 'approveResumption' });
      expect({ status, code: body.error?.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect(body).toMatchObject({ error: { status: 403, message: expect.any(String) }, requestId: expect.any(String) });
      return body.error.message as string;
    };
    // The owner (also a responsible unit) reports and rectifies: it may not approve its own work; 市应急管理局 may.
    const open = await openScenario();
    expect((await send(open.id, officer, { type: 'reportIncident', description: '无人车碰擦', severity: 'general' })).status).toBe(200);
    expect((await send(open.id, officer, { type: 'startRectification' })).status).toBe(200);
    expect((await send(open.id, officer, { type: 'submitRectification' })).status).toBe(200);
    expect(await refused(open.id, officer)).toMatch(/^只有统筹协调单位或 市应急管理局 可以执行 approveResumption/);
    expect((await send(open.id, emergency, { type: 'approveResumption' })).status).toBe(200);
    await expectStage(open.id, 'operating.open');
    // 市应急管理局 reports the next incident: then only the coordinator approves, and the refusal says so.
    expect((await send(open.id, emergency, { type: 'reportIncident', description: '传感器失效', severity: 'serious' })).status).toBe(200);
    expect((await send(open.id, officer, { type: 'startRectification' })).status).toBe(200);
    expect((await send(open.id, officer, { type: 'submitRectification' })).status).toBe(200);
    const allowedTo = async (who: Record<string, string>) => (await call('GET', `/api/workflow/instances/${open.id}`, who)).body.allowedEvents;
    expect(await allowedTo(emergency)).not.toContain('approveResumption');
    expect(await allowedTo(coordinator)).toContain('approveResumption');
    const message = await refused(open.id, emergency);
    expect(message).toContain('市应急管理局 不能批准恢复，须由 市发展改革委 批准');
    expect(message).toContain('may not approve the resumption; 市发展改革委 must approve it');
    await expectStage(open.id, 'suspended.underReview');
    expect((await send(open.id, coordinator, { type: 'approveResumption' })).status).toBe(200);
    const view = await expectStage(open.id, 'operating.open');
    // The history names who reported, rectified and approved: the check reads it, and an audit can too.
    const incidentRows = view.history.filter((row: Json) => ['reportIncident', 'submitRectification', 'approveResumption'].includes(row.event.type));
    expect(incidentRows.map((row: Json) => [row.event.type, row.actor.unit])).toEqual([
      ['reportIncident', OWNER_UNIT],
      ['submitRectification', OWNER_UNIT],
      ['approveResumption', '市应急管理局'],
      ['reportIncident', '市应急管理局'],
      ['submitRectification', OWNER_UNIT],
      ['approveResumption', '市发展改革委'],
    ]);
    expect((await call('GET', `/api/workflow/instances/${open.id}/audit`)).body).toMatchObject({ ok: true });
  });

  it('answers bad requests with 4xx and a message', async () => {
    const scenario = await registerScenario();
    const cases: Array<[Promise<{ status: number; body: Json }>, number]> = [
      [send(scenario.id, officer, { type: 'launchRocket' }), 400],
      [send(scenario.id, officer, { type: 'reject' }), 400],
      [send(scenario.id, officer, { type: 'enterSandbox', conditions: [], indicators: [ACCIDENT_RATE], expiresOn: 'soon' }), 400],
      [send(scenario.id, officer, { type: 'open' }), 403],
      [send(scenario.id, officer, { type: 'requestRecognition' }), 409],
      [send(randomUUID(), officer, { type: 'startCultivation' }), 404],
      [call('POST', '/api/workflow/applications', person('applicant', null, APPLICANT), { scenarioId: scenario.subjectId }), 409],
      [call('POST', '/api/workflow/applications', officer, { scenarioId: scenario.subjectId }), 403],
      [call('POST', '/api/workflow/applications', person('applicant', null), { scenarioId: 'x' }), 400],
      [call('GET', '/api/workflow/instances?after=garbage'), 400],
      [call('GET', '/api/workflow/instances?machine=other'), 400],
      [call('GET', '/api/workflow/instances?machine=application-lifecycle&scenario=not-a-uuid'), 400],
    ];
    for (const [request, status] of cases) {
      const response = await request;
      expect(response.status).toBe(status);
      expect(response.body.error.message).toEqual(expect.any(String));
    }
    expect((await call('GET', `/api/workflow/instances/${scenario.id}`)).body).toMatchObject({ version: 1, stage: 'proposed' });
  });
});
