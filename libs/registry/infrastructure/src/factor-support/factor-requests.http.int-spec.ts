import { factorKinds } from '@scq/taxonomy';
import { COORDINATOR, outboxEvents, person, registerScenario, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from '../opportunities/testing/registry-http.testing';

const OWNER = '市交通运输委';
const owner = person('officer', 'transport-commission', 'officer-transport');
const landBureau = person('officer', '重庆市规划和自然资源局', 'officer-land'); // by its full name
const dataBureau = person('officer', '市大数据发展局', 'officer-data');
const outsider = person('officer', '市林业局', 'officer-forestry');
const applicant = person('applicant', null, 'enterprise-1');

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('factor support requests (要素保障) over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  let scenario: Json;

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'factor_requests');
    scenario = await registerScenario(host, {
      ownerUnit: OWNER, ownerType: 'municipal-department', tier: 'comprehensive-major', taxonomyVersion: '2026-final',
      title: { zh: '低空物流配送', en: 'Low-altitude delivery' }, domainCode: 'unmanned-systems', district: '两江新区',
    });
  });
  afterAll(() => host?.close());

  const path = () => `/api/scenarios/${scenario.id}/factor-requests`;
  const ask = (kind: string, extra: Record<string, unknown> = {}) => host.call('POST', path(), owner, { kind, need: { zh: `需要${kind}` }, ...extra });

  it('routes each factor kind to the unit its data names, and asks the notification service for the answer deadline', async () => {
    for (const factor of factorKinds()) {
      const made = await ask(factor.kind, { quantity: '若干' });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ kind: factor.kind, responsibleUnit: factor.unit, ownerUnit: OWNER, status: 'awaiting-answer', outcome: null, workingDays: factor.answerWorkingDays, quantity: '若干' });
      expect(made.body.deadlineId).toBe(`${made.body.id}.factorAnswer`);
    }
    const requested = await outboxEvents(host, 'registry.deadline.requested');
    expect(requested).toHaveLength(factorKinds().length);
    const land = (await host.call('GET', `${path()}`, owner)).body.items.find((r: Json) => r.kind === 'land');
    expect(requested.find((e: Json) => e.instanceId === land.id)).toMatchObject({
      deadlineId: `${land.id}.factorAnswer`,
      machineId: 'factor-request',
      subjectId: scenario.id,
      deadline: 'factorAnswer',
      workingDays: 10,
      stage: 'awaiting-answer',
      responsibleUnits: ['市规划自然资源局'],
    });
    expect(requested.map((e: Json) => e.responsibleUnits[0]).sort()).toEqual(factorKinds().map((f) => f.unit).sort());
  });

  it('refuses an unknown kind, a missing need and callers other than the owner unit', async () => {
    const unknown = await ask('water');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].path).toBe('kind');
    expect((await host.call('POST', path(), owner, { kind: 'land', need: {} })).status).toBe(400);
    expect((await host.call('POST', path(), owner, { kind: 'land', need: { zh: '地' }, amount: 3 })).status).toBe(400);
    for (const caller of [outsider, landBureau, COORDINATOR]) {
      const refused = await host.call('POST', path(), caller, { kind: 'land', need: { zh: '地' } });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
    }
    expect((await host.call('POST', path(), applicant, { kind: 'land', need: { zh: '地' } })).status).toBe(403);
    expect((await host.call('POST', '/api/scenarios/00000000-0000-4000-8000-000000000000/factor-requests', owner, { kind: 'land', need: { zh: '地' } })).status).toBe(404);
  });

  it('shows the responsible unit its requests (and its tasks), lets only it answer, once, and cancels the deadline', async () => {
    const { body: made } = await ask('land', { need: { zh: '新增 30 亩建设用地', en: '30 mu of construction land' } });
    // The land bureau sees it routed to it, among its tasks; the data bureau does not.
    const routed = await host.call('GET', '/api/factor-requests?as=responsible&status=awaiting-answer', landBureau);
    expect(routed.status).toBe(200);
    expect(routed.body.items.map((r: Json) => r.id)).toContain(made.id);
    expect(routed.body.items.every((r: Json) => r.responsibleUnit === '市规划自然资源局')).toBe(true);
    expect((await host.call('GET', '/api/factor-requests?as=responsible', dataBureau)).body.items.map((r: Json) => r.kind)).toEqual(['data']);
    const tasks = await host.call('GET', '/api/registry/tasks', landBureau);
    const task = tasks.body.items.find((t: Json) => t.subject.id === made.id);
    expect(task).toMatchObject({ kind: 'factor-request', instanceId: made.id, deadlineIds: [made.deadlineId], unit: '市规划自然资源局' });
    expect(task.title.zh).toContain('低空物流配送');
    expect((await host.call('GET', '/api/registry/tasks', dataBureau)).body.items.some((t: Json) => t.subject.id === made.id)).toBe(false);

    expect((await host.call('GET', `/api/factor-requests/${made.id}`, dataBureau)).status).toBe(403);
    expect((await host.call('GET', `/api/factor-requests/${made.id}`, outsider)).status).toBe(403);
    expect((await host.call('GET', `/api/factor-requests/${made.id}`, owner)).status).toBe(200);
    expect((await host.call('GET', '/api/factor-requests', applicant)).status).toBe(403);
    expect((await host.call('GET', path(), outsider)).status).toBe(403);
    for (const query of ['limit=0', 'as=everyone', 'status=late', 'kind=water']) {
      const bad = await host.call('GET', `/api/factor-requests?${query}`, COORDINATOR);
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0].message).toMatch(/[\u4e00-\u9fff]/);
    }

    const answer = { outcome: 'partially-granted', answer: { zh: '可保障 20 亩，其余纳入下一批次' } };
    for (const caller of [owner, dataBureau, COORDINATOR]) expect((await host.call('POST', `/api/factor-requests/${made.id}/answer`, caller, answer)).status).toBe(403);
    expect((await host.call('POST', `/api/factor-requests/${made.id}/answer`, landBureau, { outcome: 'maybe', answer: { zh: '?' } })).status).toBe(400);
    const answered = await host.call('POST', `/api/factor-requests/${made.id}/answer`, landBureau, answer);
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', outcome: 'partially-granted', answer: { zh: '可保障 20 亩，其余纳入下一批次' }, answeredBy: 'officer-land' });
    const again = await host.call('POST', `/api/factor-requests/${made.id}/answer`, landBureau, { outcome: 'granted', answer: { zh: '全部保障' } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('FACTOR_REQUEST_ANSWERED');

    const cancelled = await outboxEvents(host, 'registry.deadline.cancelled');
    expect(cancelled).toEqual([expect.objectContaining({ deadlineId: made.deadlineId, instanceId: made.id, deadline: 'factorAnswer', stage: 'answered' })]);
    expect((await host.call('GET', '/api/registry/tasks', landBureau)).body.items.some((t: Json) => t.subject.id === made.id)).toBe(false);
    // The owner reads the answer on its scenario; the coordinator reads every request.
    const mine = await host.call('GET', path(), owner);
    expect(mine.body.items.find((r: Json) => r.id === made.id)).toMatchObject({ outcome: 'partially-granted' });
    expect((await host.call('GET', '/api/factor-requests?kind=land', COORDINATOR)).body.items.length).toBeGreaterThanOrEqual(2);
    // A responsible unit reading the scenario sees only what was routed to it.
    expect((await host.call('GET', path(), dataBureau)).body.items.map((r: Json) => r.kind)).toEqual(['data']);
  });

  it('lists the factor kinds with their units for any signed-in caller', async () => {
    const kinds = await host.call('GET', '/api/factor-kinds', applicant);
    expect(kinds.status).toBe(200);
    expect(kinds.body.items.find((k: Json) => k.kind === 'talent')).toMatchObject({ unit: '市人力社保局', name: { zh: '人才' } });
    expect((await host.call('GET', '/api/factor-kinds')).status).toBe(401);
  });
});
