import { randomUUID } from 'node:crypto';
import { addCalendarDays, beijingDateOf } from '@scq/calendar';
import type { TopicName } from '@scq/contracts';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, listedAndOpened, type TestDatabase } from '@scq/platform-testing';
import { Client } from 'pg';
import { WorkflowModule } from './workflow.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const OWNER_UNIT = '市交通运输委';
const today = () => beijingDateOf(new Date());
const accidents = { key: 'accident-rate', name: { zh: '事故率', en: 'Incident rate' }, unit: '%', threshold: { max: 0.5 } };
const punctuality = { key: 'on-time', name: { zh: '准点率', en: 'On-time rate' }, unit: '%', threshold: { min: 90 } };
const terms = () => ({ conditions: ['限定园区道路'], indicators: [accidents, punctuality], expiresOn: addCalendarDays(today(), 180) });

/** The sandbox terms as data over HTTP (issue 14 point 6): expiry in the future, thresholds, readings that open the re-review. */
describe('workflow service: sandbox terms and indicator readings over HTTP', () => {
  let database: TestDatabase;
  let host: RunningHost;
  let sql: Client;
  const bus = new InProcessMessageBus();
  const officer = callerHeaders({ id: 'officer-1', roles: ['officer'], unit: OWNER_UNIT });
  const outsider = callerHeaders({ id: 'officer-9', roles: ['officer'], unit: '市林业局' });

  beforeAll(async () => {
    database = await createTestDatabase('workflow_sandbox');
    host = await bootstrapHost({ name: 'workflow-sandbox-test', logger: createLogger('workflow-sandbox-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [WorkflowModule.register({ database: { url: database.url } })] });
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await host?.close();
    await database?.drop();
  });

  async function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }
  const send = (instanceId: string, headers: Record<string, string>, event: Record<string, unknown>) => call('POST', `/api/workflow/instances/${instanceId}/events`, headers, event);
  const read = async (instanceId: string): Promise<Json> => (await call('GET', `/api/workflow/instances/${instanceId}`, officer)).body;

  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    await bus.publish([{ topic, key: subject, value: JSON.stringify(buildEnvelope('test', topic, type as never, { subject, data: data as never })) }]);
  }

  /** A scenario registered, recognised, listed, opened, matched with an application and piloting. */
  async function pilotingScenario(): Promise<Json> {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, { scenarioId, title: { zh: '园区无人配送' }, domainCode: 'unmanned-systems', ownerUnit: OWNER_UNIT, taxonomyVersion: '2025-draft', district: '两江新区', registeredAt: new Date().toISOString() });
    const { id } = (await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer)).body;
    const assessed = (subject: { kind: string; id: string }, purpose: string) =>
      deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', subject.id, { assessmentId: randomUUID(), subject, purpose, passed: true, explanation: '通过', finalizedAt: new Date().toISOString() });
    for (const type of ['startCultivation', 'requestRecognition']) expect((await send(id, officer, { type })).status).toBe(200);
    await assessed({ kind: 'scenario', id: scenarioId }, 'recognition');
    for (const published of listedAndOpened(scenarioId)) await deliver(published.topic, published.type, published.subject, published.data);
    const applicant = callerHeaders({ id: `enterprise-${randomUUID().slice(0, 8)}`, roles: ['applicant'] });
    const application = (await call('POST', '/api/workflow/applications', applicant, { scenarioId })).body;
    expect((await send(application.id, applicant, { type: 'submit' })).status).toBe(200);
    for (const type of ['startScreening', 'passScreening', 'approveByUnit']) expect((await send(application.id, officer, { type })).status).toBe(200);
    await assessed({ kind: 'application', id: application.subjectId }, 'application-review');
    const notice = await read(application.id);
    await deliver('notification.deadline.v1', 'notification.deadline.reached', application.id, { deadlineId: `${application.id}.${notice.snapshot.context.deadlines.publicNotice}`, instanceId: application.id, deadline: 'publicNotice', reachedAt: new Date().toISOString() });
    expect((await read(id)).stage).toBe('operating.matched');
    expect((await send(id, officer, { type: 'startPilot' })).status).toBe(200);
    return read(id);
  }

  async function sandboxedScenario(): Promise<Json> {
    const scenario = await pilotingScenario();
    const entered = await send(scenario.id, officer, { type: 'enterSandbox', ...terms() });
    expect(entered.status).toBe(200);
    expect(entered.body).toMatchObject({ stage: 'operating.piloting.sandbox', snapshot: { context: { sandbox: { indicators: [accidents, punctuality], readings: {} } } } });
    return entered.body;
  }

  const breaches = async (scenarioId: string) =>
    (await sql.query("SELECT payload FROM workflow.outbox WHERE event_type = 'workflow.scenario.sandbox-indicator-breached' AND message_key = $1", [scenarioId])).rows.map((r) => JSON.parse(r.payload).data);

  it('refuses sandbox terms whose expiry is not after today (Beijing) or whose indicators lack a threshold, with 400 naming the field; nothing changes', async () => {
    const scenario = await pilotingScenario();
    const refusals: Array<[string, Record<string, unknown>, string, string]> = [
      ['past expiry', { ...terms(), expiresOn: '2020-01-01' }, 'SANDBOX_EXPIRY_NOT_FUTURE', 'expiresOn'],
      ['expiry today', { ...terms(), expiresOn: today() }, 'SANDBOX_EXPIRY_NOT_FUTURE', 'expiresOn'],
      ['indicator without threshold', { ...terms(), indicators: [{ ...accidents, threshold: {} }] }, 'VALIDATION_FAILED', 'indicators.0.threshold'],
      ['indicator as free text', { ...terms(), indicators: ['事故率'] }, 'VALIDATION_FAILED', 'indicators.0'],
      ['indicator without unit', { ...terms(), indicators: [{ ...accidents, unit: '' }] }, 'VALIDATION_FAILED', 'indicators.0.unit'],
      ['min above max', { ...terms(), indicators: [{ ...accidents, threshold: { min: 2, max: 1 } }] }, 'VALIDATION_FAILED', 'indicators.0.threshold'],
      ['duplicate keys', { ...terms(), indicators: [accidents, { ...punctuality, key: accidents.key }] }, 'VALIDATION_FAILED', 'indicators'],
    ];
    for (const [name, payload, code, path] of refusals) {
      const { status, body } = await send(scenario.id, officer, { type: 'enterSandbox', ...payload });
      expect({ name, status, code: body.error.code }).toEqual({ name, status: 400, code });
      expect(body.error.message).toMatch(/[\u4e00-\u9fff].* [A-Za-z]/);
      expect(body.error.fields.map((f: Json) => f.path)).toContain(path);
    }
    expect(await read(scenario.id)).toMatchObject({ stage: 'operating.piloting.regular', version: scenario.version });
  });

  it('records a reading within its threshold and stays in the sandbox; publishes no breach', async () => {
    const sandbox = await sandboxedScenario();
    const within = await send(sandbox.id, officer, { type: 'reportSandboxIndicator', indicatorKey: 'accident-rate', value: 0.5, observedOn: today(), note: '11 月累计' });
    expect(within.status).toBe(200);
    expect(within.body).toMatchObject({ stage: 'operating.piloting.sandbox', snapshot: { context: { sandbox: { readings: { 'accident-rate': { value: 0.5, observedOn: today(), note: '11 月累计' } } } } } });
    expect(await breaches(sandbox.subjectId)).toEqual([]);
  });

  it('opens the sandbox re-review on a reading beyond its threshold and tells the responsible units through the outbox', async () => {
    const sandbox = await sandboxedScenario();
    const beyond = await send(sandbox.id, officer, { type: 'reportSandboxIndicator', indicatorKey: 'on-time', value: 82.5, observedOn: today() });
    expect(beyond.status).toBe(200);
    expect(beyond.body.stage).toBe('operating.piloting.sandboxReview');
    expect(beyond.body.allowedEvents).toEqual(expect.arrayContaining(['renewSandbox', 'exitSandbox']));
    expect(await breaches(sandbox.subjectId)).toEqual([
      expect.objectContaining({ scenarioId: sandbox.subjectId, instanceId: sandbox.id, indicator: punctuality, value: 82.5, stage: 'operating.piloting.sandboxReview', responsibleUnits: sandbox.subject.responsibleUnits, reportedBy: 'officer-1' }),
    ]);
    // The re-review renews with terms that again expire in the future.
    expect((await send(sandbox.id, officer, { type: 'renewSandbox', ...terms(), expiresOn: '2020-12-31' })).body.error.code).toBe('SANDBOX_EXPIRY_NOT_FUTURE');
    expect((await send(sandbox.id, officer, { type: 'renewSandbox', ...terms() })).body.stage).toBe('operating.piloting.sandbox');
  });

  it('refuses a reading for an unknown indicator or dated after today with 400, one from outside the responsible units with 403, and one outside the sandbox with 409', async () => {
    const sandbox = await sandboxedScenario();
    const unknown = await send(sandbox.id, officer, { type: 'reportSandboxIndicator', indicatorKey: 'noise-level', value: 1, observedOn: today() });
    expect({ status: unknown.status, code: unknown.body.error.code }).toEqual({ status: 400, code: 'UNKNOWN_INDICATOR' });
    expect(unknown.body.error.message).toContain('accident-rate（事故率）');
    const future = await send(sandbox.id, officer, { type: 'reportSandboxIndicator', indicatorKey: 'accident-rate', value: 0.1, observedOn: addCalendarDays(today(), 2) });
    expect({ status: future.status, code: future.body.error.code }).toEqual({ status: 400, code: 'READING_IN_FUTURE' });
    expect((await send(sandbox.id, officer, { type: 'reportSandboxIndicator', indicatorKey: 'accident-rate', value: 'high', observedOn: today() })).status).toBe(400);
    expect((await send(sandbox.id, outsider, { type: 'reportSandboxIndicator', indicatorKey: 'noise-level', value: 1, observedOn: today() })).status).toBe(403);
    expect((await read(sandbox.id)).version).toBe(sandbox.version);
    expect((await send(sandbox.id, officer, { type: 'exitSandbox' })).status).toBe(200);
    const regular = await send(sandbox.id, officer, { type: 'reportSandboxIndicator', indicatorKey: 'accident-rate', value: 0.1, observedOn: today() });
    expect({ status: regular.status, code: regular.body.error.code }).toEqual({ status: 409, code: 'EVENT_NOT_ACCEPTED' });
  });
});
