import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';
import { rubricsForPurpose, type AssessmentPurpose } from '@scq/evaluation-domain';
import { buildEnvelope, InProcessMessageBus, SERVICE_DATABASE } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { encodeCursor, encodeTimeIdCursor, type Database } from '@scq/platform-persistence';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { auditInstance, LifecycleRunner } from '@scq/platform-lifecycle';
import type { QueryRunner } from 'typeorm';
import { EvaluationModule } from './evaluation.module';
import { EvaluationTellCurrentPanels1766400000000 } from './persistence/evaluation.migrations';


// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Headers = Record<string, string>;

const coordinator: Headers = callerHeaders({ id: 'coordinator-li', roles: ['coordinator'], unit: 'development-reform-commission' });
const evaluator = (id: string): Headers => callerHeaders({ id, roles: ['evaluator'] });
const officer = (unit: string): Headers => callerHeaders({ id: `officer-${unit}`, roles: ['officer'], unit });
const REASON = '依据材料与现场核查，证据不足，未达到阈值要求';

/**
 * The evaluation service over HTTP, on PostgreSQL and on PGlite (the embedded mode), its events delivered through
 * the in-process bus: pool and conflicts, assignment, blind scoring, consensus and panel review, replacements and
 * deadlines, calibration. Each test uses its own domain, so that each has its own part of the pool.
 */
