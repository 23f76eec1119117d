import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';
import { EvaluationModule } from '@scq/evaluation-infrastructure';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, slowTimeout, type TestDatabase } from '@scq/platform-testing';
import { WorkflowModule } from '@scq/workflow-infrastructure';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Headers = Record<string, string>;

const OWNER_UNIT = '市交通运输委';
const DOMAIN = 'unmanned-systems';
const coordinator = callerHeaders({ id: 'coordinator-li', roles: ['coordinator'], unit: '市发展改革委' });
const officer = callerHeaders({ id: 'officer-1', roles: ['officer'], unit: OWNER_UNIT });
const cqu = callerHeaders({ id: 'cqu-wang', roles: ['applicant'], organisation: '重庆大学' });
const cquAlone = callerHeaders({ id: 'cqu-liu', roles: ['applicant'], organisation: '重庆大学' });

/**
 * Conflicts of interest are checked against every member of a consortium (issue 18 point 2): the workflow and the
 * evaluation service in one host over the in-process bus, each on its own PostgreSQL database, sharing nothing but the
 * events. An application made by a consortium carries its members as parties; an evaluator of a member organisation is
 * never seated, and one found to belong to a member after assignment is taken off the panel. The same university
 * applying alone does not exclude that evaluator.
 */
describe('an application made by a consortium, its conflicts checked against every member', () => {
  let workflowDb: TestDatabase;
  let evaluationDb: TestDatabase;
  let host: RunningHost | undefined;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    workflowDb = await createTestDatabase('consortium_workflow');
    evaluationDb = await createTestDatabase('consortium_evaluation');
    host = await bootstrapHost({
      name: 'consortium-conflicts-test',
      logger: createLogger('consortium-conflicts-test', 'warn'),
      bus,
      port: 0,
      host: '127.0.0.1',
      modules: [WorkflowModule.register({ database: { url: workflowDb.url } }), EvaluationModule.register({ database: { url: evaluationDb.url } })],
    });
  });
  afterAll(async () => {
    await host?.close();
    await workflowDb?.drop();
    await evaluationDb?.drop();
  });

  async function call(method: string, path: string, headers: Headers, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host!.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  }

  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    await bus.publish([{ topic, key: subject, value: JSON.stringify(buildEnvelope('test', topic, type as never, { subject, data: data as never })) }]);
  }

  async function eventually<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
    const until = Date.now() + slowTimeout(0.5);
    for (;;) {
      const found = await probe();
      if (found !== undefined) return found;
      if (Date.now() > until) throw new Error(`never happened: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function send(instanceId: string, headers: Headers, event: Record<string, unknown>): Promise<void> {
    const answer = await call('POST', `/api/workflow/instances/${instanceId}/events`, headers, event);
    expect({ event: event.type, status: answer.status }).toEqual({ event: event.type, status: 200 });
  }

  /** A scenario open for applications, as the registry's events make it (its recognition decided by hand). */
  async function openScenario(): Promise<string> {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, { scenarioId, title: { zh: '自动驾驶接驳' }, domainCode: DOMAIN, ownerUnit: OWNER_UNIT, taxonomyVersion: '2025-draft', district: '两江新区', registeredAt: new Date().toISOString() });
    const scenario = await eventually('the scenario’s lifecycle', async () => {
      const found = await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer);
      return found.status === 200 ? found.body : undefined;
    });
    await send(scenario.id, officer, { type: 'startCultivation' });
    await send(scenario.id, officer, { type: 'requestRecognition' });
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', scenarioId, { assessmentId: randomUUID(), subject: { kind: 'scenario', id: scenarioId }, purpose: 'recognition', passed: true, explanation: '通过', finalizedAt: new Date().toISOString() });
    const number = `渝场景〔2026〕${Math.floor(Math.random() * 1e6)}号`;
    await deliver('registry.batch-list.v1', 'registry.batch-list.published', number, { listId: randomUUID(), number, revision: 1, revisionOf: null, reason: null, scenarioIds: [scenarioId], added: [scenarioId], removed: [], publishedBy: 'coordinator-li', publishedAt: new Date().toISOString() });
    await deliver('registry.scenario.v1', 'registry.scenario.opportunity-published', scenarioId, { scenarioId, opportunityId: randomUUID(), title: { zh: '接驳车辆' }, publishedOn: '2026-05-01', publishedBy: 'officer-1', at: new Date().toISOString() });
    await eventually('the scenario open', async () => ((await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer)).body.stage === 'operating.open' ? true : undefined));
    return scenarioId;
  }

  /** Applies, submits and passes the unit's review: the application goes to expert review, whose assessment the evaluation service opens. */
  async function toExpertReview(headers: Headers, scenarioId: string, consortiumId?: string): Promise<{ applicationId: string; assessment: Json }> {
    const applied = await call('POST', '/api/workflow/applications', headers, { scenarioId, ...(consortiumId ? { consortiumId } : {}) });
    expect(applied.status).toBe(201);
    await send(applied.body.id, headers, { type: 'submit' });
    for (const type of ['startScreening', 'passScreening', 'approveByUnit']) await send(applied.body.id, officer, { type });
    const applicationId = applied.body.subjectId as string;
    const assessment = await eventually('the application’s assessment, assigned', async () => {
      const [listed] = (await call('GET', `/api/evaluation/assessments?subject=${applicationId}`, coordinator)).body.items ?? [];
      if (!listed) return undefined;
      const view = (await call('GET', `/api/evaluation/assessments/${listed.id as string}`, coordinator)).body;
      return view.stage === 'assigning' ? undefined : view;
    });
    return { applicationId, assessment };
  }

  const seated = (assessment: Json): string[] => (assessment.assignments as Json[]).filter((a) => a.status === 'assigned' || a.status === 'submitted').map((a) => a.evaluatorId as string).sort();

  it('never seats an evaluator of a member organisation, and takes off one found to belong to a member after assignment', async () => {
    for (const [id, organisation] of [
      ['e-changan', '长安汽车'],
      ['e-cqupt', '重庆邮电大学'],
      ['e-swu', '西南大学'],
      ['e-cqut', '重庆理工大学'],
    ]) {
      expect((await call('POST', '/api/evaluation/evaluators', coordinator, { id, name: `专家 ${id}`, organisation, expertise: [DOMAIN] })).status).toBe(201);
    }
    const scenarioId = await openScenario();
    const consortium = await call('POST', '/api/workflow/consortia', cqu, {
      name: { zh: '智能网联汽车场景创新联合体', en: 'Connected vehicles consortium' },
      members: [
        { organisation: '重庆大学', kind: 'university', role: 'lead', contribution: '感知算法' },
        { organisation: '长安汽车', kind: 'enterprise', role: 'member', contribution: '整车' },
        { organisation: '中国汽车工程研究院', kind: 'research-institute', role: 'member', contribution: '检验检测' },
      ],
    });
    expect(consortium.status).toBe(201);

    const { assessment } = await toExpertReview(cqu, scenarioId, consortium.body.id);
    // 长安汽车 is neither the applicant nor its organisation: only its membership of the consortium makes the conflict.
    expect(assessment.excluded).toEqual([{ evaluatorId: 'e-changan', conflicts: [expect.objectContaining({ kind: 'same-organisation', party: '长安汽车' })] }]);
    expect(seated(assessment)).toEqual(['e-cqupt', 'e-cqut', 'e-swu']);

    // After assignment, e-swu turns out to work for another member: taken off the panel, e-changan is still no replacement.
    expect((await call('PATCH', '/api/evaluation/evaluators/e-swu', coordinator, { organisation: '中国汽车工程研究院' })).status).toBe(200);
    const reviewed = await eventually('the panel reviewed', async () => {
      const view = (await call('GET', `/api/evaluation/assessments/${assessment.id as string}`, coordinator)).body;
      return (view.assignments as Json[]).some((a) => a.evaluatorId === 'e-swu' && a.status === 'conflict') ? view : undefined;
    });
    expect(seated(reviewed)).toEqual(['e-cqupt', 'e-cqut']);
    expect(reviewed.waitingReason).toContain('e-swu');

    // The same university applying alone: 长安汽车's evaluator is no conflict there.
    const alone = await toExpertReview(cquAlone, scenarioId);
    expect(alone.assessment.excluded ?? []).toEqual([]);
    expect(seated(alone.assessment)).toHaveLength(3);
  });
});
