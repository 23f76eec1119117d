import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { Client } from 'pg';
import { WorkflowModule } from './workflow.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Headers = Record<string, string>;

const OWNER_UNIT = '市交通运输委';
const applicant = (id: string, organisation: string | null): Headers => callerHeaders({ id, roles: ['applicant'], organisation });
const cqu = applicant('cqu-wang', '重庆大学');
const cquColleague = applicant('cqu-liu', '重庆大学');
const changan = applicant('changan-zhao', '长安汽车');
const outsider = applicant('other-sun', '重庆邮电大学');
const coordinator = callerHeaders({ id: 'coordinator-1', roles: ['coordinator'], unit: '市发展改革委' });
const officer = callerHeaders({ id: 'officer-1', roles: ['officer'], unit: OWNER_UNIT });

const LEAD = { organisation: '重庆大学', kind: 'university', role: 'lead', contribution: '感知算法与测试评价' };
const CHANGAN = { organisation: '长安汽车', kind: 'enterprise', role: 'member', contribution: '整车与示范运营' };
const CATARC = { organisation: '中国汽车工程研究院', kind: 'research-institute', role: 'member', contribution: '检验检测与标准' };

/**
 * 场景创新联合体 over HTTP (issue 18 point 2): the membership rules, who reads and who manages, search by name and
 * member, and an application made by a consortium whose every member is a party of it.
 */