describe.each([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('evaluation service over HTTP on %s', (_name, engine) => {
  let database: TestDatabase | null = null;
  let host: RunningHost;
  let sql: Database;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    database = engine === 'postgres' ? await createTestDatabase('evaluation') : null;
    const location = database ? { url: database.url } : { pgliteDataDir: 'memory://' };
    host = await bootstrapHost({ name: 'evaluation-test', logger: createLogger('evaluation-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [EvaluationModule.register({ database: location })] });
    sql = host.app.get<Database>(SERVICE_DATABASE, { strict: false });
    for (const [id, name, parentId, accounts] of [
      ['市交通规划研究院', '重庆市交通规划研究院', 'transport-commission', []],
      ['重庆机电集团', '重庆机电控股（集团）公司', null, []],
      ['重庆机器人公司', '重庆机器人有限公司', '重庆机电集团', ['enterprise-wang']],
    ] as Array<[string, string, string | null, string[]]>) {
      expect((await call('PUT', `/api/evaluation/organisations/${encodeURIComponent(id)}`, coordinator, { name, parentId, accounts })).status).toBe(200);
    }
  });
  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  /** The audit of an assessment's history: keyed links, anchors, each event re-authorised against the subject recorded then, replay. */
  async function audit(instanceId: string) {
    const runner = host.app.get(LifecycleRunner, { strict: false });
    return auditInstance(sql, runner, (await runner.store.find(sql, instanceId))!);
  }

  async function call(method: string, path: string, headers: Headers = {}, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
  }

  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<string> {
    const envelope = buildEnvelope('test', topic, type as never, { subject, data: data as never });
    await bus.publish([{ topic, key: subject, value: JSON.stringify(envelope) }]);
    return envelope.id;
  }

  async function addEvaluator(id: string, domain: string, organisation: string, extra: Record<string, unknown> = {}): Promise<void> {
    const { status, body } = await call('POST', '/api/evaluation/evaluators', coordinator, { id, name: `专家 ${id}`, organisation, expertise: [domain], ...extra });
    expect({ id, status, body: status === 201 ? 'ok' : body }).toEqual({ id, status: 201, body: 'ok' });
  }

  async function registerScenario(domainCode: string, ownerUnit = '市交通运输委'): Promise<string> {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, { scenarioId, title: { zh: '测试场景' }, domainCode, ownerUnit, taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString() });
    return scenarioId;
  }

  async function request(kind: 'scenario' | 'application', id: string, purpose: AssessmentPurpose, domainCode: string): Promise<Json> {
    await deliver('workflow.assessment.v1', 'workflow.assessment.requested', id, { subject: { kind, id }, purpose, instanceId: randomUUID(), domainCode, requestedAt: new Date().toISOString() });
    const listed = await call('GET', `/api/evaluation/assessments?subject=${id}`, coordinator);
    const open = listed.body.items.filter((item: Json) => item.supersededBy === null);
    expect(open).toHaveLength(1);
    return (await call('GET', `/api/evaluation/assessments/${open[0].id}`, coordinator)).body;
  }

  const panelOf = (assessment: Json): string[] => assessment.assignments.filter((a: Json) => a.status === 'assigned' || a.status === 'submitted').map((a: Json) => a.evaluatorId);

  /** A complete sheet: `score(criterionId)` on scored criteria, met on pass/fail ones unless listed in `failing`. */
  function sheet(purpose: AssessmentPurpose, score: number | ((criterionId: string) => number), failing: string[] = []) {
    return rubricsForPurpose(purpose).flatMap((rubric) =>
      rubric.criteria.map((criterion) => {
        const value = criterion.kind === 'pass-fail' ? !failing.includes(criterion.id) : typeof score === 'number' ? score : score(criterion.id);
        const low = value === false || (typeof value === 'number' && value < 3);
        return { rubricId: rubric.id, criterionId: criterion.id, value, comment: low ? REASON : '材料翔实，论证充分' };
      }),
    );
  }

  /** Every page of a list, `limit` items at a time, following `nextCursor` until it is null. */
  async function pages(path: string, headers: Headers, limit: number): Promise<Json[][]> {
    const seen: Json[][] = [];
    for (let after: string | null = null; ; ) {
      const { status, body } = await call('GET', `${path}${path.includes('?') ? '&' : '?'}limit=${limit}${after === null ? '' : `&after=${encodeURIComponent(after)}`}`, headers);
      expect({ path, status }).toEqual({ path, status: 200 });
      seen.push(body.items);
      after = body.nextCursor;
      if (after === null) return seen;
      expect(seen.length).toBeLessThan(50);
    }
  }

  async function outbox(eventType: string, key?: string): Promise<Json[]> {
    const { rows } = await sql.query<{ payload: string }>('SELECT payload FROM evaluation.outbox WHERE event_type = $1 AND ($2::text IS NULL OR message_key = $2::text) ORDER BY seq', [eventType, key ?? null]);
    return rows.map((row) => JSON.parse(row.payload).data);
  }
  /** The panels told for an assessment, in order, each sorted. */
  const panelsTold = async (subjectId: string, assessmentId: string): Promise<string[][]> =>
    (await outbox('evaluation.assessment.panel-changed', subjectId)).filter((e) => e.assessmentId === assessmentId).map((e) => [...e.evaluatorIds].sort());

  it('opens an assessment on request, pins the rubrics and assigns three evaluators — never a conflicted one', async () => {
    const scenarioId = await registerScenario('unmanned-systems', '市交通运输委');
    for (const [id, organisation] of [
      ['u-clean-1', '重庆大学'],
      ['u-clean-2', '西南大学'],
      ['u-clean-3', '重庆邮电大学'],
      ['u-clean-4', '重庆交通大学'],
      // The owner unit's official name: the same organisation as 市交通运输委, the scenario's owner unit.
      ['u-owner', '重庆市交通运输委员会'],
      ['u-child', '市交通规划研究院'],
      ['u-declared', '重庆理工大学'],
      ['u-collaborator', '中国科学院重庆研究院'],
      ['u-old-collaborator', '重庆师范大学'],
    ]) {
      await addEvaluator(id, 'unmanned-systems', organisation);
    }
    await addEvaluator('u-away', 'unmanned-systems', '重庆工商大学', { available: false });
    await addEvaluator('u-urbanist', 'smart-city', '重庆建筑大学');
    const declare = async (id: string, body: Json) => expect((await call('POST', `/api/evaluation/evaluators/${id}/conflicts`, evaluator(id), body)).status).toBe(201);
    await declare('u-declared', { kind: 'declared', party: scenarioId, reason: '曾参与该场景方案编制 drafted the scenario' });
    const lastYear = `${new Date().getFullYear() - 1}-06-30`;
    await declare('u-collaborator', { kind: 'collaboration', party: 'transport-commission', reason: '联合课题 joint project', endedOn: lastYear });
    await declare('u-old-collaborator', { kind: 'collaboration', party: '市交通运输委', reason: '早年课题 an old project', endedOn: '2015-12-31' });

    const assessment = await request('scenario', scenarioId, 'recognition', 'unmanned-systems');
    expect(assessment).toMatchObject({
      stage: 'scoring.onTime',
      purpose: 'recognition',
      rubricRefs: [
        { id: 'recognition-standard', version: 1 },
        { id: 'value-assessment', version: 1 },
      ],
      requiredEvaluators: 3,
      waitingReason: null,
      organisingUnits: expect.arrayContaining(['市发展改革委', '市交通运输委']),
    });
    const panel = panelOf(assessment);
    expect(panel).toHaveLength(3);
    for (const id of panel) expect(['u-clean-1', 'u-clean-2', 'u-clean-3', 'u-clean-4', 'u-old-collaborator']).toContain(id);
    expect(Object.fromEntries(assessment.excluded.map((e: Json) => [e.evaluatorId, e.conflicts.map((c: Json) => c.kind)]))).toEqual({
      'u-owner': ['same-organisation'],
      'u-child': ['child-organisation'],
      'u-declared': ['declared'],
      'u-collaborator': ['recent-collaboration'],
    });
    expect(assessment.history.map((h: Json) => [h.event.type, h.actor.id])).toEqual([
      ['start', 'system'],
      ['assignEvaluators', 'system'],
    ]);
    expect(assessment.history[1].reason).toContain('u-owner (same-organisation)');
    const [deadline] = await outbox('evaluation.deadline.requested', assessment.instanceId);
    expect(deadline).toMatchObject({ deadlineId: `${assessment.instanceId}.scoring-1`, deadline: 'scoring', workingDays: 10, subjectId: assessment.id, machineId: 'assessment-lifecycle', responsibleUnits: expect.arrayContaining(['市发展改革委']) });
    // The reminder can say what is assessed and in which stage, by the machine's own name for it.
    expect(deadline.about).toEqual({ subject: { kind: 'scenario', id: scenarioId }, purpose: 'recognition' });
    expect(deadline.stageLabel).toEqual({ zh: '评分期内', en: 'Within the scoring period' });
    expect(assessment.scoringDeadlineId).toBe(deadline.deadlineId);
    const mine = (await call('GET', '/api/evaluation/assignments/mine', evaluator(panel[0]))).body.items;
    expect(mine).toEqual([expect.objectContaining({ assignment: expect.objectContaining({ status: 'assigned' }), assessment: expect.objectContaining({ id: assessment.id, rubrics: [expect.objectContaining({ id: 'recognition-standard' }), expect.objectContaining({ id: 'value-assessment' })] }) })]);
    // An officer of an unrelated unit sees neither the list nor the assessment.
    expect((await call('GET', `/api/evaluation/assessments/${assessment.id}`, officer('forestry-bureau'))).status).toBe(403);
    expect((await call('GET', `/api/evaluation/assessments?subject=${scenarioId}`, officer('forestry-bureau'))).body.items).toEqual([]);
    expect((await call('GET', `/api/evaluation/assessments?subject=${scenarioId}`, officer('transport-commission'))).body.items).toHaveLength(1);
  });

  it('keeps scoring blind (403 before one’s own submission), validates marks (400) and publishes a passing decision with its explanation', async () => {
    for (const id of ['a-1', 'a-2', 'a-3']) await addEvaluator(id, 'artificial-intelligence', `大学-${id}`);
    const scenarioId = await registerScenario('artificial-intelligence', '市科技局');
    const assessment = await request('scenario', scenarioId, 'recognition', 'artificial-intelligence');
    const [first, second, third] = panelOf(assessment).sort();
    const path = `/api/evaluation/assessments/${assessment.id}`;

    expect((await call('GET', `${path}/consensus`, evaluator(first))).body.error).toMatchObject({ status: 403, code: 'BLIND_SCORING' });
    expect((await call('GET', `${path}/consensus`, coordinator)).body.error).toMatchObject({ status: 403, code: 'BLIND_SCORING' });
    expect((await call('POST', `${path}/scores`, evaluator('u-clean-1'), { scores: sheet('recognition', 4) })).status).toBe(403);
    expect((await call('POST', `${path}/scores`, coordinator, { scores: sheet('recognition', 4) })).status).toBe(403);

    const bad = async (scores: Json, field: string) => {
      const { status, body } = await call('POST', `${path}/scores`, evaluator(first), scores);
      expect({ status, fields: body.error.fields?.map((f: Json) => f.path) }).toEqual({ status: 400, fields: expect.arrayContaining([field]) });
    };
    const valid = sheet('recognition', 4);
    await bad({ scores: valid.map((m, i) => (i === 0 ? { ...m, value: 6 } : m)) }, 'scores.0.value');
    await bad({ scores: valid.map((m, i) => (i === 1 ? { ...m, value: 3.3 } : m)) }, 'scores.1.value');
    await bad({ scores: valid.map((m, i) => (i === 0 ? { ...m, value: 'four' } : m)) }, 'scores.0.value');
    await bad({ scores: valid.map((m, i) => (i === 2 ? { ...m, value: 2, comment: '差' } : m)) }, 'scores.2.comment');
    await bad({ scores: valid.slice(1) }, 'scores');
    await bad({ scores: [] }, 'scores');
    await bad({ marks: valid }, '(body)');
    expect((await call('GET', path, coordinator)).body).toMatchObject({ version: 2, progress: { submitted: 0, panel: 3 } });

    expect((await call('POST', `${path}/scores`, evaluator(first), { scores: sheet('recognition', 4) })).status).toBe(201);
    expect((await call('POST', `${path}/scores`, evaluator(first), { scores: sheet('recognition', 3) })).body.error).toMatchObject({ status: 409 });
    const afterOwn = (await call('GET', `${path}/consensus`, evaluator(first))).body;
    expect(afterOwn).toMatchObject({ complete: false, sheets: [{ evaluator: 'own', own: true }] });
    expect((await call('GET', `${path}/consensus`, evaluator(second))).status).toBe(403);
    expect((await call('GET', path, evaluator(second))).body).toMatchObject({ mySheet: null, progress: { submitted: 1 } });
    expect((await call('GET', path, evaluator(second))).body.assignments).toBeUndefined();

    await call('POST', `${path}/scores`, evaluator(second), { scores: sheet('recognition', 3.5) });
    const last = await call('POST', `${path}/scores`, evaluator(third), { scores: sheet('recognition', (c) => (c === 'novelty' ? 3 : 4)) });
    expect(last.status).toBe(201);
    expect(last.body).toMatchObject({ stage: 'finalized', outcome: { passed: true } });

    const [finalized] = await outbox('evaluation.assessment.finalized', scenarioId);
    expect(finalized).toMatchObject({ assessmentId: assessment.id, subject: { kind: 'scenario', id: scenarioId }, purpose: 'recognition', passed: true });
    expect(finalized.explanation).toContain('通过 PASSED — 3 位评审专家 evaluators');
    expect(finalized.explanation).toContain('【场景认定标准 Scenario recognition standard v1】通过 passed: 新颖性 Novelty 3.50/5.00 (≥3.00 ✓)');
    expect(finalized.explanation).toContain('【场景价值评估 Scenario value assessment v1】');
    expect(finalized.explanation).toContain('总分 total 11.50/15.00 (≥10.00 ✓)');
    expect(await outbox('evaluation.deadline.cancelled', assessment.instanceId)).toEqual([expect.objectContaining({ deadlineId: `${assessment.instanceId}.scoring-1`, stage: 'consensus', stageLabel: expect.objectContaining({ zh: expect.any(String) }) })]);

    const view = (await call('GET', path, coordinator)).body;
    expect(view.history.map((h: Json) => [h.event.type, h.actor.id])).toEqual([
      ['start', 'system'],
      ['assignEvaluators', 'system'],
      ['submitScore', first],
      ['submitScore', second],
      ['submitScore', third],
      ['finalize', 'system'],
    ]);
    expect(view.history[5].reason).toBe(finalized.explanation);
    const consensus = (await call('GET', `${path}/consensus`, coordinator)).body;
    expect(consensus).toMatchObject({ complete: true, consensus: { passed: true, evaluators: 3 }, outcome: { passed: true } });
    expect(consensus.sheets.map((s: Json) => s.evaluator)).toEqual([first, second, third]);
    expect((await call('GET', `${path}/consensus`, evaluator(second))).body.sheets.map((s: Json) => s.evaluator)).toEqual(['evaluator-A', 'own', 'evaluator-C']);
    await expect(sql.query('UPDATE evaluation.score_sheet SET marks = $1 WHERE assessment_id = $2', ['[]', assessment.id])).rejects.toThrow('sealed');
  });

  it('takes the whole panel’s submissions at once: each is recorded, the assessment is decided once', async () => {
    for (const id of ['l-1', 'l-2', 'l-3']) await addEvaluator(id, 'smart-logistics', `物流研究院-${id}`);
    const scenarioId = await registerScenario('smart-logistics', '市政府口岸物流办');
    const assessment = await request('scenario', scenarioId, 'recognition', 'smart-logistics');
    const results = await Promise.all(panelOf(assessment).map((id) => call('POST', `/api/evaluation/assessments/${assessment.id}/scores`, evaluator(id), { scores: sheet('recognition', 2.5) })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    const view = (await call('GET', `/api/evaluation/assessments/${assessment.id}`, coordinator)).body;
    expect(view).toMatchObject({ stage: 'finalized', outcome: { passed: false }, progress: { submitted: 3 } });
    expect(view.history.filter((h: Json) => h.event.type === 'submitScore')).toHaveLength(3);
    const decisions = await outbox('evaluation.assessment.finalized', scenarioId);
    expect(decisions).toEqual([expect.objectContaining({ passed: false, explanation: expect.stringContaining('不通过 FAILED') })]);
    expect(decisions[0].explanation).toContain('新颖性 Novelty 2.50/5.00 (≥3.00 ✗)');
  });

  it('sends high disagreement to a panel review that records majority and minority views (a tie fails)', async () => {
    for (const id of ['b-1', 'b-2', 'b-3']) await addEvaluator(id, 'biotechnology', `研究院-${id}`);
    const scenarioId = await registerScenario('biotechnology', '市科技局');
    const assessment = await request('scenario', scenarioId, 'effectiveness', 'biotechnology');
    const path = `/api/evaluation/assessments/${assessment.id}`;
    const [x, y, z] = panelOf(assessment);
    await call('POST', `${path}/scores`, evaluator(x), { scores: sheet('effectiveness', 5) });
    await call('POST', `${path}/scores`, evaluator(y), { scores: sheet('effectiveness', 1.5) });
    const last = await call('POST', `${path}/scores`, evaluator(z), { scores: sheet('effectiveness', 4) });
    expect(last.body).toMatchObject({ stage: 'panelReview', outcome: null });
    expect(await outbox('evaluation.assessment.finalized', scenarioId)).toEqual([]);
    const review = (await call('GET', path, coordinator)).body;
    expect(review.consensus).toMatchObject({ disagreement: 0.7, passed: true });

    const decision = { votes: { pass: 2, fail: 2 }, majorityView: '目标未全部达成，暂不推广', minorityView: '可有条件推广' };
    expect((await call('POST', `${path}/panel-decision`, officer('forestry-bureau'), decision)).status).toBe(403);
    expect((await call('POST', `${path}/panel-decision`, coordinator, { ...decision, minorityView: '' })).body.error).toMatchObject({ status: 400, fields: [{ path: 'minorityView' }] });
    expect((await call('POST', `${path}/panel-decision`, coordinator, { ...decision, votes: { pass: -1, fail: 2 } })).status).toBe(400);
    const decided = await call('POST', `${path}/panel-decision`, officer('science-technology-bureau'), decision);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ stage: 'finalized', outcome: { passed: false, panel: { majorityView: decision.majorityView, minorityView: decision.minorityView } } });
    const [finalized] = await outbox('evaluation.assessment.finalized', scenarioId);
    expect(finalized).toMatchObject({ passed: false, purpose: 'effectiveness' });
    expect(finalized.explanation).toContain('专家组复议 panel review, 表决 votes 2:2 (平票不通过 a tie fails)');
    expect(finalized.explanation).toContain('少数意见 minority view: 可有条件推广');
    expect((await call('POST', `${path}/panel-decision`, coordinator, decision)).status).toBe(409);
  });

  it('replaces an evaluator who declines, recuses or misses the scoring deadline; stale and foreign deadlines change nothing', async () => {
    for (let i = 1; i <= 8; i++) await addEvaluator(`c-${i}`, 'clean-energy', `单位-c-${i}`);
    const scenarioId = await registerScenario('clean-energy', '市能源局');
    const assessment = await request('scenario', scenarioId, 'recognition', 'clean-energy');
    const path = `/api/evaluation/assessments/${assessment.id}`;
    const [p1, p2, p3] = panelOf(assessment);

    expect((await call('POST', `${path}/decline`, evaluator(p1), {})).status).toBe(400);
    const declined = (await call('POST', `${path}/decline`, evaluator(p1), { reason: '时间冲突 schedule clash' })).body;
    const organiserView = async () => (await call('GET', path, coordinator)).body;
    let view = await organiserView();
    const r1 = view.assignments.find((a: Json) => a.evaluatorId === p1).replacedBy;
    expect(r1).toEqual(expect.stringMatching(/^c-/));
    expect(declined.myAssignment).toMatchObject({ status: 'declined' });
    expect(panelOf(view).sort()).toEqual([p2, p3, r1].sort());

    expect((await call('POST', `${path}/recuse`, evaluator(p2), { reason: '与申报单位有合作 works with the owner' })).status).toBe(200);
    view = await organiserView();
    const r2 = view.assignments.find((a: Json) => a.evaluatorId === p2).replacedBy;
    expect(r2).toEqual(expect.stringMatching(/^c-/));
    expect((await call('GET', `/api/evaluation/evaluators/${p2}/conflicts`, evaluator(p2))).body.items).toEqual([expect.objectContaining({ kind: 'declared', party: scenarioId })]);
    expect((await call('POST', `${path}/scores`, evaluator(p2), { scores: sheet('recognition', 4) })).status).toBe(403);
    expect((await call('POST', `${path}/recuse`, evaluator(p2), { reason: 'again' })).status).toBe(409);
    expect((await outbox('evaluation.deadline.requested', assessment.instanceId)).map((d) => d.deadlineId)).toEqual([1, 2, 3].map((n) => `${assessment.instanceId}.scoring-${n}`));
    // Each change of the panel is told whole, with the change, for the registry and the workflow to scope reads by.
    expect(await panelsTold(scenarioId, assessment.id)).toEqual([[p1, p2, p3].sort(), [p2, p3, r1].sort(), [p3, r1, r2].sort()]);
    expect((await outbox('evaluation.assessment.panel-changed', scenarioId))[0]).toMatchObject({ assessmentId: assessment.id, subject: { kind: 'scenario', id: scenarioId }, at: expect.any(String) });
    expect((await call('POST', `${path}/scores`, evaluator(r1), { scores: sheet('recognition', 4) })).status).toBe(201);
    // Having scored, r1 stays on the panel: nothing to tell.
    expect(await panelsTold(scenarioId, assessment.id)).toHaveLength(3);

    const reached = (deadlineId: string, instanceId = assessment.instanceId) =>
      deliver('notification.deadline.v1', 'notification.deadline.reached', instanceId, { deadlineId, instanceId, deadline: 'scoring', reachedAt: new Date().toISOString() });
    const before = (await organiserView()).version;
    await reached(`${assessment.instanceId}.scoring-1`);
    const foreign = randomUUID();
    const foreignMessage = await reached(`${foreign}.revision-1`, foreign);
    expect((await organiserView()).version).toBe(before);
    expect((await sql.query('SELECT status FROM evaluation.inbox WHERE message_id = $1', [foreignMessage])).rows).toEqual([{ status: 'processed' }]);

    await reached(view.scoringDeadlineId);
    view = await organiserView();
    const late = view.assignments.filter((a: Json) => a.status === 'missed-deadline');
    expect(late.map((a: Json) => a.evaluatorId).sort()).toEqual([p3, r2].sort());
    expect(late.every((a: Json) => typeof a.replacedBy === 'string')).toBe(true);
    expect(view.stage).toBe('scoring.onTime');
    expect(panelOf(view)).toHaveLength(3);
    expect((await panelsTold(scenarioId, assessment.id)).at(-1)).toEqual(panelOf(view).sort());
    expect(view.history.map((h: Json) => h.to)).toContain('scoring.overdue');
    const version = view.version;
    await reached(view.scoringDeadlineId.replace(/scoring-\d+$/, 'scoring-4'));
    expect((await organiserView()).version).toBe(version);
    expect((await call('GET', `${path}/consensus`, evaluator(p3))).status).toBe(403);
    // Each score was sent by an evaluator on the panel then, though several have left it since.
    const report = await audit(assessment.instanceId);
    expect(report).toMatchObject({ ok: true, integrity: 'keyed', problems: [], replay: { ok: true } });
    expect(report.entries.every((entry) => entry.verdict === 'ok')).toBe(true);
  });

  it('waits for the parties and for enough evaluators, then assigns; the applicant’s organisation and its group are conflicted; a newer request supersedes', async () => {
    for (const [id, organisation] of [
      ['h-robot', '重庆机器人公司'],
      ['h-group', '重庆机电集团'],
      ['h-1', '陆军军医大学'],
      ['h-2', '重庆医科大学'],
    ]) {
      await addEvaluator(id, 'healthcare', organisation);
    }
    const scenarioId = await registerScenario('healthcare', '市卫生健康委');
    const applicationId = randomUUID();
    const waiting = await request('application', applicationId, 'application-review', 'healthcare');
    expect(waiting).toMatchObject({ stage: 'assigning', waitingReason: expect.stringContaining('waiting for the owner unit / applicant') });
    await deliver('workflow.application.v1', 'workflow.application.stage-changed', applicationId, {
      applicationId,
      scenarioId,
      applicantId: 'enterprise-wang',
      instanceId: randomUUID(),
      machine: { id: 'application-lifecycle', version: 1 },
      from: 'unitReview',
      to: 'expertReview',
      event: 'approveByUnit',
      actor: 'officer-1',
      sequence: 4,
      changedAt: new Date().toISOString(),
    });
    const short = (await call('GET', `/api/evaluation/assessments/${waiting.id}`, coordinator)).body;
    expect(short).toMatchObject({ stage: 'assigning', waitingReason: expect.stringContaining('pool short: 3 needed, 2 eligible') });
    expect(Object.fromEntries(short.excluded.map((e: Json) => [e.evaluatorId, e.conflicts.map((c: Json) => c.kind)]))).toEqual({ 'h-robot': ['same-organisation'], 'h-group': ['parent-organisation'] });
    // Retrying the assignment while the pool is still short leaves it waiting, and answers the view.
    const retried = await call('POST', `/api/evaluation/assessments/${waiting.id}/assign`, coordinator);
    expect(retried).toMatchObject({ status: 200, body: { id: waiting.id, stage: 'assigning', waitingReason: expect.stringContaining('pool short') } });
    expect((await call('POST', `/api/evaluation/assessments/${waiting.id}/assign`, evaluator('h-1'))).status).toBe(403);

    await addEvaluator('h-3', 'healthcare', '重庆大学附属肿瘤医院');
    const assigned = (await call('GET', `/api/evaluation/assessments/${waiting.id}`, coordinator)).body;
    expect(assigned).toMatchObject({ stage: 'scoring.onTime', waitingReason: null, rubricRefs: [{ id: 'application-expert-review', version: 1 }] });
    expect(panelOf(assigned).sort()).toEqual(['h-1', 'h-2', 'h-3']);

    const newer = await request('application', applicationId, 'application-review', 'healthcare');
    expect(newer.id).not.toBe(waiting.id);
    expect(panelOf(newer).sort()).toEqual(['h-1', 'h-2', 'h-3']);
    const old = (await call('GET', `/api/evaluation/assessments/${waiting.id}`, coordinator)).body;
    expect(old).toMatchObject({ supersededBy: newer.id });
    expect(old.assignments.map((a: Json) => a.status)).toEqual(['withdrawn', 'withdrawn', 'withdrawn']);
    // Nobody was on the panel while it waited; superseded, it has nobody again.
    expect(await panelsTold(applicationId, waiting.id)).toEqual([['h-1', 'h-2', 'h-3'], []]);
    expect(await panelsTold(applicationId, newer.id)).toEqual([['h-1', 'h-2', 'h-3']]);
    expect((await call('POST', `/api/evaluation/assessments/${waiting.id}/scores`, evaluator('h-1'), { scores: sheet('application-review', 4) })).status).toBe(403);
    expect(await outbox('evaluation.deadline.cancelled', waiting.instanceId)).toEqual([expect.objectContaining({ deadlineId: `${waiting.instanceId}.scoring-1` })]);
    // The superseded assessment's panel is empty now; its history is still authorised as recorded.
    expect(await audit(waiting.instanceId)).toMatchObject({ ok: true, integrity: 'keyed', problems: [] });
  });

  it('cancels the open assessments of a scenario withdrawn, rejected or terminated, frees its evaluators and seats them where a panel waited', async () => {
    for (const id of ['w-1', 'w-2', 'w-3']) await addEvaluator(id, 'construction-safety', '重庆大学', { capacity: 1 });
    const stageChanged = (scenarioId: string, from: string, to: string, event: string) =>
      deliver('workflow.scenario.v1', 'workflow.scenario.stage-changed', scenarioId, {
        scenarioId,
        instanceId: randomUUID(),
        machine: { id: 'scenario-lifecycle', version: 1 },
        from,
        to,
        event,
        actor: 'officer-1',
        sequence: 3,
        changedAt: new Date().toISOString(),
      });
    const first = await registerScenario('construction-safety', '市住房城乡建委');
    const assessed = await request('scenario', first, 'recognition', 'construction-safety');
    expect(assessed).toMatchObject({ stage: 'scoring.onTime', cancelledAt: null, cancellationReason: null });
    expect(panelOf(assessed).sort()).toEqual(['w-1', 'w-2', 'w-3']);
    // Every evaluator is at capacity: a second scenario waits for a panel.
    const second = await registerScenario('construction-safety', '市住房城乡建委');
    const waiting = await request('scenario', second, 'recognition', 'construction-safety');
    expect(waiting).toMatchObject({ stage: 'assigning', waitingReason: expect.stringContaining('pool short') });
    const scenarioEndedInbox = async (messageId: string) =>
      (await sql.query<{ status: string }>("SELECT status FROM evaluation.inbox WHERE message_id = $1 AND consumer = 'evaluation.scenario-ended'", [messageId])).rows;
    // A stage that does not end the scenario changes nothing, and is not even taken in: no inbox row.
    const notEnding = await stageChanged(first, 'cultivating', 'recognition.assessing', 'requestRecognition');
    expect((await call('GET', `/api/evaluation/assessments/${assessed.id}`, coordinator)).body).toMatchObject({ cancelledAt: null, stage: 'scoring.onTime' });
    expect(await scenarioEndedInbox(notEnding)).toEqual([]);

    const withdrawn = await stageChanged(first, 'recognition.assessing', 'withdrawn', 'withdraw');
    expect(await scenarioEndedInbox(withdrawn)).toEqual([{ status: 'processed' }]);
    const cancelled = (await call('GET', `/api/evaluation/assessments/${assessed.id}`, coordinator)).body;
    expect(cancelled).toMatchObject({ cancelledAt: expect.any(String), cancellationReason: expect.stringContaining('the scenario was withdrawn (withdraw)'), waitingReason: null });
    expect(cancelled.assignments.map((a: Json) => a.status)).toEqual(['withdrawn', 'withdrawn', 'withdrawn']);
    expect(await panelsTold(first, assessed.id)).toEqual([['w-1', 'w-2', 'w-3'], []]);
    expect(await outbox('evaluation.deadline.cancelled', assessed.instanceId)).toEqual([expect.objectContaining({ deadlineId: `${assessed.instanceId}.scoring-1` })]);
    expect((await call('POST', `/api/evaluation/assessments/${assessed.id}/scores`, evaluator('w-1'), { scores: sheet('recognition', 4) })).status).toBe(403);
    // The freed evaluators are seated where a panel waited.
    const seated = (await call('GET', `/api/evaluation/assessments/${waiting.id}`, coordinator)).body;
    expect(seated).toMatchObject({ stage: 'scoring.onTime', waitingReason: null });
    expect(panelOf(seated).sort()).toEqual(['w-1', 'w-2', 'w-3']);
    // Rejected ends it too; a redelivered or later ending finds nothing open.
    await stageChanged(second, 'recognition.assessing', 'rejected', 'reject');
    expect((await call('GET', `/api/evaluation/assessments/${waiting.id}`, coordinator)).body).toMatchObject({ cancelledAt: expect.any(String), cancellationReason: expect.stringContaining('rejected') });
    expect(await scenarioEndedInbox(await stageChanged(second, 'rejected', 'terminated.exemptionReview', 'terminate'))).toEqual([{ status: 'processed' }]);
    expect(await panelsTold(second, waiting.id)).toEqual([['w-1', 'w-2', 'w-3'], []]);
    expect(await audit(assessed.instanceId)).toMatchObject({ ok: true, problems: [] });
  });

  it('tells every current panel once on upgrade, so the registry’s and the workflow’s read models start complete', async () => {
    for (let i = 1; i <= 3; i++) await addEvaluator(`f-${i}`, 'forestry-grassland', `林业单位-${i}`);
    const scenarioId = await registerScenario('forestry-grassland', '市林业局');
    const assessment = await request('scenario', scenarioId, 'recognition', 'forestry-grassland');
    const panel = panelOf(assessment).sort();
    expect(panel).toEqual(['f-1', 'f-2', 'f-3']);
    // As if the assessment predated the event: nothing told yet.
    await sql.query(`DELETE FROM evaluation.outbox WHERE event_type = 'evaluation.assessment.panel-changed'`);
    const runner = { query: async (text: string, params?: unknown[]) => (await sql.query(text, params ?? [])).rows } as unknown as QueryRunner;
    await new EvaluationTellCurrentPanels1766400000000().up(runner);
    expect(await panelsTold(scenarioId, assessment.id)).toEqual([panel]);
    // Superseded assessments and empty panels are not told.
    const told = await outbox('evaluation.assessment.panel-changed');
    expect(told.every((event) => event.evaluatorIds.length > 0)).toBe(true);
    const { rows } = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM evaluation.assessment a JOIN evaluation.lifecycle_instance i ON i.id = a.instance_id
        WHERE a.superseded_by IS NULL AND jsonb_array_length(i.subject -> 'assignedEvaluators') > 0`,
    );
    expect(told).toHaveLength(rows[0].n);
  });

  it('reports each evaluator’s severity or leniency against their peers to the coordinator', async () => {
    for (const id of ['t-lenient', 't-2', 't-3']) await addEvaluator(id, 'culture-tourism', `文旅研究院-${id}`);
    for (let round = 0; round < 3; round++) {
      const scenarioId = await registerScenario('culture-tourism', '市文化旅游委');
      const assessment = await request('scenario', scenarioId, 'effectiveness', 'culture-tourism');
      for (const id of ['t-lenient', 't-2', 't-3']) {
        const { status } = await call('POST', `/api/evaluation/assessments/${assessment.id}/scores`, evaluator(id), { scores: sheet('effectiveness', id === 't-lenient' ? 4.5 : 4) });
        expect(status).toBe(201);
      }
    }
    const report = await call('GET', '/api/evaluation/calibration?purpose=effectiveness', coordinator);
    expect(report.status).toBe(200);
    const byId = Object.fromEntries(report.body.evaluators.map((e: Json) => [e.evaluatorId, e]));
    expect(byId['t-lenient']).toMatchObject({ assessments: 3, meanDeviation: 0.1, flag: 'lenient', name: '专家 t-lenient' });
    expect(byId['t-2']).toMatchObject({ assessments: 3, meanDeviation: -0.05, flag: null });
    expect(byId['b-1']).toMatchObject({ assessments: 1, flag: null });
    expect((await call('GET', '/api/evaluation/calibration', evaluator('t-2'))).status).toBe(403);
    expect((await call('GET', '/api/evaluation/calibration?minAssessments=0', coordinator)).status).toBe(400);
  });

  it('pages through the evaluators, the organisations and an evaluator’s conflicts by keyset: each item once, in order', async () => {
    const domain = 'modern-agriculture';
    const ids = Array.from({ length: 7 }, (_, i) => `pg-${String(i + 1).padStart(2, '0')}`);
    for (const id of [...ids].reverse()) await addEvaluator(id, domain, `农业研究院-${id}`);

    const evaluators = await pages(`/api/evaluation/evaluators?domain=${domain}`, coordinator, 3);
    expect(evaluators.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(evaluators.flat().map((e: Json) => e.id)).toEqual(ids);
    expect((await call('GET', `/api/evaluation/evaluators?domain=${domain}&limit=200`, coordinator)).body).toEqual({ items: evaluators.flat(), nextCursor: null });
    // A last page that is exactly full has no next page; the default page holds 50.
    expect((await call('GET', `/api/evaluation/evaluators?domain=${domain}&limit=7`, coordinator)).body.nextCursor).toBeNull();
    expect((await call('GET', `/api/evaluation/evaluators?domain=${domain}&limit=6`, coordinator)).body.nextCursor).toEqual(expect.any(String));
    expect((await call('GET', `/api/evaluation/evaluators?domain=${domain}`, coordinator)).body.items).toHaveLength(7);
    // The filters hold on every page.
    expect((await call('PATCH', '/api/evaluation/evaluators/pg-04', coordinator, { available: false })).status).toBe(200);
    expect((await pages(`/api/evaluation/evaluators?domain=${domain}&available=true`, coordinator, 2)).flat().map((e: Json) => e.id)).toEqual(ids.filter((id) => id !== 'pg-04'));

    const organisations = await pages('/api/evaluation/organisations', coordinator, 2);
    const all = (await call('GET', '/api/evaluation/organisations?limit=200', coordinator)).body;
    expect(all.nextCursor).toBeNull();
    expect(all.items.length).toBeGreaterThanOrEqual(3);
    expect(organisations.flat()).toEqual(all.items);
    expect(organisations.slice(0, -1).every((page) => page.length === 2)).toBe(true);
    expect(new Set(all.items.map((o: Json) => o.id)).size).toBe(all.items.length);

    const declared: Json[] = [];
    for (let i = 1; i <= 5; i++) {
      const { status, body } = await call('POST', '/api/evaluation/evaluators/pg-07/conflicts', evaluator('pg-07'), { kind: 'declared', party: `农业合作社-${i}`, reason: `曾为其顾问 adviser ${i}` });
      expect(status).toBe(201);
      declared.push(body);
    }
    const inOrder = [...declared].sort((a, b) => (a.declaredAt === b.declaredAt ? (a.id < b.id ? -1 : 1) : a.declaredAt < b.declaredAt ? -1 : 1));
    const conflicts = await pages('/api/evaluation/evaluators/pg-07/conflicts', evaluator('pg-07'), 2);
    expect(conflicts.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(conflicts.flat().map((c: Json) => c.id)).toEqual(inOrder.map((c) => c.id));
    expect(conflicts.flat().map((c: Json) => c.party)).toEqual(inOrder.map((c) => c.party));
    expect((await call('GET', '/api/evaluation/evaluators/pg-06/conflicts', evaluator('pg-06'))).body).toEqual({ items: [], nextCursor: null });
  });

  it('pages through an evaluator’s assignments, newest first: each once, in order', async () => {
    const domain = 'digital-economy';
    const panel = ['m-1', 'm-2', 'm-3'];
    for (const id of panel) await addEvaluator(id, domain, `数字经济研究院-${id}`, { capacity: 50 });
    const assessments: string[] = [];
    for (let i = 0; i < 5; i++) {
      const assessment = await request('scenario', await registerScenario(domain, '市大数据发展局'), 'recognition', domain);
      expect(panelOf(assessment).sort()).toEqual(panel);
      assessments.push(assessment.id);
    }

    const mine = await pages('/api/evaluation/assignments/mine', evaluator('m-2'), 2);
    expect(mine.map((page) => page.length)).toEqual([2, 2, 1]);
    const items = mine.flat();
    expect(items.map((item: Json) => item.assessment.id).sort()).toEqual([...assessments].sort());
    expect(items.every((item: Json) => item.assignment.evaluatorId === 'm-2' && item.assignment.status === 'assigned' && item.assessment.rubrics.length > 0)).toBe(true);
    // Newest first: (assigned at, assessment id) strictly descending, so in the order requested, reversed.
    const keys = items.map((item: Json) => [item.assignment.assignedAt, item.assessment.id] as [string, string]);
    for (let i = 1; i < keys.length; i++) expect(keys[i - 1][0] > keys[i][0] || (keys[i - 1][0] === keys[i][0] && keys[i - 1][1] > keys[i][1])).toBe(true);
    expect(items.map((item: Json) => item.assessment.id)).toEqual([...assessments].reverse());
    expect((await call('GET', '/api/evaluation/assignments/mine?limit=200', evaluator('m-2'))).body).toEqual({ items, nextCursor: null });
    expect((await call('GET', '/api/evaluation/assignments/mine', evaluator('pg-nobody'))).body).toEqual({ items: [], nextCursor: null });
  });

  it('refuses a cursor that is not the list’s own, and a limit out of range, with a 400 naming the field', async () => {
    const fields = async (path: string, headers: Headers = coordinator) => {
      const { status, body } = await call('GET', path, headers);
      return [path, status, body.error?.fields?.map((f: Json) => f.path)];
    };
    const timeCursor = encodeTimeIdCursor(new Date(), randomUUID());
    const notUuid = encodeTimeIdCursor(new Date(), 'pg-01');
    const idCursor = encodeCursor(['pg-01']);
    const cases: Array<[string, Headers, string]> = [
      ['/api/evaluation/evaluators?after=garbage', coordinator, 'after'],
      [`/api/evaluation/evaluators?after=${timeCursor}`, coordinator, 'after'],
      ['/api/evaluation/organisations?after=garbage', coordinator, 'after'],
      [`/api/evaluation/organisations?after=${encodeCursor([1])}`, coordinator, 'after'],
      ['/api/evaluation/evaluators/pg-07/conflicts?after=garbage', evaluator('pg-07'), 'after'],
      [`/api/evaluation/evaluators/pg-07/conflicts?after=${notUuid}`, evaluator('pg-07'), 'after'],
      ['/api/evaluation/assignments/mine?after=garbage', evaluator('m-2'), 'after'],
      [`/api/evaluation/assignments/mine?after=${idCursor}`, evaluator('m-2'), 'after'],
      [`/api/evaluation/assignments/mine?after=${notUuid}`, evaluator('m-2'), 'after'],
      ['/api/evaluation/assessments?after=garbage', coordinator, 'after'],
      [`/api/evaluation/assessments?after=${notUuid}`, coordinator, 'after'],
      ['/api/evaluation/evaluators?limit=0', coordinator, 'limit'],
      ['/api/evaluation/organisations?limit=201', coordinator, 'limit'],
      ['/api/evaluation/assignments/mine?limit=x', evaluator('m-2'), 'limit'],
    ];
    for (const [path, headers, field] of cases) expect(await fields(path, headers)).toEqual([path, 400, [field]]);
    const garbage = await call('GET', '/api/evaluation/evaluators?after=garbage', coordinator);
    expect(garbage.body.error.message).toEqual(expect.any(String));
    expect(garbage.body.error.fields[0].message).toContain('nextCursor');
    // A well-formed cursor of the right kind past the end is an empty last page.
    expect((await call('GET', `/api/evaluation/evaluators?after=${encodeCursor(['zzzz'])}`, coordinator)).body).toEqual({ items: [], nextCursor: null });
    expect((await call('GET', `/api/evaluation/assignments/mine?after=${timeCursor}`, evaluator('m-2'))).status).toBe(200);
  });

  it('manages the pool and the rubrics over HTTP, refusing bad input and other callers', async () => {
    // The rubrics are read by signed-in callers (an evaluator, here).
    const reader = evaluator('rubric-reader');
    const rubrics = (await call('GET', '/api/evaluation/rubrics', reader)).body;
    expect(rubrics.purposes.recognition).toEqual(['recognition-standard', 'value-assessment']);
    expect(rubrics.items.map((r: Json) => r.id)).toEqual(['recognition-standard', 'value-assessment', 'effectiveness-evaluation', 'application-expert-review']);
    expect((await call('GET', '/api/evaluation/rubrics/value-assessment?version=1', reader)).body).toMatchObject({ title: { zh: '场景价值评估' }, totalThreshold: 10, versions: [1] });
    expect((await call('GET', '/api/evaluation/rubrics/value-assessment?version=9', reader)).status).toBe(404);

    const create = (body: Json, headers: Headers = coordinator) => call('POST', '/api/evaluation/evaluators', headers, body);
    const valid = { id: 'p-1', name: '王专家', organisation: '重庆大学', expertise: ['smart-water'] };
    // Zero trust: a token naming a role the gateway never grants is refused; identity headers without a token name nobody.
    const forgedCoordinator: Headers = { 'x-user-id': 'coordinator-li', 'x-user-roles': 'coordinator', 'x-user-unit': 'development-reform-commission' };
    const cases: Array<[Promise<{ status: number; body: Json }>, number, string?, string?]> = [
      [create({ ...valid, expertise: ['astrology'] }), 400, 'expertise.0'],
      [create({ ...valid, expertise: [] }), 400, 'expertise'],
      [create({ ...valid, capacity: -1 }), 400, 'capacity'],
      [create({ ...valid, unknown: 1 }), 400],
      [create(valid, officer('water-resources-bureau')), 403],
      [create(valid, {}), 401, undefined, 'UNAUTHENTICATED'],
      [create(valid, callerHeaders({ id: 'x', roles: ['system'] })), 401, undefined, 'TOKEN_INVALID'],
      [create(valid, forgedCoordinator), 401, undefined, 'UNAUTHENTICATED'],
    ];
    for (const [pending, status, field, code] of cases) {
      const { status: got, body } = await pending;
      expect({ got, message: typeof body.error?.message }).toEqual({ got: status, message: 'string' });
      if (field) expect(body.error.fields.map((f: Json) => f.path)).toContain(field);
      if (code) expect(body.error.code).toBe(code);
    }
    expect((await create(valid)).status).toBe(201);
    expect((await create(valid)).status).toBe(409);
    expect((await call('PATCH', '/api/evaluation/evaluators/p-1', evaluator('p-1'), { available: false })).body).toMatchObject({ available: false });
    expect((await call('PATCH', '/api/evaluation/evaluators/p-1', evaluator('p-1'), { capacity: 50 })).status).toBe(403);
    expect((await call('PATCH', '/api/evaluation/evaluators/p-1', evaluator('u-clean-1'), { available: true })).status).toBe(403);
    expect((await call('PATCH', '/api/evaluation/evaluators/p-1', coordinator, {})).status).toBe(400);
    expect((await call('PATCH', '/api/evaluation/evaluators/nobody', coordinator, { available: true })).status).toBe(404);
    expect((await call('GET', '/api/evaluation/evaluators?domain=smart-water', coordinator)).body.items).toEqual([expect.objectContaining({ id: 'p-1', available: false, load: 0 })]);

    const conflict = await call('POST', '/api/evaluation/evaluators/p-1/conflicts', evaluator('p-1'), { kind: 'collaboration', party: '市水利局', reason: '合作课题', endedOn: '2025-13-01' });
    expect(conflict.body.error.fields).toEqual([expect.objectContaining({ path: 'endedOn' })]);
    expect((await call('POST', '/api/evaluation/evaluators/p-1/conflicts', evaluator('u-clean-1'), { kind: 'declared', party: 'x', reason: '他人代报' })).status).toBe(403);
    const declared = await call('POST', '/api/evaluation/evaluators/p-1/conflicts', evaluator('p-1'), { kind: 'collaboration', party: 'water-resources-bureau', reason: '合作课题', endedOn: '2025-06-01' });
    expect(declared.body).toMatchObject({ party: '市水利局', endedOn: '2025-06-01', declaredBy: 'p-1' });
    expect((await call('GET', '/api/evaluation/evaluators/p-1', evaluator('p-1'))).body).toMatchObject({ id: 'p-1', load: 0, conflicts: [{ id: declared.body.id, kind: 'collaboration' }] });
    expect((await call('DELETE', `/api/evaluation/evaluators/p-1/conflicts/${declared.body.id}`, evaluator('p-1'))).status).toBe(403);
    expect((await call('DELETE', `/api/evaluation/evaluators/p-1/conflicts/${declared.body.id}`, coordinator)).status).toBe(204);
    expect((await call('GET', '/api/evaluation/evaluators/p-1', coordinator)).body.conflicts).toEqual([]);
    expect((await call('DELETE', '/api/evaluation/evaluators/p-1', coordinator)).status).toBe(204);
    expect((await call('GET', '/api/evaluation/evaluators?domain=smart-water', coordinator)).body.items).toEqual([]);

    const cycle = await call('PUT', `/api/evaluation/organisations/transport-commission`, coordinator, { name: '市交通运输委', parentId: '市交通规划研究院' });
    expect(cycle.body.error).toMatchObject({ status: 400, fields: [{ path: 'parentId' }] });
    expect((await call('PUT', '/api/evaluation/organisations/x', officer('transport-commission'), { name: 'x' })).status).toBe(403);
    expect((await call('GET', '/api/evaluation/organisations', coordinator)).body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: '市交通规划研究院', parentId: '市交通运输委' })]));
    expect((await call('GET', `/api/evaluation/assessments/${randomUUID()}`, coordinator)).status).toBe(404);
    expect((await call('GET', '/api/evaluation/assessments/not-a-uuid', coordinator)).status).toBe(400);
    expect((await call('GET', '/api/evaluation/assessments?after=garbage', coordinator)).status).toBe(400);
    expect((await call('GET', '/api/evaluation/assessments', evaluator('u-clean-1'))).status).toBe(403);
  });

  it('answers anonymous reads, the rubrics included, with 401 UNAUTHENTICATED; health and the API document stay open', async () => {
    for (const path of ['/api/evaluation/rubrics', '/api/evaluation/rubrics/value-assessment', '/api/evaluation/assessments', `/api/evaluation/assessments/${randomUUID()}`, '/api/evaluation/evaluators', '/api/evaluation/organisations']) {
      const anonymous = await call('GET', path);
      expect({ path, status: anonymous.status, code: anonymous.body.error?.code }).toEqual({ path, status: 401, code: 'UNAUTHENTICATED' });
    }
    expect((await call('GET', '/api/evaluation/rubrics', officer('transport-commission'))).status).toBe(200);
    expect((await call('GET', '/health/live')).status).toBe(200);
    expect((await call('GET', '/openapi.json')).status).toBe(200);
  });
});
