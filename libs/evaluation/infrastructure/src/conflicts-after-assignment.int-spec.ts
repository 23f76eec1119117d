import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';
import { ASSESSMENT_LIFECYCLE_V1, rubricsForPurpose, type AssessmentPurpose } from '@scq/evaluation-domain';
import { buildEnvelope, InProcessMessageBus, SERVICE_DATABASE } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import type { Database } from '@scq/platform-persistence';
import { auditInstance, LifecycleCatalog, LifecycleRunner } from '@scq/platform-lifecycle';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { EvaluationModule } from './evaluation.module';
import { AssessmentMachineUpgrade } from './machine-upgrade';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Headers = Record<string, string>;

const coordinator: Headers = callerHeaders({ id: 'coordinator-li', roles: ['coordinator'], unit: 'development-reform-commission' });
const evaluator = (id: string): Headers => callerHeaders({ id, roles: ['evaluator'] });
const CQJTU = { organisationId: 'org-cqjtu', name: '重庆交通大学', aliases: ['重交大'], uscc: null, kind: 'university' };

/**
 * Conflicts of interest see every party (issue 14 point 3): the applicant's organisation travels with the application's
 * stage changes, so an evaluator of that organisation is never assigned without anyone registering it by hand; and a
 * conflict learned after assignment ends the assignment, seats a replacement, tells the panel and the coordinator.
 * Each test uses its own domain, so that each has its own part of the pool.
 */
