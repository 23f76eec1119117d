import type { DynamicModule } from '@nestjs/common';
import { EvaluationModule } from '@scq/evaluation-infrastructure';
import { GatewayModule, gatewayAuthConfigFromEnv, serviceRoutesFromEnv, serviceTokenKeyFromEnv, forwardedPaths, type ServiceRoute } from '@scq/gateway-infrastructure';
import { NotificationModule } from '@scq/notification-infrastructure';
import { InProcessMessageBus, SERVICE_DATABASE } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import type { Database } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { RegistryModule } from '@scq/registry-infrastructure';
import { WorkflowModule } from '@scq/workflow-infrastructure';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const UNIT = '市交通运输委'; // responsible for transportation and clean energy; 市发展改革委 (the coordinator) for neither
const who = (id: string, roles: string, unit?: string): Record<string, string> => ({ 'x-user-id': id, 'x-user-roles': roles, ...(unit ? { 'x-user-unit': encodeURIComponent(unit) } : {}) });
const officer = who('tasks-officer', 'officer', UNIT);
const coordinator = who('tasks-coordinator', 'coordinator', '市发展改革委');
const EVALUATORS = ['tasks-evaluator-1', 'tasks-evaluator-2', 'tasks-evaluator-3'];

/**
 * 我的待办 through the gateway: `GET /api/tasks` merges what the workflow, evaluation and registry services answer for
 * the caller, dated by the notification service's armed deadlines, overdue first, with counts by kind. The same test
 * in the embedded host (every service in the gateway's process: edge reads in-process) and with the gateway
 * forwarding to the services in another host (edge reads over HTTP with the caller's service token).
 */
