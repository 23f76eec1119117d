import { InProcessMessageBus, SERVICE_DATABASE } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import type { Database } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { RegistryModule } from '../registry.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const COORDINATOR = callerHeaders({ id: 'ndrc-1', roles: ['coordinator'], unit: '市发展改革委' });
const OTHERS = [
  callerHeaders({ id: 'officer-1', roles: ['officer'], unit: '市交通运输委' }),
  callerHeaders({ id: 'enterprise-1', roles: ['applicant'] }),
  callerHeaders({ id: 'evaluator-1', roles: ['evaluator'] }),
  callerHeaders({ id: 'admin-1', roles: ['admin'] }),
];

/** `GET /api/registry/tasks`: the coordinator's batch-list drafts and the recognised scenarios waiting for a list. */
describe('registry service: the caller’s tasks over HTTP on PostgreSQL', () => {
  let database: TestDatabase;
  let host: RunningHost;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase('registry_tasks');
    host = await bootstrapHost({ name: 'registry-tasks-test', logger: createLogger('registry-tasks-test', 'warn'), bus: new InProcessMessageBus(), port: 0, host: '127.0.0.1', modules: [RegistryModule.register({ database: { url: database.url } })] });
    db = host.app.get<Database>(SERVICE_DATABASE, { strict: false });
  });
  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  async function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }
  async function recognisedScenario(zh: string): Promise<string> {
    const { status, body } = await call('POST', '/api/scenarios', COORDINATOR, { title: { zh, en: `${zh} (en)` }, domainCode: 'transportation', ownerUnit: '市交通运输委', ownerType: 'municipal-department', tier: 'high-value-niche' });
    expect(status).toBe(201);
    // As the stage read model records `workflow.scenario.stage-changed`.
    await db.query(`UPDATE registry.scenario SET stage = 'recognition.recognized', stage_sequence = 4, stage_changed_at = now() WHERE id = $1`, [body.id]);
    return body.id;
  }
  async function tasksOf(headers: Record<string, string>): Promise<Json[]> {
    const { status, body } = await call('GET', '/api/registry/tasks', headers);
    expect(status).toBe(200);
    return body.items;
  }

  it('gives the coordinator the recognised scenarios on no list, then the draft that takes them, and nobody else anything', async () => {
    const first = await recognisedScenario('智慧公交调度');
    const second = await recognisedScenario('货运无人驾驶');
    const awaiting = await tasksOf(COORDINATOR);
    expect(awaiting.map((task) => task.subject)).toEqual([
      { kind: 'scenario', id: first },
      { kind: 'scenario', id: second },
    ]);
    expect(awaiting[0]).toMatchObject({ kind: 'batch-list', title: { zh: '智慧公交调度', en: '智慧公交调度 (en)' }, action: { zh: '认定通过，待编入批次清单', en: 'Recognised: put it on a batch list' }, href: `/scenarios/${first}`, overdue: false });

    const draft = await call('POST', '/api/batch-lists', COORDINATOR, { number: '渝场景〔2026〕7号', title: { zh: '第七批应用场景清单', en: 'Batch 7' }, issueDate: '2026-04-01', items: [{ scenarioId: first }] });
    expect(draft.status).toBe(201);
    const tasks = await tasksOf(COORDINATOR);
    expect(tasks.map((task) => task.subject)).toEqual([
      { kind: 'scenario', id: second },
      { kind: 'batch-list', id: draft.body.id },
    ]);
    expect(tasks[1]).toMatchObject({
      id: `batch-list:${draft.body.id}`,
      title: { zh: '第七批应用场景清单（渝场景〔2026〕7号）', en: 'Batch 7 (渝场景〔2026〕7号)' },
      action: { zh: '完成草稿并发布（1 个场景）', en: 'Finish and publish the draft (1 scenario)' },
      href: `/batch-lists/${draft.body.id}`,
    });
    for (const other of OTHERS) expect(await tasksOf(other)).toEqual([]);
  });
});
