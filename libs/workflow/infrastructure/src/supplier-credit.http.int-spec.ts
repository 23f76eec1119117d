import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { WorkflowModule } from './workflow.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const OWNER_UNIT = '市交通运输委';
const RESTRICTED = '重庆失信示例科技有限公司';

/** 失信: the registry restricts a supplier; the workflow, which decides applications, refuses its applicants (issue 18, point 7). */
describe('workflow service: a 失信-restricted supplier may not apply (PostgreSQL)', () => {
  let database: TestDatabase;
  let host: RunningHost;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    database = await createTestDatabase('supplier-credit');
    host = await bootstrapHost({ name: 'supplier-credit-test', logger: createLogger('supplier-credit-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [WorkflowModule.register({ database: { url: database.url } })] });
  });
  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  const officer = callerHeaders({ id: 'officer-1', roles: ['officer'], unit: OWNER_UNIT });
  const applicantOf = (organisation: string, id: string) => callerHeaders({ id, roles: ['applicant'], unit: null, organisation, district: null });

  async function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  async function deliver<T extends TopicName>(topic: T, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    const envelope = buildEnvelope('test', topic, type as never, { subject, data: data as never });
    await bus.publish([{ topic, key: subject, value: JSON.stringify(envelope) }]);
  }

  async function stageOf(id: string): Promise<string> {
    return (await call('GET', `/api/workflow/instances/${id}`, officer)).body.stage;
  }

  async function openScenario(): Promise<Json> {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, {
      scenarioId, title: { zh: '园区无人配送' }, domainCode: 'unmanned-systems', ownerUnit: OWNER_UNIT, taxonomyVersion: '2025-draft', district: '两江新区', registeredAt: new Date().toISOString(),
    });
    const scenario = (await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer)).body;
    expect((await call('POST', `/api/workflow/instances/${scenario.id}/events`, officer, { type: 'startCultivation' })).status).toBe(200);
    expect((await call('POST', `/api/workflow/instances/${scenario.id}/events`, officer, { type: 'requestRecognition' })).status).toBe(200);
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', scenarioId, {
      assessmentId: randomUUID(), subject: { kind: 'scenario', id: scenarioId }, purpose: 'recognition', passed: true, explanation: '总分 12/15', finalizedAt: new Date().toISOString(),
    });
    const number = `渝场景〔2026〕${Math.floor(Math.random() * 1e6)}号`;
    await deliver('registry.batch-list.v1', 'registry.batch-list.published', number, {
      listId: randomUUID(), number, revision: 1, revisionOf: null, reason: null, scenarioIds: [scenarioId], added: [scenarioId], removed: [], publishedBy: 'coordinator-1', publishedAt: new Date().toISOString(),
    });
    await deliver('registry.scenario.v1', 'registry.scenario.opportunity-published', scenarioId, {
      scenarioId, opportunityId: randomUUID(), publishedOn: '2026-05-01', publishedBy: 'officer-1', at: new Date().toISOString(),
    });
    expect(await stageOf(scenario.id)).toBe('operating.open');
    return scenario;
  }

  const creditChanged = (status: 'normal' | 'restricted', at: string) =>
    deliver('registry.supplier.v1', 'registry.supplier.credit-changed', RESTRICTED, {
      supplierId: randomUUID(),
      organisation: RESTRICTED,
      status,
      reason: status === 'restricted' ? '列入严重失信主体名单' : null,
      since: status === 'restricted' ? '2026-05-01' : null,
      changedBy: 'coordinator-1',
      at,
    });

  it('refuses with 403 CREDIT_RESTRICTED and a bilingual message naming the reason and date; others apply; lifting it lets the supplier apply', async () => {
    const scenario = await openScenario();
    await creditChanged('restricted', '2026-05-01T02:00:00Z');
    const refused = await call('POST', '/api/workflow/applications', applicantOf(RESTRICTED, 'applicant-restricted'), { scenarioId: scenario.subjectId });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('CREDIT_RESTRICTED');
    expect(refused.body.error.message).toContain('失信');
    expect(refused.body.error.message).toContain('列入严重失信主体名单');
    expect(refused.body.error.message).toContain('may not apply');
    expect((await call('POST', '/api/workflow/applications', applicantOf('重庆守信科技有限公司', 'applicant-fine'), { scenarioId: scenario.subjectId })).status).toBe(201);

    // An older event delivered late does not lift a newer restriction.
    await creditChanged('normal', '2026-04-01T02:00:00Z');
    expect((await call('POST', '/api/workflow/applications', applicantOf(RESTRICTED, 'applicant-restricted'), { scenarioId: scenario.subjectId })).status).toBe(403);

    await creditChanged('normal', '2026-06-01T02:00:00Z');
    expect((await call('POST', '/api/workflow/applications', applicantOf(RESTRICTED, 'applicant-restricted'), { scenarioId: scenario.subjectId })).status).toBe(201);
  });
});
