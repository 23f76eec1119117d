import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';
import { buildEnvelope, InProcessMessageBus, SERVICE_DATABASE } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import type { Database } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { EvaluationModule } from './evaluation.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Headers = Record<string, string>;

const coordinator: Headers = callerHeaders({ id: 'coordinator-li', roles: ['coordinator'], unit: 'development-reform-commission' });
const evaluator = (id: string): Headers => callerHeaders({ id, roles: ['evaluator'] });
const CQJTU = { organisationId: 'org-cqjtu', name: '重庆交通大学', aliases: ['重交大'], uscc: null, kind: 'university' };

/**
 * The directory's organisation names reach the evaluation service (`identity.organisation.changed` through its inbox)
 * and every organisation typed into the pool is spelled the directory's way, so a conflict of interest between `重交大`
 * and `重庆交通大学` is found; names stored before the service knew the alias are compared as the directory spells them.
 */
describe.each([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('organisation names from the directory in the evaluation service on %s', (_name, engine) => {
  let database: TestDatabase | null = null;
  let host: RunningHost | undefined;
  let sql: Database;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    database = engine === 'postgres' ? await createTestDatabase('evaluation_orgnames') : null;
    const location = database ? { url: database.url } : { pgliteDataDir: 'memory://' };
    host = await bootstrapHost({ name: 'evaluation-test', logger: createLogger('evaluation-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [EvaluationModule.register({ database: location })] });
    sql = host.app.get<Database>(SERVICE_DATABASE, { strict: false });
  });
  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  async function call(method: string, path: string, headers: Headers, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host!.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  }

  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>, envelope = buildEnvelope('test', topic, type as never, { subject, data: data as never })): Promise<typeof envelope> {
    await bus.publish([{ topic, key: subject, value: JSON.stringify(envelope) }]);
    return envelope;
  }

  const organisationChanged = (data: Record<string, unknown>) => deliver('identity.organisation.v1', 'identity.organisation.changed', String(data.organisationId), data);

  async function addEvaluator(id: string, organisation: string): Promise<Json> {
    const created = await call('POST', '/api/evaluation/evaluators', coordinator, { id, name: `专家 ${id}`, organisation, expertise: ['smart-logistics'] });
    expect(created.status).toBe(201);
    return created.body;
  }

  async function readModel(): Promise<Json[]> {
    const { rows } = await sql.query('SELECT organisation_id, name, aliases, uscc FROM evaluation.organisation_name ORDER BY organisation_id');
    return rows;
  }

  /** An application of `applicant-cq` up for expert review: who was excluded, and for which conflicts. */
  async function exclusionsOfAnApplication(): Promise<Record<string, string[]>> {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, { scenarioId, title: { zh: '物流场景' }, domainCode: 'smart-logistics', ownerUnit: '市交通运输委', taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString() });
    const applicationId = randomUUID();
    await deliver('workflow.application.v1', 'workflow.application.stage-changed', applicationId, {
      applicationId, scenarioId, applicantId: 'applicant-cq', instanceId: randomUUID(), machine: { id: 'application-lifecycle', version: 1 },
      from: 'unitReview', to: 'expertReview', event: 'approveByUnit', actor: 'officer-1', sequence: 4, changedAt: new Date().toISOString(),
    });
    await deliver('workflow.assessment.v1', 'workflow.assessment.requested', applicationId, { subject: { kind: 'application', id: applicationId }, purpose: 'application-review', instanceId: randomUUID(), domainCode: 'smart-logistics', requestedAt: new Date().toISOString() });
    const listed = await call('GET', `/api/evaluation/assessments?subject=${applicationId}`, coordinator);
    const assessment = (await call('GET', `/api/evaluation/assessments/${listed.body.items[0].id as string}`, coordinator)).body;
    return Object.fromEntries(assessment.excluded.map((e: Json) => [e.evaluatorId, e.conflicts.map((c: Json) => `${c.kind} ${c.party}`)]));
  }

  it('finds an evaluator of 重交大 in conflict with a party of 重庆交通大学 once the directory said they are one', async () => {
    // The applicant acts for 重庆交通大学 in the pool.
    expect((await call('PUT', `/api/evaluation/organisations/${encodeURIComponent('重庆交通大学')}`, coordinator, { name: '重庆交通大学', parentId: null, accounts: ['applicant-cq'] })).status).toBe(200);
    // Before the event, the alias is another organisation: the evaluator keeps it as typed and is not in conflict.
    expect((await addEvaluator('before-event', '重交大')).organisationId).toBe('重交大');
    expect(await exclusionsOfAnApplication()).toEqual({});

    await organisationChanged({ ...CQJTU, at: new Date().toISOString() });
    expect(await readModel()).toEqual([{ organisation_id: 'org-cqjtu', name: '重庆交通大学', aliases: ['重交大'], uscc: null }]);

    expect((await addEvaluator('by-alias', ' 重交大 ')).organisationId).toBe('重庆交通大学');
    expect((await addEvaluator('unknown', '西南大学 ')).organisationId).toBe('西南大学');
    await addEvaluator('declared', '重庆大学');
    const declared = await call('POST', '/api/evaluation/evaluators/declared/conflicts', evaluator('declared'), { kind: 'declared', party: '重交大', reason: '兼职教授 adjunct professor' });
    expect(declared).toMatchObject({ status: 201, body: { party: '重庆交通大学' } });
    // The pool's organisation named by its alias is the directory's organisation.
    expect(await call('PUT', `/api/evaluation/organisations/${encodeURIComponent('重交大')}`, coordinator, { name: '重庆交通大学', parentId: null, accounts: ['applicant-cq'] })).toMatchObject({ status: 200, body: { id: '重庆交通大学' } });

    // Conflicts compare the names as the directory spells them today: the evaluator entered before the event too.
    expect(await exclusionsOfAnApplication()).toEqual({
      'before-event': ['same-organisation 重庆交通大学'],
      'by-alias': ['same-organisation 重庆交通大学'],
      declared: ['declared 重庆交通大学'],
    });
  });

  it('keeps the newest word of the directory: a redelivered or older event changes nothing', async () => {
    const first = await organisationChanged({ organisationId: 'org-tencent', name: '腾讯科技（深圳）有限公司', aliases: ['腾讯'], uscc: '914403001922038216', kind: 'enterprise', at: '2026-12-01T00:00:00.000Z' });
    await deliver('identity.organisation.v1', 'identity.organisation.changed', 'org-tencent', {}, first);
    const { rows } = await sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM evaluation.inbox WHERE message_id = $1`, [first.id]);
    expect(rows[0].count).toBe(1);
    await organisationChanged({ organisationId: 'org-tencent', name: '腾讯科技（深圳）有限公司', aliases: ['腾讯', '腾讯科技'], uscc: '914403001922038216', kind: 'enterprise', at: '2026-12-03T00:00:00.000Z' });
    await organisationChanged({ organisationId: 'org-tencent', name: '腾讯', aliases: [], uscc: null, kind: 'enterprise', at: '2026-12-02T00:00:00.000Z' });
    expect((await readModel()).find((row) => row.organisation_id === 'org-tencent')).toEqual({ organisation_id: 'org-tencent', name: '腾讯科技（深圳）有限公司', aliases: ['腾讯', '腾讯科技'], uscc: '914403001922038216' });
    // By its 统一社会信用代码, spaces and all.
    expect((await addEvaluator('by-code', '9144 0300 1922 0382 16')).organisationId).toBe('腾讯科技（深圳）有限公司');
    expect((await addEvaluator('by-new-alias', '腾讯科技')).organisationId).toBe('腾讯科技（深圳）有限公司');
  });
});