describe.each([['embedded'], ['forwarding']])('my tasks through the gateway (%s)', (mode) => {
  // One PostgreSQL database (DATABASE_URL in the embedded mode), each service in its own schema, as in production.
  let database: TestDatabase;
  const hosts: RunningHost[] = [];
  let gateway: RunningHost;
  let sql: Database;

  const gatewayModule = (routes: ServiceRoute[]) =>
    GatewayModule.register({
      routes,
      serviceTokenKey: serviceTokenKeyFromEnv(process.env),
      database: { pgliteDataDir: 'memory://' },
      auth: gatewayAuthConfigFromEnv({ GATEWAY_TRUST_CLIENT_IDENTITY: 'true', ADMIN_PASSWORD: 'first administrator passphrase' }),
      passwordHashing: { memoryCost: 1024, timeCost: 1 },
    });
  const host = async (name: string, modules: DynamicModule[], forwarded?: (path: string) => boolean) => {
    const started = await bootstrapHost({ name, logger: createLogger(name, 'warn'), bus: new InProcessMessageBus(), port: 0, host: '127.0.0.1', modules, forwarded });
    hosts.push(started);
    return started;
  };

  beforeAll(async () => {
    database = await createTestDatabase(`my_tasks_${mode}`);
    const location = { url: database.url };
    const services = [
      RegistryModule.register({ database: location }),
      WorkflowModule.register({ database: location }),
      EvaluationModule.register({ database: location }),
      NotificationModule.register({ database: location, rescheduleOnStart: false, sweepIntervalMs: 0 }),
    ];
    if (mode === 'embedded') {
      gateway = await host('my-tasks-embedded', [...services, gatewayModule([])]);
      sql = gateway.app.get<Database>(SERVICE_DATABASE, { strict: false });
    } else {
      const behind = await host('my-tasks-services', services);
      const routes = serviceRoutesFromEnv({ REGISTRY_URL: behind.url, WORKFLOW_URL: behind.url, EVALUATION_URL: behind.url, NOTIFICATION_URL: behind.url });
      gateway = await host('my-tasks-gateway', [gatewayModule(routes)], forwardedPaths(routes));
      sql = behind.app.get<Database>(SERVICE_DATABASE, { strict: false });
    }
    for (const [id, organisation] of [
      [EVALUATORS[0], '重庆大学'],
      [EVALUATORS[1], '西南大学'],
      [EVALUATORS[2], '重庆邮电大学'],
    ]) {
      expect((await call('POST', '/api/evaluation/evaluators', coordinator, { id, name: `专家 ${id}`, organisation, expertise: ['transportation'] })).status).toBe(201);
    }
  }, 60_000);
  afterAll(async () => {
    for (const started of hosts.reverse()) await started.close();
    await database?.drop();
  });

  async function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${gateway.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }
  async function eventually<T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> {
    for (let i = 0; i < 100; i++) {
      const value = await attempt();
      if (value !== undefined) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`never happened: ${what}`);
  }
  async function scenario(zh: string, domainCode: string): Promise<string> {
    const registered = await call('POST', '/api/scenarios', officer, { title: { zh }, domainCode, ownerUnit: UNIT, ownerType: 'municipal-department', tier: 'high-value-niche' });
    expect(registered.status).toBe(201);
    return registered.body.id;
  }
  async function sendEvent(scenarioId: string, type: string): Promise<void> {
    const sent = await eventually(`${type} on ${zh(scenarioId)}`, async () => {
      const answer = await call('POST', `/api/workflow/scenarios/${scenarioId}/events`, officer, { type });
      return answer.status === 404 ? undefined : answer;
    });
    expect({ type, status: sent.status }).toEqual({ type, status: 200 });
  }
  const zh = (id: string) => id.slice(0, 8);
  /** A scenario sent for recognition: the evaluation service opens its assessment. */
  async function inRecognition(title: string, domainCode: string): Promise<{ scenarioId: string; assessment: Json }> {
    const scenarioId = await scenario(title, domainCode);
    await sendEvent(scenarioId, 'startCultivation');
    await sendEvent(scenarioId, 'requestRecognition');
    const assessment = await eventually(`the assessment of ${title}`, async () => (await call('GET', `/api/evaluation/assessments?subject=${scenarioId}`, coordinator)).body.items?.[0]);
    return { scenarioId, assessment };
  }
  const tasks = async (headers: Record<string, string>, query = '') => {
    const answer = await call('GET', `/api/tasks${query}`, headers);
    expect(answer.status).toBe(200);
    expect(answer.body.unavailable).toEqual([]);
    return answer.body;
  };

  it('merges the services’ tasks for each caller, dated by the armed deadlines, overdue first, with counts by kind', async () => {
    const proposed = await scenario('公交智能排班', 'transportation');
    const first = await inRecognition('货运车路协同', 'transportation');
    const second = await inRecognition('港口无人集卡', 'transportation');
    // Nobody in the pool knows clean energy: this assessment waits for a panel, on its organisers.
    const waiting = await inRecognition('充换电站调度', 'clean-energy');
    const draft = await call('POST', '/api/batch-lists', coordinator, { number: '渝场景〔2026〕8号', title: { zh: '第八批应用场景清单', en: 'Batch 8' }, issueDate: '2026-04-01', items: [] });
    expect(draft.status).toBe(201);

    // An evaluator: both assignments, each due when its scoring period ends (the notification service's count).
    const evaluator = who(EVALUATORS[0], 'evaluator');
    const dated = await eventually('both scoring deadlines armed', async () => {
      const list = await tasks(evaluator);
      return list.items.length === 2 && list.items.every((t: Json) => t.dueAt) ? list : undefined;
    });
    expect(dated.items.map((t: Json) => [t.kind, t.subject.id, t.overdue])).toEqual([
      ['assignment', first.assessment.id, false],
      ['assignment', second.assessment.id, false],
    ]);
    expect(dated.items[0].workingDaysLeft).toBeGreaterThanOrEqual(9);

    // The second's scoring period runs out (as time would have it): it comes first, overdue.
    const secondView = (await call('GET', `/api/evaluation/assessments/${second.assessment.id}`, coordinator)).body;
    await sql.query(`UPDATE notification.deadline SET due_at = now() - interval '30 days' WHERE deadline_id = $1`, [secondView.scoringDeadlineId]);
    const late = await tasks(evaluator);
    expect(late.items.map((t: Json) => [t.subject.id, t.overdue])).toEqual([
      [second.assessment.id, true],
      [first.assessment.id, false],
    ]);
    expect(late.items[0].workingDaysLeft).toBeLessThan(0);
    expect(late.counts).toEqual({ total: 2, overdue: 1, byKind: { scenario: 0, application: 0, assessment: 0, assignment: 2, 'batch-list': 0, 'factor-request': 0 } });
    expect((await call('GET', '/api/tasks/count', evaluator)).body).toEqual({ counts: late.counts, unavailable: [] });
    // Filters narrow the items, never the counts.
    const overdueOnly = await tasks(evaluator, '?overdue=true');
    expect(overdueOnly.items.map((t: Json) => t.subject.id)).toEqual([second.assessment.id]);
    expect(overdueOnly.counts.total).toBe(2);
    expect((await tasks(evaluator, '?kind=scenario')).items).toEqual([]);
    expect(await tasks(evaluator, '?limit=1')).toMatchObject({ items: [{ subject: { id: second.assessment.id } }], truncated: true });

    // The responsible unit's officer: a scenario to cultivate (workflow) and an assessment waiting for a panel (evaluation).
    const mine = await tasks(officer);
    expect(mine.items.map((t: Json) => [t.kind, t.subject.id])).toEqual(
      expect.arrayContaining([
        ['scenario', proposed],
        ['assessment', waiting.assessment.id],
      ]),
    );
    expect(mine.items.find((t: Json) => t.kind === 'scenario')).toMatchObject({ allowedEvents: ['startCultivation'], href: `/scenarios/${proposed}`, dueAt: null });
    expect(mine.counts).toMatchObject({ total: 2, overdue: 0, byKind: { scenario: 1, assessment: 1 } });

    // The coordinator: the assessment waiting for a panel (evaluation) and the draft list (registry); no unit's scenarios.
    const coordinating = await tasks(coordinator);
    expect(coordinating.items.map((t: Json) => [t.kind, t.subject.id]).sort()).toEqual(
      [
        ['assessment', waiting.assessment.id],
        ['batch-list', draft.body.id],
      ].sort(),
    );

    // Another unit's officer and an applicant wait on nothing here.
    expect((await tasks(who('tasks-forestry', 'officer', '市林业局'))).counts.total).toBe(0);
    expect((await tasks(who('tasks-applicant', 'applicant'))).counts.total).toBe(0);
  }, 60_000);

  it('refuses filters it does not know, in both languages', async () => {
    const { status, body } = await call('GET', '/api/tasks?kind=everything&overdue=maybe', officer);
    expect(status).toBe(400);
    expect(body.error.fields.map((f: Json) => f.path).sort()).toEqual(['kind', 'overdue']);
    expect(body.error.fields[0].message).toMatch(/应为.*must be/);
    expect((await call('GET', '/api/tasks', {})).status).toBe(401);
  });
});
