import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';
import { rubricsForPurpose } from '@scq/evaluation-domain';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { EvaluationModule } from './evaluation.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Headers = Record<string, string>;

const coordinator: Headers = callerHeaders({ id: 'coordinator-1', roles: ['coordinator'], unit: '市发展改革委' });
const evaluator = (id: string): Headers => callerHeaders({ id, roles: ['evaluator'] });
const officer = (unit: string): Headers => callerHeaders({ id: `officer-${unit}`, roles: ['officer'], unit });
const OWNER_UNIT = '市交通运输委'; // responsible for transportation and clean energy, where the scenarios below are
const applicant = callerHeaders({ id: 'enterprise-1', roles: ['applicant'] });

/** `GET /api/evaluation/tasks`: assignments to score for evaluators, assessments waiting on their organisers. */
describe('evaluation service: the caller’s tasks over HTTP on PostgreSQL', () => {
  let database: TestDatabase;
  let host: RunningHost;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    database = await createTestDatabase('evaluation_tasks');
    host = await bootstrapHost({ name: 'evaluation-tasks-test', logger: createLogger('evaluation-tasks-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [EvaluationModule.register({ database: { url: database.url } })] });
    for (const [id, organisation] of [
      ['t-eval-1', '重庆大学'],
      ['t-eval-2', '西南大学'],
      ['t-eval-3', '重庆邮电大学'],
    ]) {
      const { status } = await call('POST', '/api/evaluation/evaluators', coordinator, { id, name: `专家 ${id}`, organisation, expertise: ['transportation'] });
      expect(status).toBe(201);
    }
  });
  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  async function call(method: string, path: string, headers: Headers, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }
  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    await bus.publish([{ topic, key: subject, value: JSON.stringify(buildEnvelope('test', topic, type as never, { subject, data: data as never })) }]);
  }
  /** A complete sheet of one score (a low one explained, as the rubric wants). */
  const sheet = (purpose: 'recognition' | 'effectiveness', value: number) =>
    rubricsForPurpose(purpose).flatMap((rubric) =>
      rubric.criteria.map((c) => ({ rubricId: rubric.id, criterionId: c.id, value: c.kind === 'pass-fail' ? true : value, comment: value < 3 ? '依据材料与现场核查，证据不足，未达到阈值要求' : '材料翔实，论证充分' })),
    );
  /** A scenario of the domain, and an assessment of it as the workflow would request one. */
  async function assessmentIn(domainCode: string, purpose: 'recognition' | 'effectiveness' = 'recognition'): Promise<Json> {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, { scenarioId, title: { zh: '测试场景' }, domainCode, ownerUnit: OWNER_UNIT, taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString() });
    await deliver('workflow.assessment.v1', 'workflow.assessment.requested', scenarioId, { subject: { kind: 'scenario', id: scenarioId }, purpose, instanceId: randomUUID(), domainCode, requestedAt: new Date().toISOString() });
    const [listed] = (await call('GET', `/api/evaluation/assessments?subject=${scenarioId}`, coordinator)).body.items;
    return (await call('GET', `/api/evaluation/assessments/${listed.id}`, coordinator)).body;
  }
  async function tasksOf(headers: Headers): Promise<Json[]> {
    const { status, body } = await call('GET', '/api/evaluation/tasks', headers);
    expect(status).toBe(200);
    return body.items;
  }
  const about = (items: Json[], assessmentId: string) => items.filter((item) => item.subject.id === assessmentId);

  it('gives each evaluator on the panel the assignment to score, with its scoring deadline, until they have scored', async () => {
    const assessment = await assessmentIn('transportation');
    expect(assessment.stage).toBe('scoring.onTime');
    const panel: string[] = assessment.assignments.map((a: Json) => a.evaluatorId);
    expect(panel).toHaveLength(3);
    for (const id of panel) {
      expect(about(await tasksOf(evaluator(id)), assessment.id)).toEqual([
        expect.objectContaining({
          id: `assignment:${assessment.id}`,
          kind: 'assignment',
          title: { zh: `认定评估：场景 ${assessment.subject.id.slice(0, 8)}`, en: `Recognition assessment: scenario ${assessment.subject.id.slice(0, 8)}` },
          subject: { kind: 'assessment', id: assessment.id },
          allowedEvents: ['submitScore'],
          href: `/evaluation/${assessment.id}`,
          instanceId: assessment.instanceId,
          deadlineIds: [assessment.scoringDeadlineId],
          overdue: false,
        }),
      ]);
    }
    // Scoring waits on the evaluators, not on the organisers.
    for (const other of [evaluator('t-eval-outsider'), officer(OWNER_UNIT), coordinator, applicant]) expect(about(await tasksOf(other), assessment.id)).toEqual([]);

    expect((await call('POST', `/api/evaluation/assessments/${assessment.id}/scores`, evaluator(panel[0]), { scores: sheet('recognition', 4) })).status).toBe(201);
    expect(about(await tasksOf(evaluator(panel[0])), assessment.id)).toEqual([]);
    expect(about(await tasksOf(evaluator(panel[1])), assessment.id)).toHaveLength(1);
  });

  it('gives an assessment waiting for a panel to its organising unit’s officers and the coordinator', async () => {
    // Nobody in the pool knows clean energy: the assessment waits for evaluators.
    const assessment = await assessmentIn('clean-energy');
    expect(assessment.stage).toBe('assigning');
    const expected = { id: `assessment:${assessment.id}`, kind: 'assessment', allowedEvents: ['assignEvaluators'], action: { zh: '配齐评审专家（评估在等待专家）', en: 'Seat the panel (the assessment waits for evaluators)' }, href: `/evaluation/${assessment.id}` };
    expect(about(await tasksOf(officer(OWNER_UNIT)), assessment.id)).toEqual([expect.objectContaining({ ...expected, unit: OWNER_UNIT })]);
    expect(about(await tasksOf(coordinator), assessment.id)).toEqual([expect.objectContaining({ ...expected, unit: null })]);
    for (const other of [officer('市林业局'), evaluator('t-eval-1'), applicant]) expect(about(await tasksOf(other), assessment.id)).toEqual([]);
  });

  it('gives a panel review, after scores that disagree too much, to the organisers: the panel’s decision is theirs to record', async () => {
    const assessment = await assessmentIn('transportation', 'effectiveness');
    const panel: string[] = assessment.assignments.map((a: Json) => a.evaluatorId);
    for (const [id, value] of [
      [panel[0], 5],
      [panel[1], 1.5],
      [panel[2], 4],
    ] as const) {
      expect((await call('POST', `/api/evaluation/assessments/${assessment.id}/scores`, evaluator(id), { scores: sheet('effectiveness', value) })).status).toBe(201);
    }
    const expected = { id: `assessment:${assessment.id}`, allowedEvents: ['recordPanelDecision'], action: { zh: '记录专家组复议决定', en: 'Record the panel’s decision' } };
    expect(about(await tasksOf(officer(OWNER_UNIT)), assessment.id)).toEqual([expect.objectContaining(expected)]);
    expect(about(await tasksOf(coordinator), assessment.id)).toEqual([expect.objectContaining(expected)]);
    for (const id of panel) expect(about(await tasksOf(evaluator(id)), assessment.id)).toEqual([]);
  });
});
