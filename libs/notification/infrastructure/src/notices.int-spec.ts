import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { NotificationTestApp, person, type Json } from './testing/notification-test.app';

const coordinator = person('coordinator-1', 'coordinator', 'development-reform-commission');

/**
 * Notices of events that are not deadlines: an evaluator taken off a panel for a conflict of interest found after
 * assignment (`evaluation.assessment.evaluator-removed`) reaches the coordinator's inbox, in both languages, once.
 */
describe.each([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('notices to the coordinator on %s', (_name, engine) => {
  let database: TestDatabase | null = null;
  let app: NotificationTestApp;

  beforeAll(async () => {
    database = engine === 'postgres' ? await createTestDatabase('notification_notices') : null;
    app = await NotificationTestApp.start({ database: database ? { url: database.url } : { pgliteDataDir: 'memory://' }, msPerWorkingDay: 1000, dispatcher: { idleMs: 100 } });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const removal = (assessmentId: string, applicationId: string, extra: Record<string, unknown> = {}) => ({
    assessmentId,
    subject: { kind: 'application', id: applicationId },
    purpose: 'application-review',
    evaluatorId: 'expert-robot',
    cause: 'conflict-of-interest',
    conflicts: [{ kind: 'same-organisation', party: '重庆机器人公司', detail: '同属 重庆机器人公司 same organisation' }],
    scoresVoided: false,
    replacementId: 'expert-new',
    organisingUnits: ['市发展改革委', '市卫生健康委'],
    removedAt: '2026-12-07T02:30:00.000Z',
    ...extra,
  });

  async function noticesOf(assessmentId: string): Promise<Json[]> {
    const inbox = await app.call('GET', '/api/notifications/inbox?scope=unit&limit=100', coordinator);
    expect(inbox.status).toBe(200);
    return inbox.body.items.filter((item: Json) => item.subjectId === assessmentId);
  }

  it("tells the coordinator which assessment, which evaluator left and why, and who replaced them; a redelivery changes nothing", async () => {
    const scenarioId = randomUUID();
    const applicationId = randomUUID();
    await app.deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, {
      scenarioId, title: { zh: '智慧医疗影像', en: 'Smart medical imaging' }, domainCode: 'healthcare', ownerUnit: '市卫生健康委', taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString(),
    });
    await app.deliver('workflow.application.v1', 'workflow.application.stage-changed', applicationId, {
      applicationId, scenarioId, applicantId: 'enterprise-zhao', parties: [{ organisation: '重庆机器人公司', role: 'applicant' }], instanceId: randomUUID(),
      machine: { id: 'application-lifecycle', version: 1 }, from: 'unitReview', to: 'expertReview', event: 'approveByUnit', actor: 'officer-1', sequence: 4, changedAt: new Date().toISOString(),
    });
    const assessmentId = randomUUID();
    const envelope = await app.deliver('evaluation.assessment.v1', 'evaluation.assessment.evaluator-removed', applicationId, removal(assessmentId, applicationId));

    const [notice, ...others] = await noticesOf(assessmentId);
    expect(others).toEqual([]);
    // Named in words (the application by its applicant's organisation and scenario); the assessment's id is the link target.
    expect(notice).toMatchObject({ kind: 'evaluator-removed', critical: false, recipient: { type: 'unit', id: '市发展改革委' }, deadlineId: null, subjectId: assessmentId, subjectKind: 'assessment', read: false });
    expect(notice.subject).toEqual({
      zh: '【评审专家调整】重庆机器人公司对「智慧医疗影像」的申报的专家评审：评审专家「expert-robot」因利益冲突退出评审组',
      en: '[Panel change] The expert review of the application of 重庆机器人公司 for "Smart medical imaging": evaluator "expert-robot" removed for a conflict of interest',
    });
    expect(notice.body.zh).toContain('评审专家「expert-robot」与当事方「重庆机器人公司」同属一个单位，已于 2026-12-07 10:30');
    expect(notice.body.zh).toContain('已按分配规则由评审专家「expert-new」接替。');
    expect(notice.body.en).toContain('Evaluator "expert-new" took the seat under the assignment policy.');
    for (const text of [notice.subject.zh, notice.subject.en, notice.body.zh, notice.body.en]) expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
    // The delivery log records the in-app delivery like any other message.
    const log = await app.call('GET', `/api/notifications/deliveries?subject=${assessmentId}`, coordinator);
    expect(log.body.items).toEqual([expect.objectContaining({ channel: 'in-app', kind: 'evaluator-removed', status: 'delivered' })]);

    await app.redeliver('evaluation.assessment.v1', envelope);
    expect(await noticesOf(assessmentId)).toHaveLength(1);
  });

  it('names a scenario by the title it was edited to (registry.scenario.profile-changed)', async () => {
    const scenarioId = randomUUID();
    await app.deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, {
      scenarioId, title: { zh: '园区巡检', en: 'Park patrols' }, domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString(),
    });
    await app.deliver('registry.scenario.v1', 'registry.scenario.profile-changed', scenarioId, {
      scenarioId, title: { zh: '智慧园区无人机巡检', en: 'Drone patrols of smart parks' }, tier: 'comprehensive-major', taxonomyVersion: '2025-draft',
      profileRevision: 2, changedFields: ['title', 'tier'], changedBy: 'officer-transport', changedAt: new Date().toISOString(),
    });
    const assessmentId = randomUUID();
    await app.deliver('evaluation.assessment.v1', 'evaluation.assessment.evaluator-removed', scenarioId, removal(assessmentId, scenarioId, { subject: { kind: 'scenario', id: scenarioId }, purpose: 'recognition' }));
    const [notice] = await noticesOf(assessmentId);
    expect(notice.subject.zh).toContain('智慧园区无人机巡检');
    expect(notice.subject.en).toContain('Drone patrols of smart parks');
  });

  it('says when the scores were voided and nobody could take the seat, naming the assessment in words when its subject is unknown', async () => {
    const assessmentId = randomUUID();
    const applicationId = randomUUID();
    await app.deliver('evaluation.assessment.v1', 'evaluation.assessment.evaluator-removed', applicationId, removal(assessmentId, applicationId, { scoresVoided: true, replacementId: null }));
    const [notice] = await noticesOf(assessmentId);
    expect(notice.subject.zh).toBe('【评审专家调整】一项专家评审（名称尚未同步）：评审专家「expert-robot」因利益冲突退出评审组');
    expect(notice.body.zh).toContain('其已提交的评分作废，不计入评审结果。');
    expect(notice.body.zh).toContain('专家库中暂无可接替的专家，评估等待补足评审组');
    expect(notice.body.en).toContain('The scores they had submitted are void and do not count.');
  });
});
