import { createTestDatabase, eventually, startKafkaMockCluster, startServiceProcess, type KafkaMockCluster, type ServiceProcess, type TestDatabase, slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(2));

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Headers = Record<string, string>;

const officer: Headers = { 'x-user-id': 'officer-zhang', 'x-user-roles': 'officer', 'x-user-unit': 'transport-commission' };
const coordinator: Headers = { 'x-user-id': 'coordinator-li', 'x-user-roles': 'coordinator', 'x-user-unit': 'development-reform-commission' };
const evaluator = (id: string): Headers => ({ 'x-user-id': id, 'x-user-roles': 'evaluator' });
const POOL: Array<[string, string]> = [
  ['expert-cqu', '重庆大学'],
  ['expert-swu', '西南大学'],
  ['expert-cqupt', '重庆邮电大学'],
  ['expert-cqjtu', '重庆交通大学'],
  ['expert-owner', 'transport-commission'], // the owner unit of the scenarios below: always conflicted
  ['expert-institute', '市交通规划研究院'], // a child organisation of the owner unit: always conflicted
];

/**
 * The recognition gate with the real evaluation service: registry, workflow and evaluation as separate processes
 * over Kafka (librdkafka mock cluster) and PostgreSQL, driven through the gateway. The workflow asks for an
 * assessment, the evaluation service opens it and assigns three evaluators from the pool (never a conflicted
 * one), they score blind through the API, the consensus is published, and the scenario advances — or, failing,
 * returns to cultivation — with the explanation in its history.
 */