describe('consortia in the workflow service, on PostgreSQL', () => {
  let database: TestDatabase;
  let host: RunningHost;
  let sql: Client;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    database = await createTestDatabase('workflow_consortia');
    host = await bootstrapHost({ name: 'consortia-test', logger: createLogger('consortia-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [WorkflowModule.register({ database: { url: database.url } })] });
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await host?.close();
    await database?.drop();
  });

  async function call(method: string, path: string, headers: Headers, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  }

  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    await bus.publish([{ topic, key: subject, value: JSON.stringify(buildEnvelope('test', topic, type as never, { subject, data: data as never })) }]);
  }

  const create = (headers: Headers, members: unknown[], name = `智能网联汽车场景创新联合体 ${randomUUID().slice(0, 8)}`) => call('POST', '/api/workflow/consortia', headers, { name: { zh: name, en: 'Connected vehicles consortium' }, members });

  function expectRefusal(answer: { status: number; body: Json }, status: number, code: string, message: RegExp): void {
    expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status, code });
    expect(answer.body.error.message).toMatch(message);
  }

  /** A scenario open for applications, as the registry's events make it. */
  async function openScenario(): Promise<string> {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, { scenarioId, title: { zh: '自动驾驶接驳' }, domainCode: 'unmanned-systems', ownerUnit: OWNER_UNIT, taxonomyVersion: '2025-draft', district: '两江新区', registeredAt: new Date().toISOString() });
    const scenario = (await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer)).body;
    expect((await call('POST', `/api/workflow/instances/${scenario.id}/events`, officer, { type: 'startCultivation' })).status).toBe(200);
    expect((await call('POST', `/api/workflow/instances/${scenario.id}/events`, officer, { type: 'requestRecognition' })).status).toBe(200);
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', scenarioId, { assessmentId: randomUUID(), subject: { kind: 'scenario', id: scenarioId }, purpose: 'recognition', passed: true, explanation: '通过', finalizedAt: new Date().toISOString() });
    const number = `渝场景〔2026〕${Math.floor(Math.random() * 1e6)}号`;
    await deliver('registry.batch-list.v1', 'registry.batch-list.published', number, { listId: randomUUID(), number, revision: 1, revisionOf: null, reason: null, scenarioIds: [scenarioId], added: [scenarioId], removed: [], publishedBy: 'coordinator-1', publishedAt: new Date().toISOString() });
    await deliver('registry.scenario.v1', 'registry.scenario.opportunity-published', scenarioId, { scenarioId, opportunityId: randomUUID(), title: { zh: '接驳车辆' }, publishedOn: '2026-05-01', publishedBy: 'officer-1', at: new Date().toISOString() });
    expect((await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer)).body.stage).toBe('operating.open');
    return scenarioId;
  }

  it('creates a consortium led by the caller’s organisation, and holds the membership rules with bilingual 400s', async () => {
    const created = await create(cqu, [LEAD, CHANGAN, CATARC]);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ leadOrganisation: '重庆大学', version: 1, manageable: true, createdBy: 'cqu-wang' });
    expect(created.body.members.map((m: Json) => [m.organisation, m.kind, m.role, m.contribution])).toEqual([
      ['重庆大学', 'university', 'lead', '感知算法与测试评价'],
      ['长安汽车', 'enterprise', 'member', '整车与示范运营'],
      ['中国汽车工程研究院', 'research-institute', 'member', '检验检测与标准'],
    ]);

    expectRefusal(await create(cqu, [LEAD]), 400, 'TOO_FEW_MEMBERS', /至少由 2 家单位.*at least 2 organisations/);
    expectRefusal(await create(cqu, [LEAD, { ...CHANGAN, role: 'lead' }]), 400, 'LEAD_NOT_ONCE', /牵头单位须恰好一家.*Exactly one member is the lead/);
    expectRefusal(await create(cqu, [{ ...CHANGAN, role: 'member' }, CATARC]), 400, 'LEAD_NOT_ONCE', /Exactly one/);
    expectRefusal(await create(changan, [LEAD, CHANGAN]), 400, 'LEAD_NOT_CALLER', /须为您所在单位「长安汽车」.*must be your own organisation/);
    const twice = await create(cqu, [LEAD, CHANGAN, { ...CHANGAN, organisation: ' 长安汽车 ', contribution: '零部件' }]);
    expectRefusal(twice, 400, 'DUPLICATE_MEMBER', /重复列出.*listed twice/);
    expect(twice.body.error.fields).toEqual([expect.objectContaining({ path: 'members.2.organisation' })]);
    const shape = await create(cqu, [LEAD, { ...CHANGAN, kind: 'spaceship', contribution: '' }]);
    expect(shape.status).toBe(400);
    expect(shape.body.error.fields.map((f: Json) => f.path).sort()).toEqual(['members.1.contribution', 'members.1.kind']);
    expect(shape.body.error.fields.find((f: Json) => f.path === 'members.1.contribution').message).toMatch(/贡献.*contributes/);

    expectRefusal(await create(applicant('nobody', null), [LEAD, CHANGAN]), 403, 'NO_ORGANISATION', /未关联单位.*names no organisation/);
    expectRefusal(await create(officer, [LEAD, CHANGAN]), 403, 'FORBIDDEN_ROLE', /.+/);
    expect((await call('POST', '/api/workflow/consortia', {}, { name: { zh: 'x' }, members: [LEAD, CHANGAN] })).status).toBe(401);
    expect((await call('GET', '/api/workflow/consortia?limit=1', coordinator)).body.items).toHaveLength(1);
  });

  it('lets members and everything-readers read, the lead’s applicants manage, and nobody else', async () => {
    const { body: consortium } = await create(cqu, [LEAD, CHANGAN]);
    const path = `/api/workflow/consortia/${consortium.id}`;

    expect((await call('GET', path, changan)).body).toMatchObject({ id: consortium.id, manageable: false });
    expect((await call('GET', path, coordinator)).body).toMatchObject({ id: consortium.id, manageable: false });
    expect((await call('GET', path, cquColleague)).body).toMatchObject({ manageable: true });
    expectRefusal(await call('GET', path, outsider), 403, 'OUT_OF_SCOPE', /不在您的查看范围内.*Outside what you may see/);
    expectRefusal(await call('GET', path, officer), 403, 'FORBIDDEN_ROLE', /.+/);
    expectRefusal(await call('GET', `/api/workflow/consortia/${randomUUID()}`, coordinator), 404, 'CONSORTIUM_NOT_FOUND', /联合体不存在.*No consortium/);
    expect((await call('GET', '/api/workflow/consortia/not-a-uuid', coordinator)).status).toBe(400);

    // A member may read but not manage; the lead's other applicant account manages.
    expectRefusal(await call('POST', `${path}/members`, changan, CATARC), 403, 'NOT_LEAD', /只有牵头单位「重庆大学」.*Only applicants of the lead organisation/);
    const added = await call('POST', `${path}/members`, cquColleague, { ...CATARC, role: 'lead' });
    expect(added.status).toBe(201);
    expect(added.body.members.map((m: Json) => [m.organisation, m.role])).toEqual([['重庆大学', 'lead'], ['长安汽车', 'member'], ['中国汽车工程研究院', 'member']]);
    expect(added.body.version).toBe(2);
    const again = await call('POST', `${path}/members`, cqu, { ...CHANGAN, organisation: '长安汽车' });
    expectRefusal(again, 400, 'DUPLICATE_MEMBER', /「长安汽车」已是该联合体的成员.*already a member/);
    // At the field the caller filled in, not at a position in a list the caller never sent.
    expect(again.body.error.fields).toEqual([{ path: 'organisation', message: expect.stringContaining('已是该联合体的成员') }]);

    const lead = added.body.members.find((m: Json) => m.role === 'lead');
    expectRefusal(await call('DELETE', `${path}/members/${lead.id}`, cqu), 400, 'LEAD_NOT_ONCE', /Exactly one/);
    const catarc = added.body.members.find((m: Json) => m.organisation === '中国汽车工程研究院');
    const removed = await call('DELETE', `${path}/members/${catarc.id}`, cqu);
    expect(removed.status).toBe(200);
    expect(removed.body.members.map((m: Json) => m.organisation)).toEqual(['重庆大学', '长安汽车']);
    const changanRow = removed.body.members.find((m: Json) => m.organisation === '长安汽车');
    expectRefusal(await call('DELETE', `${path}/members/${changanRow.id}`, cqu), 400, 'TOO_FEW_MEMBERS', /at least 2/);
    expectRefusal(await call('DELETE', `${path}/members/${randomUUID()}`, cqu), 404, 'MEMBER_NOT_FOUND', /没有该成员.*No member/);

    // The whole list replaced: the lead stays the lead; a stale version is refused.
    expectRefusal(await call('PUT', `${path}/members`, cqu, { members: [{ ...LEAD, role: 'member' }, { ...CHANGAN, role: 'lead' }] }), 400, 'LEAD_CHANGED', /不可更换.*does not change/);
    expectRefusal(await call('PUT', `${path}/members`, cqu, { members: [LEAD, CATARC], expectedVersion: 1 }), 409, 'VERSION_CONFLICT', /已被修改.*changed meanwhile/);
    const replaced = await call('PUT', `${path}/members`, cqu, { members: [LEAD, CATARC], expectedVersion: 3 });
    expect(replaced.status).toBe(200);
    expect(replaced.body.members.map((m: Json) => m.organisation)).toEqual(['重庆大学', '中国汽车工程研究院']);
    // 长安汽车 left: it no longer reads the consortium.
    expectRefusal(await call('GET', path, changan), 403, 'OUT_OF_SCOPE', /Outside/);
  });

  it('finds consortia by name or member organisation; each applicant lists only those it belongs to', async () => {
    const tag = randomUUID().slice(0, 6);
    const { body: robots } = await create(cqu, [LEAD, { ...CHANGAN, organisation: `山城机器人${tag}` }], `巡检机器人联合体${tag}`);
    const { body: health } = await call('POST', '/api/workflow/consortia', applicant('cqmu-he', `重庆医科大学${tag}`), {
      name: { zh: `智慧医疗联合体${tag}`, en: `Smart health ${tag}` },
      members: [{ organisation: `重庆医科大学${tag}`, kind: 'university', role: 'lead', contribution: '临床' }, { organisation: `山城机器人${tag}`, kind: 'enterprise', role: 'member', contribution: '手术机器人' }],
    });
    const ids = async (headers: Headers, q: string) => ((await call('GET', `/api/workflow/consortia?q=${encodeURIComponent(q)}`, headers)).body.items as Json[]).map((c) => c.id).sort();

    expect(await ids(coordinator, `巡检机器人联合体${tag}`)).toEqual([robots.id]);
    expect(await ids(coordinator, `smart health ${tag}`)).toEqual([health.id]);
    expect(await ids(coordinator, `山城机器人${tag}`)).toEqual([robots.id, health.id].sort());
    expect(await ids(coordinator, `%${tag}`)).toEqual([]);
    // The robot maker is a member of both; 重庆大学 only of one; an outsider of none.
    expect(await ids(applicant('robot-1', `山城机器人${tag}`), tag)).toEqual([robots.id, health.id].sort());
    expect(await ids(cqu, tag)).toEqual([robots.id]);
    expect(await ids(outsider, tag)).toEqual([]);
    expect((await call('GET', '/api/workflow/consortia?q=', coordinator)).status).toBe(400);

    const page = await call('GET', `/api/workflow/consortia?q=${encodeURIComponent(`山城机器人${tag}`)}&limit=1`, coordinator);
    expect(page.body.items).toHaveLength(1);
    const next = await call('GET', `/api/workflow/consortia?q=${encodeURIComponent(`山城机器人${tag}`)}&limit=1&after=${page.body.nextCursor as string}`, coordinator);
    expect([page.body.items[0].id, next.body.items[0].id].sort()).toEqual([robots.id, health.id].sort());
  });

  it('keeps members under the directory’s names: an organisation listed by its name and its alias is one member', async () => {
    await deliver('identity.organisation.v1', 'identity.organisation.changed', 'org-cqjtu', { organisationId: 'org-cqjtu', name: '重庆交通大学', aliases: ['重交大'], uscc: null, kind: 'university', at: new Date().toISOString() });
    const jtu = { organisation: '重庆交通大学', kind: 'university', role: 'member', contribution: '路侧感知' };
    expectRefusal(await create(cqu, [LEAD, jtu, { ...jtu, organisation: '重交大' }]), 400, 'DUPLICATE_MEMBER', /「重庆交通大学」重复列出.*listed twice/);
    const created = await create(cqu, [LEAD, { ...jtu, organisation: ' 重交大 ' }]);
    expect(created.status).toBe(201);
    expect(created.body.members.map((m: Json) => m.organisation)).toEqual(['重庆大学', '重庆交通大学']);
    // Added again by its alias, it is refused at the field filled in, under its directory name.
    expectRefusal(await call('POST', `/api/workflow/consortia/${created.body.id as string}/members`, cqu, { ...jtu, organisation: '重交大' }), 400, 'DUPLICATE_MEMBER', /「重庆交通大学」已是该联合体的成员/);
    // The university's own applicants read it, whichever name their account carries.
    expect((await call('GET', `/api/workflow/consortia/${created.body.id as string}`, applicant('jtu-1', '重庆交通大学'))).status).toBe(200);
  });

  it('applies in a consortium’s name: the lead’s applicant only, every member a party, the members frozen while it is live', async () => {
    const scenarioId = await openScenario();
    const { body: consortium } = await create(cqu, [LEAD, CHANGAN, CATARC]);

    expectRefusal(await call('POST', '/api/workflow/applications', changan, { scenarioId, consortiumId: consortium.id }), 403, 'NOT_LEAD', /只有牵头单位「重庆大学」.*apply in the consortium's name/);
    expectRefusal(await call('POST', '/api/workflow/applications', cqu, { scenarioId, consortiumId: randomUUID() }), 404, 'CONSORTIUM_NOT_FOUND', /No consortium/);
    expect((await call('POST', '/api/workflow/applications', cqu, { scenarioId, consortiumId: 'x' })).status).toBe(400);

    const applied = await call('POST', '/api/workflow/applications', cqu, { scenarioId, consortiumId: consortium.id });
    expect(applied.status).toBe(201);
    expect(applied.body.subject).toMatchObject({
      consortiumId: consortium.id,
      consortium: { consortiumId: consortium.id, name: consortium.name, members: [expect.objectContaining({ organisation: '重庆大学', role: 'lead' }), expect.objectContaining({ organisation: '长安汽车', role: 'member', contribution: '整车与示范运营' }), expect.objectContaining({ organisation: '中国汽车工程研究院', role: 'member' })] },
      parties: [{ organisation: '重庆大学', role: 'applicant' }, { organisation: '长安汽车', role: 'member' }, { organisation: '中国汽车工程研究院', role: 'member' }],
    });
    // One live bid per consortium and scenario: the lead's other applicant account cannot apply in its name again.
    expectRefusal(await call('POST', '/api/workflow/applications', cquColleague, { scenarioId, consortiumId: consortium.id }), 409, 'DUPLICATE', /该联合体已申报此场景.*already applied/);
    // The evaluation service learns every member from the event alone.
    const told = await sql.query("SELECT payload FROM workflow.outbox WHERE event_type = 'workflow.application.stage-changed' AND message_key = $1", [applied.body.subjectId]);
    expect(told.rows.map((row) => JSON.parse(row.payload).data.parties)).toEqual([[{ organisation: '重庆大学', role: 'applicant' }, { organisation: '长安汽车', role: 'member' }, { organisation: '中国汽车工程研究院', role: 'member' }]]);
    // The application is read with its consortium by the owner unit's officer too.
    expect((await call('GET', `/api/workflow/applications/${applied.body.subjectId as string}`, officer)).body.subject.consortium.members).toHaveLength(3);

    const path = `/api/workflow/consortia/${consortium.id}/members`;
    expectRefusal(await call('POST', path, cqu, { organisation: '重庆邮电大学', kind: 'university', contribution: '通信' }), 409, 'CONSORTIUM_IN_USE', /成员不可变更.*members change only once it is withdrawn or rejected/);
    expect((await call('POST', `/api/workflow/instances/${applied.body.id as string}/events`, cqu, { type: 'withdraw' })).status).toBe(200);
    expect((await call('POST', path, cqu, { organisation: '重庆邮电大学', kind: 'university', contribution: '通信' })).status).toBe(201);

    // Applying alone still works as before: only the applicant's own organisation is a party.
    const alone = await call('POST', '/api/workflow/applications', changan, { scenarioId });
    expect(alone.status).toBe(201);
    expect(alone.body.subject.parties).toEqual([{ organisation: '长安汽车', role: 'applicant' }]);
    expect(alone.body.subject.consortium).toBeUndefined();
  });

  it('tells the platform each consortium’s whole membership on workflow.consortium.changed, in the change’s transaction, and nothing for a refused change', async () => {
    const told = async (id: string): Promise<Json[]> =>
      (await sql.query("SELECT topic, payload FROM workflow.outbox WHERE event_type = 'workflow.consortium.changed' AND message_key = $1 ORDER BY seq", [id])).rows.map((row) => ({ topic: row.topic, ...JSON.parse(row.payload).data }));
    const { body: consortium } = await create(cqu, [LEAD, CHANGAN]);
    expect(await told(consortium.id)).toEqual([
      expect.objectContaining({
        topic: 'workflow.consortium.v1',
        consortiumId: consortium.id,
        name: consortium.name,
        leadOrganisation: '重庆大学',
        version: 1,
        members: [
          { organisation: '重庆大学', kind: 'university', role: 'lead', contribution: '感知算法与测试评价' },
          { organisation: '长安汽车', kind: 'enterprise', role: 'member', contribution: '整车与示范运营' },
        ],
      }),
    ]);
    const path = `/api/workflow/consortia/${consortium.id}/members`;
    expect((await call('POST', path, cqu, CATARC)).status).toBe(201);
    expectRefusal(await call('POST', path, cqu, CHANGAN), 400, 'DUPLICATE_MEMBER', /already a member/);
    expect((await call('PUT', path, cqu, { members: [LEAD, CATARC] })).status).toBe(200);
    const events = await told(consortium.id);
    expect(events.map((event) => [event.version, event.members.map((m: Json) => m.organisation)])).toEqual([
      [1, ['重庆大学', '长安汽车']],
      [2, ['重庆大学', '长安汽车', '中国汽车工程研究院']],
      [3, ['重庆大学', '中国汽车工程研究院']],
    ]);
  });
});
