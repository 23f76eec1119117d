import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { NotificationTestApp, person, type Json } from './testing/notification-test.app';

const APPLICANT = 'enterprise-qian';
const applicant = person(APPLICANT, 'applicant');

/**
 * The applicant hears of every change of their application (`workflow.application.stage-changed`): a bilingual notice
 * in their inbox naming the stage after the change, what moved it and why, once per change.
 */
describe('notices to the applicant of every stage change, on PostgreSQL', () => {
  let database: TestDatabase;
  let app: NotificationTestApp;

  beforeAll(async () => {
    database = await createTestDatabase('notification_application_stage');
    app = await NotificationTestApp.start({ database: { url: database.url }, msPerWorkingDay: 1000, dispatcher: { idleMs: 100 } });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function noticesOf(applicationId: string, who: Record<string, string> = applicant): Promise<Json[]> {
    const inbox = await app.call('GET', '/api/notifications/inbox?scope=user&limit=200', who);
    expect(inbox.status).toBe(200);
    return inbox.body.items.filter((item: Json) => item.subjectId === applicationId).reverse();
  }

  it('tells the applicant of each stage from submission through revision, review and approval, in both languages', async () => {
    const scenarioId = randomUUID();
    const applicationId = randomUUID();
    const instanceId = randomUUID();
    await app.deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, {
      scenarioId, title: { zh: '园区无人配送', en: 'Park unmanned delivery' }, domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString(),
    });
    const steps: Array<[string | null, string, string, string | null]> = [
      [null, 'draft', 'start', null],
      ['draft', 'submitted', 'submit', null],
      ['submitted', 'screening', 'startScreening', null],
      ['screening', 'returned', 'returnForRevision', '缺少营业执照'],
      ['returned', 'screening', 'resubmit', null],
      ['screening', 'unitReview', 'passScreening', null],
      ['unitReview', 'expertReview', 'approveByUnit', null],
      ['expertReview', 'publicNotice', 'assessment.finalized', '专家评审通过'],
      ['publicNotice', 'approved', 'deadline.reached', null],
    ];
    let first: Json = null;
    for (const [sequence, [from, to, event, reason]] of steps.entries()) {
      const envelope = await app.deliver('workflow.application.v1', 'workflow.application.stage-changed', applicationId, {
        applicationId, scenarioId, applicantId: APPLICANT, instanceId, machine: { id: 'application-lifecycle', version: 1 }, from, to, event, actor: 'officer-1', reason, sequence, changedAt: new Date().toISOString(),
      });
      first ??= envelope;
    }

    const notices = await noticesOf(applicationId);
    expect(notices.map((notice) => notice.subject.zh)).toEqual(
      ['草稿', '已提交', '形式审查', '退回补正', '形式审查', '责任单位审核', '专家评审', '公示', '已批准'].map((stage) => `【申报进展】「园区无人配送」的申报：${stage}`),
    );
    expect(notices.map((notice) => notice.subject.en)).toEqual(
      ['Draft', 'Submitted', 'Formal screening', 'Returned for revision', 'Formal screening', 'Responsible-unit review', 'Expert review', 'Public notice', 'Approved'].map((stage) => `[Application update] The application for "Park unmanned delivery": ${stage}`),
    );
    expect(notices[0]).toMatchObject({ kind: 'application-stage', critical: false, recipient: { type: 'user', id: APPLICANT }, instanceId, deadlineId: null });
    const returned = notices[3];
    expect(returned.body.zh).toContain('您的「园区无人配送」的申报被退回补正，当前处于「退回补正」阶段。\n理由：缺少营业执照\n请按要求修改申报书和材料后重新提交');
    expect(returned.body.en).toContain('The application for "Park unmanned delivery" was returned for revision; its stage is "Returned for revision" now.\nReason: 缺少营业执照');
    expect(notices[8].body.zh).toContain('公示期满无异议，当前处于「已批准」阶段');

    // A redelivered event adds nothing; nobody else hears of it.
    await app.redeliver('workflow.application.v1', first);
    expect(await noticesOf(applicationId)).toHaveLength(steps.length);
    expect(await noticesOf(applicationId, person('enterprise-other', 'applicant'))).toEqual([]);
  });

  it('tells of withdrawals, rejections and an expired revision, naming the application in words (never its id) when its scenario is unknown', async () => {
    const applicationId = randomUUID();
    const deliver = (from: string, to: string, event: string, sequence: number, reason: string | null = null) =>
      app.deliver('workflow.application.v1', 'workflow.application.stage-changed', applicationId, {
        applicationId, scenarioId: randomUUID(), applicantId: APPLICANT, instanceId: randomUUID(), machine: { id: 'application-lifecycle', version: 1 }, from, to, event, actor: 'system', reason, sequence, changedAt: new Date().toISOString(),
      });
    await deliver('returned', 'withdrawn', 'deadline.reached', 1);
    await deliver('unitReview', 'rejected', 'rejectByUnit', 2, '不符合条件');
    const [expired, rejected] = await noticesOf(applicationId);
    expect(expired.subject).toEqual({ zh: '【申报进展】一项申报（名称尚未同步）：已撤回', en: '[Application update] An application (name not known yet): Withdrawn' });
    expect(expired.body.zh).toContain('因补正期限届满未重新提交，已视为撤回，当前处于「已撤回」阶段');
    expect(rejected.body.en).toContain('was rejected by the responsible unit; its stage is "Rejected" now.\nReason: 不符合条件');
  });
});