describe.each([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('conflicts of interest with every party, in the evaluation service on %s', (_name, engine) => {
  let database: TestDatabase | null = null;
  let host: RunningHost;
  let sql: Database;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    database = engine === 'postgres' ? await createTestDatabase('evaluation_parties') : null;
    const location = database ? { url: database.url } : { pgliteDataDir: 'memory://' };
    host = await bootstrapHost({ name: 'evaluation-test', logger: createLogger('evaluation-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [EvaluationModule.register({ database: location })] });
    sql = host.app.get<Database>(SERVICE_DATABASE, { strict: false });
  });
  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  async function call(method: string, path: string, headers: Headers, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  }

  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    const envelope = buildEnvelope('test', topic, type as never, { subject, data: data as never });
    await bus.publish([{ topic, key: subject, value: JSON.stringify(envelope) }]);
  }

  async function addEvaluator(id: string, domain: string, organisation: string): Promise<void> {
    const created = await call('POST', '/api/evaluation/evaluators', coordinator, { id, name: `专家 ${id}`, organisation, expertise: [domain] });
    expect({ id, status: created.status }).toEqual({ id, status: 201 });
  }

  /** An application up for expert review, as the workflow tells it; `parties` absent: an event from before they were told. */
  async function applicationInReview(domainCode: string, applicantId: string, parties?: Array<{ organisation: string; role: string }>): Promise<{ scenarioId: string; applicationId: string }> {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, { scenarioId, title: { zh: '测试场景' }, domainCode, ownerUnit: '市交通运输委', taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString() });
    const applicationId = randomUUID();
    await stageChanged(scenarioId, applicationId, applicantId, parties);
    await deliver('workflow.assessment.v1', 'workflow.assessment.requested', applicationId, { subject: { kind: 'application', id: applicationId }, purpose: 'application-review', instanceId: randomUUID(), domainCode, requestedAt: new Date().toISOString() });
    return { scenarioId, applicationId };
  }

  function stageChanged(scenarioId: string, applicationId: string, applicantId: string, parties?: Array<{ organisation: string; role: string }>, to = 'expertReview'): Promise<void> {
    return deliver('workflow.application.v1', 'workflow.application.stage-changed', applicationId, {
      applicationId, scenarioId, applicantId, ...(parties ? { parties } : {}), instanceId: randomUUID(), machine: { id: 'application-lifecycle', version: 1 },
      from: 'unitReview', to, event: 'approveByUnit', actor: 'officer-1', sequence: 4, changedAt: new Date().toISOString(),
    });
  }

  async function assessmentOf(subjectId: string): Promise<Json> {
    const listed = await call('GET', `/api/evaluation/assessments?subject=${subjectId}`, coordinator);
    expect(listed.body.items).toHaveLength(1);
    return (await call('GET', `/api/evaluation/assessments/${listed.body.items[0].id as string}`, coordinator)).body;
  }

  const panelOf = (assessment: Json): string[] => assessment.assignments.filter((a: Json) => a.status === 'assigned' || a.status === 'submitted').map((a: Json) => a.evaluatorId).sort();
  const statusOf = (assessment: Json, evaluatorId: string): Json => assessment.assignments.find((a: Json) => a.evaluatorId === evaluatorId);

  async function outbox(eventType: string, key: string): Promise<Json[]> {
    const { rows } = await sql.query<{ payload: string }>('SELECT payload FROM evaluation.outbox WHERE event_type = $1 AND message_key = $2 ORDER BY seq', [eventType, key]);
    return rows.map((row) => JSON.parse(row.payload).data);
  }

  function sheet(purpose: AssessmentPurpose, score: number) {
    return rubricsForPurpose(purpose).flatMap((rubric) =>
      rubric.criteria.map((criterion) => ({ rubricId: rubric.id, criterionId: criterion.id, value: criterion.kind === 'pass-fail' ? true : score, comment: score < 3 ? '依据材料与现场核查，证据不足，未达到阈值要求' : '材料翔实，论证充分' })),
    );
  }

  it("never assigns an evaluator of the applicant's own organisation, learned from the workflow's event alone (canonical names, no hand registration)", async () => {
    await deliver('identity.organisation.v1', 'identity.organisation.changed', CQJTU.organisationId, { ...CQJTU, at: new Date().toISOString() });
    await addEvaluator('o-same', 'smart-logistics', '重交大');
    await addEvaluator('o-1', 'smart-logistics', '重庆大学');
    await addEvaluator('o-2', 'smart-logistics', '西南大学');
    // The applicant's organisation is spelled by its alias: the one canonical name still finds the conflict.
    const { applicationId } = await applicationInReview('smart-logistics', 'applicant-jtu', [{ organisation: '重交大', role: 'applicant' }]);
    const short = await assessmentOf(applicationId);
    expect(short).toMatchObject({ stage: 'assigning', waitingReason: expect.stringContaining('pool short: 3 needed, 2 eligible') });
    expect(short.excluded).toEqual([{ evaluatorId: 'o-same', conflicts: [expect.objectContaining({ kind: 'same-organisation', party: '重庆交通大学' })] }]);
    expect(short.assignments).toEqual([]);

    await addEvaluator('o-3', 'smart-logistics', '重庆邮电大学');
    const assigned = await assessmentOf(applicationId);
    expect(assigned).toMatchObject({ stage: 'scoring.onTime', waitingReason: null });
    expect(panelOf(assigned)).toEqual(['o-1', 'o-2', 'o-3']);
  });

  it('ends the assignment of an evaluator found in conflict after assignment, seats a replacement, tells the panel and the coordinator', async () => {
    for (const [id, organisation] of [
      ['r-robot', '重庆机器人公司'],
      ['r-1', '重庆大学'],
      ['r-2', '西南大学'],
    ]) {
      await addEvaluator(id, 'healthcare', organisation);
    }
    // The application's events predate the parties: nobody knows the applicant works for 重庆机器人公司 yet.
    const { scenarioId, applicationId } = await applicationInReview('healthcare', 'enterprise-zhao');
    const before = await assessmentOf(applicationId);
    expect(panelOf(before)).toEqual(['r-1', 'r-2', 'r-robot']);
    expect((await call('POST', `/api/evaluation/assessments/${before.id as string}/scores`, evaluator('r-1'), { scores: sheet('application-review', 4) })).status).toBe(201);
    await addEvaluator('r-3', 'healthcare', '重庆医科大学');

    await stageChanged(scenarioId, applicationId, 'enterprise-zhao', [{ organisation: '重庆机器人公司', role: 'applicant' }]);
    const after = await assessmentOf(applicationId);
    expect(statusOf(after, 'r-robot')).toMatchObject({ status: 'conflict', replacedBy: 'r-3', endReason: expect.stringContaining('conflict of interest found after assignment') });
    expect(after).toMatchObject({ stage: 'scoring.onTime', waitingReason: null });
    expect(panelOf(after)).toEqual(['r-1', 'r-2', 'r-3']);
    // The one who scored keeps their sheet; the removed one can no longer score.
    expect(statusOf(after, 'r-1').status).toBe('submitted');
    expect((await call('POST', `/api/evaluation/assessments/${after.id as string}/scores`, evaluator('r-robot'), { scores: sheet('application-review', 4) })).status).toBe(403);

    const panels = (await outbox('evaluation.assessment.panel-changed', applicationId)).map((e) => [...e.evaluatorIds].sort());
    expect(panels.at(-1)).toEqual(['r-1', 'r-2', 'r-3']);
    expect(await outbox('evaluation.assessment.evaluator-removed', applicationId)).toEqual([
      {
        assessmentId: after.id,
        subject: { kind: 'application', id: applicationId },
        purpose: 'application-review',
        evaluatorId: 'r-robot',
        cause: 'conflict-of-interest',
        conflicts: [expect.objectContaining({ kind: 'same-organisation', party: '重庆机器人公司' })],
        scoresVoided: false,
        replacementId: 'r-3',
        organisingUnits: expect.arrayContaining(['市发展改革委']),
        removedAt: expect.any(String),
      },
    ]);
    // Told again (a redelivery or the next stage), nothing more changes.
    await stageChanged(scenarioId, applicationId, 'enterprise-zhao', [{ organisation: '重庆机器人公司', role: 'applicant' }], 'publicNotice');
    expect(await outbox('evaluation.assessment.evaluator-removed', applicationId)).toHaveLength(1);
  });

  it('voids the sheet of an evaluator who had scored and seats another in their place, waits while nobody is free, and leaves decided assessments as they are', async () => {
    for (const [id, organisation] of [
      ['v-1', '重庆大学'],
      ['v-2', '西南大学'],
      ['v-3', '重庆医科大学'],
    ]) {
      await addEvaluator(id, 'unmanned-systems', organisation);
    }
    const { applicationId } = await applicationInReview('unmanned-systems', 'enterprise-qian', [{ organisation: '重庆无人机公司', role: 'applicant' }]);
    const assessment = await assessmentOf(applicationId);
    const path = `/api/evaluation/assessments/${assessment.id as string}`;
    expect(panelOf(assessment)).toEqual(['v-1', 'v-2', 'v-3']);
    // v-1 scores low; then it turns out v-1 works for the applicant's organisation (the pool records the affiliation).
    expect((await call('POST', `${path}/scores`, evaluator('v-1'), { scores: sheet('application-review', 1) })).status).toBe(201);
    expect((await call('PATCH', '/api/evaluation/evaluators/v-1', coordinator, { organisation: '重庆无人机公司' })).status).toBe(200);
    let view = (await call('GET', path, coordinator)).body;
    expect(statusOf(view, 'v-1')).toMatchObject({ status: 'conflict', replacedBy: null, endReason: expect.stringContaining('submitted scores voided') });
    expect(panelOf(view)).toEqual(['v-2', 'v-3']);
    expect(view.waitingReason).toContain('no replacement available for: v-1');
    expect(await outbox('evaluation.assessment.evaluator-removed', applicationId)).toEqual([expect.objectContaining({ evaluatorId: 'v-1', scoresVoided: true, replacementId: null })]);
    // Taken off, v-1 no longer sees the scores of the others.
    expect((await call('GET', `${path}/consensus`, evaluator('v-1'))).body.error).toMatchObject({ status: 403, code: 'BLIND_SCORING' });

    // v-2 is found in conflict too, through a party registered by hand (the coordinator lists the applicant's account
    // under the organisation v-2 works for).
    expect((await call('PUT', `/api/evaluation/organisations/${encodeURIComponent('西南大学')}`, coordinator, { name: '西南大学', parentId: null, accounts: ['enterprise-qian'] })).status).toBe(200);
    view = (await call('GET', path, coordinator)).body;
    expect(statusOf(view, 'v-2')).toMatchObject({ status: 'conflict', replacedBy: null });
    expect(view.waitingReason).toContain('no replacement available for: v-1, v-2');
    // Blind scoring: an evaluator still on the panel learns that it waits, not who left it.
    const seenByV3 = (await call('GET', path, evaluator('v-3'))).body;
    expect(seenByV3.waitingReason).toMatch(/等待组织单位处理.*waits for its organising unit/);
    expect(JSON.stringify(seenByV3)).not.toMatch(/v-1|v-2/);
    expect((await outbox('evaluation.assessment.evaluator-removed', applicationId)).at(-1)).toMatchObject({ evaluatorId: 'v-2', scoresVoided: false, replacementId: null });

    // Free evaluators join: both seats are filled, the scored one's too; the voided sheet does not count in the decision.
    await addEvaluator('v-4', 'unmanned-systems', '重庆邮电大学');
    await addEvaluator('v-5', 'unmanned-systems', '重庆理工大学');
    view = (await call('GET', path, coordinator)).body;
    expect([statusOf(view, 'v-1').replacedBy, statusOf(view, 'v-2').replacedBy].sort()).toEqual(['v-4', 'v-5']);
    // The organisers read each evaluator by the pool's name.
    expect(statusOf(view, 'v-4')).toMatchObject({ evaluatorName: '专家 v-4' });
    expect(view).toMatchObject({ waitingReason: null, progress: { panel: 3 } });
    expect(panelOf(view)).toEqual(['v-3', 'v-4', 'v-5']);
    for (const id of ['v-3', 'v-4']) expect((await call('POST', `${path}/scores`, evaluator(id), { scores: sheet('application-review', 4) })).status).toBe(201);
    const last = await call('POST', `${path}/scores`, evaluator('v-5'), { scores: sheet('application-review', 4) });
    expect(last.body).toMatchObject({ stage: 'finalized', outcome: { passed: true } });
    const consensus = (await call('GET', `${path}/consensus`, coordinator)).body;
    expect(consensus).toMatchObject({ complete: true, consensus: { passed: true, evaluators: 3, disagreement: 0 } });
    expect(consensus.sheets.map((s: Json) => s.evaluator).sort()).toEqual(['v-3', 'v-4', 'v-5']);
    // The history replays: the scored evaluator's replacement is an event machine version 2 accepts.
    const runner = host.app.get(LifecycleRunner, { strict: false });
    expect(await auditInstance(sql, runner, (await runner.store.find(sql, assessment.instanceId as string))!)).toMatchObject({ ok: true, problems: [], replay: { ok: true } });

    // Decided: a conflict learned now changes nothing.
    expect((await call('PATCH', '/api/evaluation/evaluators/v-3', coordinator, { organisation: '重庆无人机公司' })).status).toBe(200);
    const decided = (await call('GET', path, coordinator)).body;
    expect(statusOf(decided, 'v-3').status).toBe('submitted');
    expect(await outbox('evaluation.assessment.evaluator-removed', applicationId)).toHaveLength(2);
  });

  it('finds a conflict when the directory makes two names one organisation after assignment', async () => {
    for (const [id, organisation] of [
      ['n-alias', '邮电大学'],
      ['n-1', '重庆大学'],
      ['n-2', '西南大学'],
    ]) {
      await addEvaluator(id, 'artificial-intelligence', organisation);
    }
    const { applicationId } = await applicationInReview('artificial-intelligence', 'applicant-cqupt', [{ organisation: '重庆邮电大学', role: 'applicant' }]);
    expect(panelOf(await assessmentOf(applicationId))).toEqual(['n-1', 'n-2', 'n-alias']);
    await addEvaluator('n-3', 'artificial-intelligence', '重庆医科大学');

    await deliver('identity.organisation.v1', 'identity.organisation.changed', 'org-cqupt', { organisationId: 'org-cqupt', name: '重庆邮电大学', aliases: ['邮电大学'], uscc: null, kind: 'university', at: new Date().toISOString() });
    const after = await assessmentOf(applicationId);
    expect(statusOf(after, 'n-alias')).toMatchObject({ status: 'conflict', replacedBy: 'n-3', endReason: expect.stringContaining('同属 重庆邮电大学') });
    expect(panelOf(after)).toEqual(['n-1', 'n-2', 'n-3']);
    expect(await outbox('evaluation.assessment.evaluator-removed', applicationId)).toEqual([expect.objectContaining({ evaluatorId: 'n-alias', replacementId: 'n-3' })]);
  });

  it('moves assessments still on machine version 1 to version 2 at start, recorded in their history', async () => {
    const runner = host.app.get(LifecycleRunner, { strict: false });
    const v1 = new LifecycleRunner(runner.store, new LifecycleCatalog([runner.catalog.get(ASSESSMENT_LIFECYCLE_V1.id, 1)]), runner.keys);
    const subjectId = randomUUID();
    const started = await sql.transaction((tx) =>
      v1.start(tx, { machineId: ASSESSMENT_LIFECYCLE_V1.id, subjectId, subject: { kind: 'assessment', assessmentId: subjectId, responsibleUnits: [], ownerUnit: null, applicantId: null, assignedEvaluators: [] }, input: { assessmentId: subjectId, purpose: 'recognition', subjectId: randomUUID() }, actor: { id: 'system', roles: ['system'], unit: null, organisation: null, district: null }, correlationId: randomUUID() }),
    );
    expect(started?.instance.machineVersion).toBe(1);
    const moved = await host.app.get(AssessmentMachineUpgrade).upgrade();
    expect(moved).toEqual([{ instanceId: started!.instance.id, subjectId, from: { version: 1, stage: 'assigning' }, to: { version: 2, stage: 'assigning' } }]);
    const instance = (await runner.store.find(sql, started!.instance.id))!;
    expect(instance.machineVersion).toBe(2);
    expect(await auditInstance(sql, runner, instance)).toMatchObject({ ok: true, problems: [] });
    expect(await host.app.get(AssessmentMachineUpgrade).upgrade()).toEqual([]);
  });
});
