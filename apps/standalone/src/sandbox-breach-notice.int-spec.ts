import { randomUUID } from 'node:crypto';
import { addCalendarDays, beijingDateOf } from '@scq/calendar';
import type { TopicName } from '@scq/contracts';
import { NotificationModule } from '@scq/notification-infrastructure';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, eventually, listedAndOpened } from '@scq/platform-testing';
import { WorkflowModule } from '@scq/workflow-infrastructure';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const OWNER_UNIT = '市交通运输委';
const today = () => beijingDateOf(new Date());

/**
 * Issue 14 point 6 across services in the embedded host: a sandbox reading beyond its threshold sends the scenario
 * to its re-review (workflow) and puts a bilingual notice naming the indicator, value, threshold and unit in the
 * inboxes of the domain's responsible units (notification), over the one in-process bus.
 */
describe('a sandbox indicator beyond its threshold, workflow to the responsible units’ inboxes', () => {
  let host: RunningHost | undefined;
  const bus = new InProcessMessageBus();
  const officer = callerHeaders({ id: 'officer-1', roles: ['officer'], unit: OWNER_UNIT });

  beforeAll(async () => {
    host = await bootstrapHost({
      name: 'sandbox-breach-test',
      logger: createLogger('sandbox-breach-test', 'warn'),
      bus,
      port: 0,
      host: '127.0.0.1',
      modules: [WorkflowModule.register({ database: { pgliteDataDir: 'memory://' } }), NotificationModule.register({ database: { pgliteDataDir: 'memory://' }, sweepIntervalMs: 0, rescheduleOnStart: false })],
    });
  });
  afterAll(async () => {
    await host?.close();
  });

  async function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host!.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }
  async function act(instanceId: string, headers: Record<string, string>, event: Record<string, unknown>): Promise<Json> {
    const { status, body } = await call('POST', `/api/workflow/instances/${instanceId}/events`, headers, event);
    expect({ event: event.type, status }).toEqual({ event: event.type, status: 200 });
    return body;
  }
  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    await bus.publish([{ topic, key: subject, value: JSON.stringify(buildEnvelope('test', topic, type as never, { subject, data: data as never })) }]);
  }
  const inboxOf = async (unit: string) => (await call('GET', '/api/notifications/inbox?limit=50', callerHeaders({ id: `officer-of-${unit}`, roles: ['officer'], unit }))).body.items as Json[];

  it('moves the scenario to sandboxReview and notifies each responsible unit; a reading within its threshold notifies nobody', async () => {
    const scenarioId = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, { scenarioId, title: { zh: '园区无人配送', en: 'Park unmanned delivery' }, domainCode: 'unmanned-systems', ownerUnit: OWNER_UNIT, taxonomyVersion: '2025-draft', district: '两江新区', registeredAt: new Date().toISOString() });
    const scenario = await eventually(async () => {
      const { status, body } = await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer);
      return status === 200 ? body : undefined;
    }, 10_000);
    await act(scenario.id, officer, { type: 'startCultivation' });
    await act(scenario.id, officer, { type: 'requestRecognition' });
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', scenarioId, { assessmentId: randomUUID(), subject: { kind: 'scenario', id: scenarioId }, purpose: 'recognition', passed: true, explanation: '通过', finalizedAt: new Date().toISOString() });
    for (const published of listedAndOpened(scenarioId)) await deliver(published.topic, published.type, published.subject, published.data);
    const applicant = callerHeaders({ id: 'enterprise-1', roles: ['applicant'] });
    const application = (await call('POST', '/api/workflow/applications', applicant, { scenarioId })).body;
    await act(application.id, applicant, { type: 'submit' });
    for (const type of ['startScreening', 'passScreening', 'approveByUnit']) await act(application.id, officer, { type });
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', application.subjectId, { assessmentId: randomUUID(), subject: { kind: 'application', id: application.subjectId }, purpose: 'application-review', passed: true, explanation: '通过', finalizedAt: new Date().toISOString() });
    const notice = (await call('GET', `/api/workflow/instances/${application.id}`, officer)).body;
    await deliver('notification.deadline.v1', 'notification.deadline.reached', application.id, { deadlineId: `${application.id}.${notice.snapshot.context.deadlines.publicNotice}`, instanceId: application.id, deadline: 'publicNotice', reachedAt: new Date().toISOString() });
    await act(scenario.id, officer, { type: 'startPilot' });
    const indicators = [
      { key: 'accident-rate', name: { zh: '事故率', en: 'Incident rate' }, unit: '%', threshold: { max: 0.5 } },
      { key: 'on-time', name: { zh: '准点率', en: 'On-time rate' }, unit: '%', threshold: { min: 90 } },
    ];
    await act(scenario.id, officer, { type: 'enterSandbox', conditions: ['限定园区道路'], indicators, expiresOn: addCalendarDays(today(), 90) });
    const responsibleUnits: string[] = scenario.subject.responsibleUnits;
    expect(responsibleUnits).toContain(OWNER_UNIT);

    const within = await act(scenario.id, officer, { type: 'reportSandboxIndicator', indicatorKey: 'accident-rate', value: 0.3, observedOn: today() });
    expect(within.stage).toBe('operating.piloting.sandbox');
    const beyond = await act(scenario.id, officer, { type: 'reportSandboxIndicator', indicatorKey: 'accident-rate', value: 1.2, observedOn: today(), note: '两起轻微碰擦' });
    expect(beyond.stage).toBe('operating.piloting.sandboxReview');

    for (const unit of responsibleUnits) {
      const notices = await eventually(async () => {
        const items = (await inboxOf(unit)).filter((item) => item.kind === 'sandbox-breach');
        return items.length > 0 ? items : undefined;
      }, 10_000);
      expect({ unit, count: notices.length }).toEqual({ unit, count: 1 });
      expect(notices[0]).toMatchObject({ critical: true, instanceId: scenario.id, subjectId: scenarioId, deadlineId: null, read: false });
      expect(notices[0].subject.zh).toBe('【沙盒指标越限】「园区无人配送」：事故率 1.2%（阈值 上限 0.5%）');
      expect(notices[0].subject.en).toBe('[Sandbox indicator beyond threshold] "Park unmanned delivery": Incident rate 1.2 % (threshold max 0.5 %)');
      expect(notices[0].body.zh).toContain('说明：两起轻微碰擦');
      expect(notices[0].body.en).toContain('The scenario’s stage is "Sandbox re-review (expired or an indicator beyond its threshold)" now');
    }
    // An officer of a unit not responsible for the domain is not told.
    expect((await inboxOf('市林业局')).filter((item) => item.kind === 'sandbox-breach')).toEqual([]);
  });
});
