import { randomUUID } from 'node:crypto';
import { addCalendarDays, beijingDateOf } from '@scq/calendar';
import type { TopicName } from '@scq/contracts';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, listedAndOpened, type TestDatabase } from '@scq/platform-testing';
import { Client } from 'pg';
import { WorkflowModule } from './workflow.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const OWNER_UNIT = '市交通运输委';
const today = () => beijingDateOf(new Date());
const punctuality = { key: 'on-time', name: { zh: '准点率', en: 'On-time rate' }, unit: '%', threshold: { min: 90 } };
const terms = () => ({ conditions: ['限定园区道路'], indicators: [punctuality], expiresOn: addCalendarDays(today(), 180) });
const MACHINE = 'scenario-lifecycle';
const SPLIT = { removed: 'operating.piloting.sandboxReview', breached: 'operating.piloting.sandboxBreached' };

/**
 * Lifecycle releases (issue 16 point 6) on PostgreSQL: scenarios run on version 1 of the scenario lifecycle; the service
 * is redeployed carrying version 2 (the sandbox re-review split by cause); an administrator dry-runs the release,
 * applies it, applies it again (nothing more moves), maps the stage version 2 removed, and the moved scenarios go on
 * under version 2's rules while the one that could not move stays on version 1.
 */
describe('workflow service: lifecycle releases over HTTP on PostgreSQL', () => {
  let database: TestDatabase;
  let host: RunningHost | undefined;
  let sql: Client;
  // Closing a host closes its bus: each deployment gets its own.
  let bus = new InProcessMessageBus();
  const officer = callerHeaders({ id: 'officer-1', roles: ['officer'], unit: OWNER_UNIT });
  const coordinator = callerHeaders({ id: 'coordinator-1', roles: ['coordinator'], unit: '市发展改革委' });
  const admin = callerHeaders({ id: 'admin-1', roles: ['admin'] });

  const start = (scenarioVersion: 1 | 2) => {
    bus = new InProcessMessageBus();
    return bootstrapHost({ name: `workflow-releases-v${scenarioVersion}`, logger: createLogger('workflow-releases-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [WorkflowModule.register({ database: { url: database.url }, machines: { scenarioVersion } })] });
  };

  beforeAll(async () => {
    database = await createTestDatabase('workflow_releases');
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await host?.close();
    await database?.drop();
  });

  async function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host!.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }
  const send = (instanceId: string, headers: Record<string, string>, event: Record<string, unknown>) => call('POST', `/api/workflow/instances/${instanceId}/events`, headers, event);
  const read = async (instanceId: string): Promise<Json> => (await call('GET', `/api/workflow/instances/${instanceId}`, officer)).body;
  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    await bus.publish([{ topic, key: subject, value: JSON.stringify(buildEnvelope('test', topic, type as never, { subject, data: data as never })) }]);
  }
  async function registered(): Promise<Json> {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, { scenarioId, title: { zh: '园区无人配送' }, domainCode: 'unmanned-systems', ownerUnit: OWNER_UNIT, taxonomyVersion: '2025-draft', district: '两江新区', registeredAt: new Date().toISOString() });
    return (await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer)).body;
  }
  /** Registered, recognised, listed, opened, matched with an application, piloting in a sandbox. */
  async function sandboxed(): Promise<Json> {
    const { id, subjectId: scenarioId } = await registered();
    const assessed = (subject: { kind: string; id: string }, purpose: string) =>
      deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', subject.id, { assessmentId: randomUUID(), subject, purpose, passed: true, explanation: '通过', finalizedAt: new Date().toISOString() });
    for (const type of ['startCultivation', 'requestRecognition']) expect((await send(id, officer, { type })).status).toBe(200);
    await assessed({ kind: 'scenario', id: scenarioId }, 'recognition');
    for (const published of listedAndOpened(scenarioId)) await deliver(published.topic, published.type, published.subject, published.data);
    const applicant = callerHeaders({ id: `enterprise-${randomUUID().slice(0, 8)}`, roles: ['applicant'] });
    const application = (await call('POST', '/api/workflow/applications', applicant, { scenarioId })).body;
    expect((await send(application.id, applicant, { type: 'submit' })).status).toBe(200);
    for (const type of ['startScreening', 'passScreening', 'approveByUnit']) expect((await send(application.id, officer, { type })).status).toBe(200);
    await assessed({ kind: 'application', id: application.subjectId }, 'application-review');
    const notice = await read(application.id);
    await deliver('notification.deadline.v1', 'notification.deadline.reached', application.id, { deadlineId: `${application.id}.${notice.snapshot.context.deadlines.publicNotice}`, instanceId: application.id, deadline: 'publicNotice', reachedAt: new Date().toISOString() });
    expect((await send(id, officer, { type: 'startPilot' })).status).toBe(200);
    const entered = await send(id, officer, { type: 'enterSandbox', ...terms() });
    expect(entered.body.stage).toBe('operating.piloting.sandbox');
    return entered.body;
  }
  const breach = (instanceId: string) => send(instanceId, officer, { type: 'reportSandboxIndicator', indicatorKey: 'on-time', value: 82.5, observedOn: today() });
  const migrationEvents = async (scenarioId: string) =>
    (await sql.query("SELECT payload FROM workflow.outbox WHERE event_type = 'workflow.scenario.stage-changed' AND message_key = $1", [scenarioId])).rows.map((r) => JSON.parse(r.payload).data).filter((data) => data.event === 'migrate');
  const machineRows = async (ids: string[]) => {
    const rows = [];
    for (const id of ids) rows.push(await machineRow(id));
    return rows;
  };
  const machineRow = async (id: string) => (await sql.query('SELECT machine_version, stage, version FROM workflow.lifecycle_instance WHERE id = $1', [id])).rows[0];

  it('dry-runs, applies and records a release of scenario-lifecycle v2; the moved instances go on under v2, the unmappable one stays on v1 until a mapping is given', async () => {
    // Version 1 deployed: four scenarios in four places.
    host = await start(1);
    const proposed = await registered();
    const inSandbox = await sandboxed();
    const inReview = await sandboxed();
    expect((await breach(inReview.id)).body.stage).toBe(SPLIT.removed);
    const withdrawn = await registered();
    expect((await send(withdrawn.id, officer, { type: 'withdraw' })).body.stage).toBe('withdrawn');
    await host.close();

    // Redeployed carrying version 2: new scenarios start on it; running ones stay on version 1 until released.
    host = await start(2);
    expect((await registered()).machineVersion).toBe(2);
    const machines = (await call('GET', '/api/workflow/releases/machines', admin)).body;
    expect(machines.find((m: Json) => m.id === MACHINE)).toEqual({
      id: MACHINE,
      currentVersion: 2,
      versions: [
        { version: 1, current: false, running: 3, finished: 1 },
        { version: 2, current: true, running: 1, finished: 0 },
      ],
    });

    // The dry run: who moves where, who cannot and why; nothing changes.
    const before = await machineRows([proposed.id, inSandbox.id, inReview.id]);
    const plan = await call('POST', '/api/workflow/releases/plan', admin, { machine: MACHINE, toVersion: 2 });
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({ machineId: MACHINE, toVersion: 2, fromVersions: [1], counts: { move: 2, blocked: 1 } });
    const planned = Object.fromEntries(plan.body.steps.map((s: Json) => [s.instanceId, s]));
    expect(Object.keys(planned).sort()).toEqual([proposed.id, inSandbox.id, inReview.id].sort());
    expect(planned[proposed.id]).toMatchObject({ from: { version: 1, stage: 'proposed' }, to: { version: 2, stage: 'proposed' }, problem: null });
    expect(planned[inSandbox.id]).toMatchObject({ from: { version: 1, stage: 'operating.piloting.sandbox' }, to: { version: 2, stage: 'operating.piloting.sandbox' } });
    expect(planned[inReview.id]).toMatchObject({ from: { version: 1, stage: SPLIT.removed }, to: null, problem: { code: 'STAGE_NOT_IN_TARGET', message: expect.stringMatching(/不存在.*does not exist in v2/) } });
    expect(await machineRows([proposed.id, inSandbox.id, inReview.id])).toEqual(before);

    // Applied: two move (their stages unchanged, so no stage events), one is skipped and stays on version 1.
    const applied = await call('POST', '/api/workflow/releases', admin, { machine: MACHINE, toVersion: 2 });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ machineId: MACHINE, toVersion: 2, actor: { id: 'admin-1', roles: ['admin'] }, counts: { moved: 2, skipped: 1, failed: 0 }, finishedAt: expect.any(String) });
    expect(applied.body.steps.find((s: Json) => s.instanceId === inReview.id)).toMatchObject({ outcome: 'skipped', problem: { code: 'STAGE_NOT_IN_TARGET' } });
    expect(await machineRow(inSandbox.id)).toEqual({ machine_version: 2, stage: 'operating.piloting.sandbox', version: inSandbox.version + 1 });
    expect(await machineRow(inReview.id)).toMatchObject({ machine_version: 1, stage: SPLIT.removed });
    const history = (await read(inSandbox.id)).history;
    expect(history.at(-1)).toMatchObject({ kind: 'migration', machineVersion: 2, from: 'operating.piloting.sandbox', to: 'operating.piloting.sandbox', actor: { id: 'admin-1' } });
    expect(await migrationEvents(inSandbox.subjectId)).toEqual([]);

    // Applied again: nothing more moves.
    const again = await call('POST', '/api/workflow/releases', admin, { machine: MACHINE, toVersion: 2 });
    expect(again.body.counts).toEqual({ moved: 0, skipped: 1, failed: 0 });
    expect(await machineRow(inSandbox.id)).toEqual({ machine_version: 2, stage: 'operating.piloting.sandbox', version: inSandbox.version + 1 });

    // The moved scenarios go on under version 2: a breach now opens the breach re-review; the history still audits.
    expect((await breach(inSandbox.id)).body).toMatchObject({ machineVersion: 2, stage: SPLIT.breached });
    expect((await send(inSandbox.id, officer, { type: 'renewSandbox', ...terms() })).body.stage).toBe('operating.piloting.sandbox');
    expect((await send(proposed.id, officer, { type: 'startCultivation' })).body).toMatchObject({ machineVersion: 2, stage: 'cultivating' });
    expect((await call('GET', `/api/workflow/instances/${inSandbox.id}/audit`, officer)).body).toMatchObject({ ok: true, replay: { ok: true, stage: 'operating.piloting.sandbox' } });

    // With the stage map the administrator chose from its readings, the last one moves; its stage changed, so it is told.
    const mapped = await call('POST', '/api/workflow/releases', admin, { machine: MACHINE, toVersion: 2, stageMap: { [SPLIT.removed]: SPLIT.breached } });
    expect(mapped.body.counts).toEqual({ moved: 1, skipped: 0, failed: 0 });
    expect(mapped.body.steps).toEqual([expect.objectContaining({ instanceId: inReview.id, outcome: 'moved', stageChanged: true, to: { version: 2, stage: SPLIT.breached } })]);
    expect(await migrationEvents(inReview.subjectId)).toEqual([expect.objectContaining({ from: SPLIT.removed, to: SPLIT.breached, machine: { id: MACHINE, version: 2 }, actor: 'admin-1' })]);
    expect((await send(inReview.id, officer, { type: 'renewSandbox', ...terms() })).body).toMatchObject({ machineVersion: 2, stage: 'operating.piloting.sandbox' });
    expect((await call('GET', `/api/workflow/instances/${inReview.id}/audit`, officer)).body).toMatchObject({ ok: true });

    // The record: every release, newest first, and each one's outcomes.
    const list = (await call('GET', '/api/workflow/releases', admin)).body;
    expect(list.map((r: Json) => r.counts)).toEqual([
      { moved: 1, skipped: 0, failed: 0 },
      { moved: 0, skipped: 1, failed: 0 },
      { moved: 2, skipped: 1, failed: 0 },
    ]);
    expect((await call('GET', `/api/workflow/releases/${applied.body.id}`, admin)).body).toEqual(applied.body);
    const finished = (await call('GET', '/api/workflow/releases/machines', admin)).body.find((m: Json) => m.id === MACHINE);
    expect(finished.versions).toEqual([
      { version: 1, current: false, running: 0, finished: 1 },
      { version: 2, current: true, running: 4, finished: 0 },
    ]);
  });

  it('answers only administrators (403 otherwise) and refuses bad input with a bilingual 4xx', async () => {
    host ??= await start(2);
    const body = { machine: MACHINE, toVersion: 2 };
    for (const headers of [coordinator, officer]) {
      for (const [method, path, payload] of [
        ['GET', '/api/workflow/releases/machines'],
        ['POST', '/api/workflow/releases/plan', body],
        ['POST', '/api/workflow/releases', body],
        ['GET', '/api/workflow/releases'],
      ] as Array<[string, string, unknown?]>) {
        const { status } = await call(method, path, headers, payload);
        expect({ method, path, status }).toEqual({ method, path, status: 403 });
      }
    }
    expect((await call('GET', '/api/workflow/releases/machines', {})).status).toBe(401);
    const refusals: Array<[string, unknown, number, string]> = [
      ['unknown machine', { machine: 'no-such-machine', toVersion: 2 }, 400, 'VALIDATION_FAILED'],
      ['version not a number', { machine: MACHINE, toVersion: 'two' }, 400, 'VALIDATION_FAILED'],
      ['unknown field', { ...body, force: true }, 400, 'VALIDATION_FAILED'],
      ['stage path malformed', { ...body, stageMap: { 'operating..x': 'proposed' } }, 400, 'VALIDATION_FAILED'],
      ['version not carried', { machine: MACHINE, toVersion: 9 }, 404, 'NOT_FOUND'],
      ['from not older', { ...body, fromVersion: 2 }, 422, 'MIGRATION_INVALID'],
      ['map onto a missing stage', { ...body, stageMap: { [SPLIT.removed]: 'operating.piloting.sandboxReview' } }, 422, 'MIGRATION_INVALID'],
    ];
    for (const [name, payload, status, code] of refusals) {
      for (const path of ['/api/workflow/releases/plan', '/api/workflow/releases']) {
        const answer = await call('POST', path, admin, payload);
        expect({ name, path, status: answer.status, code: answer.body.error?.code }).toEqual({ name, path, status, code });
        expect(answer.body.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
      }
    }
    expect((await call('GET', `/api/workflow/releases/${randomUUID()}`, admin)).status).toBe(404);
    expect((await call('GET', '/api/workflow/releases/not-a-uuid', admin)).status).toBe(400);
    // Nothing refused was recorded as a release.
    const { rows } = await sql.query('SELECT count(*)::int AS n FROM workflow.lifecycle_release');
    expect((await call('GET', '/api/workflow/releases', admin)).body).toHaveLength(rows[0].n);
  });
});
