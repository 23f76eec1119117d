import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';
import { EvaluationModule } from '@scq/evaluation-infrastructure';
import { NotificationModule } from '@scq/notification-infrastructure';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders } from '@scq/platform-testing';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const coordinator = callerHeaders({ id: 'coordinator-li', roles: ['coordinator'], unit: 'development-reform-commission' });

/**
 * The embedded mode end to end: an evaluator already on a panel turns out to work for the applicant's organisation
 * (told by the workflow's event after assignment); the evaluation service ends the assignment and seats another, and
 * through its outbox, the one in-process bus and the notification service's inbox the coordinator reads the notice.
 */
describe('a conflict found after assignment reaches the coordinator, in the embedded host', () => {
  let host: RunningHost | undefined;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    host = await bootstrapHost({
      name: 'conflict-notice-test',
      logger: createLogger('conflict-notice-test', 'warn'),
      bus,
      port: 0,
      host: '127.0.0.1',
      modules: [EvaluationModule.register({ database: { pgliteDataDir: 'memory://' } }), NotificationModule.register({ database: { pgliteDataDir: 'memory://' }, sweepIntervalMs: 0 })],
    });
  });
  afterAll(async () => {
    await host?.close();
  });

  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host!.url}${path}`, { method, headers: { 'content-type': 'application/json', ...coordinator }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }

  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    await bus.publish([{ topic, key: subject, value: JSON.stringify(buildEnvelope('test', topic, type as never, { subject, data: data as never })) }]);
  }

  async function eventually<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
    for (let i = 0; i < 100; i++) {
      const found = await probe();
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`never happened: ${what}`);
  }

  it('ends the assignment, seats a replacement and tells the coordinator which assessment, who left, why and who replaced them', async () => {
    for (const [id, organisation] of [
      ['robot-expert', '重庆机器人公司'],
      ['expert-1', '重庆大学'],
      ['expert-2', '西南大学'],
    ]) {
      expect((await call('POST', '/api/evaluation/evaluators', { id, name: `专家 ${id}`, organisation, expertise: ['healthcare'] })).status).toBe(201);
    }
    const scenarioId = randomUUID();
    const applicationId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, { scenarioId, title: { zh: '智慧医疗影像', en: 'Smart medical imaging' }, domainCode: 'healthcare', ownerUnit: '市卫生健康委', taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString() });
    const stageChanged = (parties?: unknown) =>
      deliver('workflow.application.v1', 'workflow.application.stage-changed', applicationId, {
        applicationId, scenarioId, applicantId: 'enterprise-zhao', ...(parties ? { parties } : {}), instanceId: randomUUID(), machine: { id: 'application-lifecycle', version: 1 },
        from: 'unitReview', to: 'expertReview', event: 'approveByUnit', actor: 'officer-1', sequence: 4, changedAt: new Date().toISOString(),
      });
    await stageChanged();
    await deliver('workflow.assessment.v1', 'workflow.assessment.requested', applicationId, { subject: { kind: 'application', id: applicationId }, purpose: 'application-review', instanceId: randomUUID(), domainCode: 'healthcare', requestedAt: new Date().toISOString() });
    const [listed] = (await call('GET', `/api/evaluation/assessments?subject=${applicationId}`)).body.items;
    const assessmentId = listed.id as string;
    const panel = async () => ((await call('GET', `/api/evaluation/assessments/${assessmentId}`)).body.assignments as Json[]).filter((a) => a.status === 'assigned').map((a) => a.evaluatorId as string).sort();
    expect(await panel()).toEqual(['expert-1', 'expert-2', 'robot-expert']);

    expect((await call('POST', '/api/evaluation/evaluators', { id: 'expert-3', name: '专家 expert-3', organisation: '重庆医科大学', expertise: ['healthcare'] })).status).toBe(201);
    await stageChanged([{ organisation: '重庆机器人公司', role: 'applicant' }]);
    expect(await panel()).toEqual(['expert-1', 'expert-2', 'expert-3']);

    const notice = await eventually('the coordinator’s notice', async () => {
      const inbox = await call('GET', '/api/notifications/inbox?scope=unit');
      return (inbox.body.items as Json[]).find((item) => item.subjectId === assessmentId);
    });
    expect(notice).toMatchObject({ kind: 'evaluator-removed', recipient: { type: 'unit', id: '市发展改革委' } });
    expect(notice.subject.zh).toBe('【评审专家调整】重庆机器人公司对「智慧医疗影像」的申报的专家评审：评审专家「robot-expert」因利益冲突退出评审组');
    expect(notice.body.zh).toContain('与当事方「重庆机器人公司」同属一个单位');
    expect(notice.body.zh).toContain('已按分配规则由评审专家「expert-3」接替。');
    expect(notice.body.en).toContain('Evaluator "expert-3" took the seat under the assignment policy.');
  });
});
