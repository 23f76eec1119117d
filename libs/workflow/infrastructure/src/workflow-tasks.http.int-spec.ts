import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, listedAndOpened, type TestDatabase } from '@scq/platform-testing';
import { WorkflowModule } from './workflow.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const OWNER_UNIT = '市交通运输委'; // owns the scenarios below, and is a responsible unit of transportation (市发展改革委 is not)
const OUTSIDER_UNIT = '市林业局';

/** `GET /api/workflow/tasks`: what waits on each caller, from the permissions the instance view offers. */
describe('workflow service: the caller’s tasks over HTTP on PostgreSQL', () => {
  let database: TestDatabase;
  let host: RunningHost;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    database = await createTestDatabase('workflow_tasks');
    host = await bootstrapHost({ name: 'workflow-tasks-test', logger: createLogger('workflow-tasks-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [WorkflowModule.register({ database: { url: database.url } })] });
  });
  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  const officer = callerHeaders({ id: 'officer-1', roles: ['officer'], unit: OWNER_UNIT });
  const outsider = callerHeaders({ id: 'officer-2', roles: ['officer'], unit: OUTSIDER_UNIT });
  const coordinator = callerHeaders({ id: 'coordinator-1', roles: ['coordinator'], unit: '市发展改革委' });
  const applicant = callerHeaders({ id: 'enterprise-1', roles: ['applicant'] });
  const otherApplicant = callerHeaders({ id: 'enterprise-2', roles: ['applicant'] });
  const evaluator = callerHeaders({ id: 'evaluator-1', roles: ['evaluator'] });

  async function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }
  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    await bus.publish([{ topic, key: subject, value: JSON.stringify(buildEnvelope('test', topic, type as never, { subject, data: data as never })) }]);
  }
  async function act(instanceId: string, headers: Record<string, string>, event: Record<string, unknown>): Promise<Json> {
    const { status, body } = await call('POST', `/api/workflow/instances/${instanceId}/events`, headers, event);
    expect({ event: event.type, status }).toEqual({ event: event.type, status: 200 });
    return body;
  }
  async function registerScenario(title: string): Promise<Json> {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, { scenarioId, title: { zh: title, en: `${title} (en)` }, domainCode: 'transportation', ownerUnit: OWNER_UNIT, taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString() });
    return (await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer)).body;
  }
  async function tasksOf(headers: Record<string, string>): Promise<Json[]> {
    const { status, body } = await call('GET', '/api/workflow/tasks', headers);
    expect(status).toBe(200);
    expect(body.truncated).toBe(false);
    return body.items;
  }
  const about = (items: Json[], id: string) => items.filter((item) => item.subject.id === id);

  it('gives the responsible unit’s officer the scenarios waiting on them, and nobody else', async () => {
    const scenario = await registerScenario('园区无人配送');
    const [task] = about(await tasksOf(officer), scenario.subjectId);
    expect(task).toMatchObject({
      id: `scenario:${scenario.subjectId}`,
      kind: 'scenario',
      title: { zh: '园区无人配送', en: '园区无人配送 (en)' },
      subject: { kind: 'scenario', id: scenario.subjectId },
      // Withdrawing is always possible; it is not what the stage waits for.
      allowedEvents: ['startCultivation'],
      action: { zh: '征集：启动培育', en: 'Proposed: start cultivation' },
      href: `/scenarios/${scenario.subjectId}`,
      instanceId: scenario.id,
      overdue: false,
      unit: OWNER_UNIT,
    });
    for (const other of [outsider, coordinator, applicant, evaluator]) expect(about(await tasksOf(other), scenario.subjectId)).toEqual([]);

    await act(scenario.id, officer, { type: 'startCultivation' });
    expect(about(await tasksOf(officer), scenario.subjectId)[0].allowedEvents).toEqual(['reject', 'requestRecognition']);
    await act(scenario.id, officer, { type: 'requestRecognition' });
    // Being assessed, the scenario waits on the evaluation service, not on a person (rejecting stays possible).
    expect(about(await tasksOf(officer), scenario.subjectId)).toEqual([]);
  });

  it('follows an application from its applicant to the responsible unit and back, with the revision deadline named', async () => {
    const scenario = await registerScenario('无人机物流');
    await act(scenario.id, officer, { type: 'startCultivation' });
    await act(scenario.id, officer, { type: 'requestRecognition' });
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', scenario.subjectId, { assessmentId: randomUUID(), subject: { kind: 'scenario', id: scenario.subjectId }, purpose: 'recognition', passed: true, explanation: '通过', finalizedAt: new Date().toISOString() });
    for (const published of listedAndOpened(scenario.subjectId)) await deliver(published.topic, published.type, published.subject, published.data);
    const application = (await call('POST', '/api/workflow/applications', applicant, { scenarioId: scenario.subjectId })).body;

    const [draft] = about(await tasksOf(applicant), application.subjectId);
    expect(draft).toMatchObject({ kind: 'application', title: { zh: '申报：无人机物流', en: 'Application for 无人机物流 (en)' }, allowedEvents: ['submit'], href: `/applications/${application.subjectId}` });
    expect(about(await tasksOf(otherApplicant), application.subjectId)).toEqual([]);
    expect(about(await tasksOf(officer), application.subjectId)).toEqual([]);

    await act(application.id, applicant, { type: 'submit' });
    expect(about(await tasksOf(applicant), application.subjectId)).toEqual([]);
    expect(about(await tasksOf(officer), application.subjectId)[0].allowedEvents).toEqual(['startScreening']);
    expect(about(await tasksOf(outsider), application.subjectId)).toEqual([]);

    await act(application.id, officer, { type: 'startScreening' });
    const returned = await act(application.id, officer, { type: 'returnForRevision', reason: '材料不全' });
    const [revision] = about(await tasksOf(applicant), application.subjectId);
    expect(revision).toMatchObject({ allowedEvents: ['resubmit'], deadlineIds: [`${application.id}.${returned.snapshot.context.deadlines.revision}`] });
  });

  it('gives the coordinator the exemption decisions, wherever the scenario is, and not every scenario it could act on', async () => {
    const scenario = await registerScenario('低空巡检');
    await act(scenario.id, officer, { type: 'startCultivation' });
    await act(scenario.id, officer, { type: 'requestRecognition' });
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', scenario.subjectId, { assessmentId: randomUUID(), subject: { kind: 'scenario', id: scenario.subjectId }, purpose: 'recognition', passed: true, explanation: '通过', finalizedAt: new Date().toISOString() });
    for (const published of listedAndOpened(scenario.subjectId)) await deliver(published.topic, published.type, published.subject, published.data);
    expect(about(await tasksOf(coordinator), scenario.subjectId)).toEqual([]);

    await act(scenario.id, officer, { type: 'terminate', reason: '试点失败' });
    const [review] = about(await tasksOf(coordinator), scenario.subjectId);
    expect(review).toMatchObject({ kind: 'scenario', allowedEvents: ['denyExemption', 'grantExemption'], action: { zh: '容错免责审查：不予免责、准予免责', en: 'Exemption review: deny the exemption, grant the exemption' }, unit: null });
    expect(about(await tasksOf(officer), scenario.subjectId)).toEqual([]);
  });

  it('refuses a limit it does not serve', async () => {
    const { status, body } = await call('GET', '/api/workflow/tasks?limit=0', officer);
    expect(status).toBe(400);
    expect(body.error.fields[0].path).toBe('limit');
  });
});