describe('assessment gate end to end over Kafka', () => {
  let kafka: KafkaMockCluster;
  let database: TestDatabase;
  const services: ServiceProcess[] = [];
  let gateway: ServiceProcess;

  beforeAll(async () => {
    [kafka, database] = await Promise.all([startKafkaMockCluster(), createTestDatabase('evaluation_e2e')]);
    const env = { DATABASE_URL: database.url, KAFKA_BROKERS: kafka.brokers.join(','), KAFKA_TOPIC_PREFIX: `${kafka.prefix}.`, REDIS_URL: '' };
    for (const app of ['scenario-registry', 'application-workflow', 'evaluation']) services.push(await startServiceProcess(app, env));
    const [registry, workflow, evaluation] = services;
    gateway = await startServiceProcess('gateway', { REGISTRY_URL: registry.url, WORKFLOW_URL: workflow.url, EVALUATION_URL: evaluation.url, GATEWAY_TRUST_CLIENT_IDENTITY: 'true', DEMO_ACCOUNTS: 'true' });
    services.push(gateway);
    // Listening is not joined: the tests count from the consumer groups joined.
    await Promise.all(services.map((service) => service.consumersJoined()));
  });

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await Promise.all([kafka?.stop(), database?.drop()]);
  });

  async function call(method: string, path: string, headers: Headers = {}, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${gateway.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  async function ok(method: string, path: string, headers: Headers, body?: unknown, status = 200): Promise<Json> {
    const response = await call(method, path, headers, body);
    expect({ path, status: response.status, error: response.body?.error }).toEqual({ path, status, error: undefined });
    return response.body;
  }

  async function workflowStage(instanceId: string, stage: string): Promise<Json> {
    return eventually(async () => {
      const { body } = await call('GET', `/api/workflow/instances/${instanceId}`, officer);
      return body.stage === stage ? body : undefined;
    }, 30_000);
  }

  /** A scenario registered and driven to recognition; the assessment the evaluation service opened for it, once assigned. */
  async function scenarioInRecognition(title: string): Promise<{ scenarioId: string; workflowId: string; assessment: Json }> {
    // The officer of the owner unit registers it (an anonymous caller may not).
    const created = await ok('POST', '/api/scenarios', officer, { title: { zh: title }, domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', ownerType: 'municipal-department', tier: 'high-value-niche' }, 201);
    const scenarioId = created.id;
    const scenario = await eventually(async () => {
      const { status, body } = await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer);
      return status === 200 ? body : undefined;
    }, 30_000);
    await ok('POST', `/api/workflow/instances/${scenario.id}/events`, officer, { type: 'startCultivation' });
    await ok('POST', `/api/workflow/instances/${scenario.id}/events`, officer, { type: 'requestRecognition' });
    const assessment = await eventually(async () => {
      const { body } = await call('GET', `/api/evaluation/assessments?subject=${scenarioId}&stage=scoring`, coordinator);
      return body.items?.[0];
    }, 30_000);
    return { scenarioId, workflowId: scenario.id, assessment: await ok('GET', `/api/evaluation/assessments/${assessment.id}`, coordinator) };
  }

  /** Every assigned evaluator finds the assessment among their assignments and scores every criterion of its rubrics. */
  async function scoreAll(assessment: Json, score: (evaluatorId: string) => number): Promise<Json> {
    const panel: string[] = assessment.assignments.map((a: Json) => a.evaluatorId);
    let last: Json = null;
    for (const id of panel) {
      const mine = await ok('GET', '/api/evaluation/assignments/mine', evaluator(id));
      const task = mine.items.find((item: Json) => item.assessment.id === assessment.id);
      expect(task.assignment.status).toBe('assigned');
      expect((await call('GET', `/api/evaluation/assessments/${assessment.id}/consensus`, evaluator(id))).status).toBe(403);
      const value = score(id);
      const scores = task.assessment.rubrics.flatMap((rubric: Json) =>
        rubric.criteria.map((criterion: Json) => ({
          rubricId: rubric.id,
          criterionId: criterion.id,
          value: criterion.kind === 'scored' ? value : true,
          comment: value >= 3 ? '方案成熟，需求明确' : '应用场景需求不清晰，落地条件不足',
        })),
      );
      last = await ok('POST', `/api/evaluation/assessments/${assessment.id}/scores`, evaluator(id), { scores }, 201);
    }
    return last;
  }

  it('opens an assessment for a scenario in recognition, scores it blind, and the passing decision advances the scenario', async () => {
    const started = performance.now();
    await ok('PUT', `/api/evaluation/organisations/${encodeURIComponent('市交通规划研究院')}`, coordinator, { name: '重庆市交通规划研究院', parentId: 'transport-commission' });
    for (const [id, organisation] of POOL) await ok('POST', '/api/evaluation/evaluators', coordinator, { id, name: `专家 ${id}`, organisation, expertise: ['unmanned-systems'] }, 201);

    const { scenarioId, workflowId, assessment } = await scenarioInRecognition('两江新区园区无人配送');
    expect(assessment).toMatchObject({ purpose: 'recognition', subject: { kind: 'scenario', id: scenarioId }, stage: 'scoring.onTime', rubricRefs: [{ id: 'recognition-standard' }, { id: 'value-assessment' }] });
    const panel = assessment.assignments.map((a: Json) => a.evaluatorId);
    expect(panel).toHaveLength(3);
    expect(panel).not.toContain('expert-owner');
    expect(panel).not.toContain('expert-institute');
    expect(assessment.excluded.map((e: Json) => e.evaluatorId).sort()).toEqual(['expert-institute', 'expert-owner']);
    // The panel reaches the registry and the workflow over Kafka: its evaluators read the scenario (not public yet) and
    // its lifecycle; an evaluator not on it is refused.
    for (const path of [`/api/scenarios/${scenarioId}`, `/api/workflow/scenarios/${scenarioId}`]) {
      for (const id of panel) await eventually(async () => ((await call('GET', path, evaluator(id))).status === 200 ? true : undefined), 30_000);
      const outsider = await call('GET', path, evaluator('expert-owner'));
      expect({ path, status: outsider.status, code: outsider.body?.error?.code }).toEqual({ path, status: 403, code: 'OUT_OF_SCOPE' });
    }

    const last = await scoreAll(assessment, (id) => (id === panel[0] ? 4.5 : 4));
    expect(last).toMatchObject({ stage: 'finalized', outcome: { passed: true } });
    const recognized = await workflowStage(workflowId, 'recognition.recognized');
    const gate = recognized.history[recognized.history.length - 1];
    expect(gate).toMatchObject({ event: { type: 'assessment.finalized', assessmentId: assessment.id, passed: true, purpose: 'recognition' }, actor: { id: 'system' } });
    expect(gate.reason).toBe(last.outcome.explanation);
    expect(gate.reason).toContain('【场景认定标准 Scenario recognition standard v1】通过 passed');
    console.log(`recognition gate over Kafka: request → assessment → 3 blind sheets → decision → scenario recognised in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  it('returns the scenario to cultivation when the assessment fails, with the criteria and thresholds in its history', async () => {
    const { workflowId, assessment } = await scenarioInRecognition('主城区无人机城市巡检');
    const last = await scoreAll(assessment, () => 2.5);
    expect(last).toMatchObject({ stage: 'finalized', outcome: { passed: false } });
    const back = await workflowStage(workflowId, 'cultivating');
    const gate = back.history[back.history.length - 1];
    expect(gate).toMatchObject({ event: { type: 'assessment.finalized', assessmentId: assessment.id, passed: false }, from: 'recognition.assessing', to: 'cultivating' });
    expect(gate.reason).toContain('不通过 FAILED');
    expect(gate.reason).toContain('新颖性 Novelty 2.50/5.00 (≥3.00 ✗)');
    expect(gate.reason).toContain('总分 total 7.50/15.00 (≥10.00 ✗)');
    const consensus = await ok('GET', `/api/evaluation/assessments/${assessment.id}/consensus`, coordinator);
    expect(consensus).toMatchObject({ complete: true, consensus: { passed: false, evaluators: 3 } });
  });
});
