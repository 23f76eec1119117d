import { randomUUID } from 'node:crypto';
import type { TopicName } from '@scq/contracts';
import { buildEnvelope, KafkaMessageBus } from '@scq/platform-messaging';
import { createTestDatabase, eventually, startKafkaMockCluster, startServiceProcess, type KafkaMockCluster, type ServiceProcess, type TestDatabase, slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(2));

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const officer = { 'x-user-id': 'officer-zhang', 'x-user-roles': 'officer', 'x-user-unit': 'transport-commission' };
const coordinator = { 'x-user-id': 'coordinator-li', 'x-user-roles': 'coordinator', 'x-user-unit': 'development-reform-commission' };
const applicant = { 'x-user-id': 'enterprise-wang', 'x-user-roles': 'applicant', 'x-user-org': 'chongqing-robotics' };
/** Histories, audits and the registry's read model are read by signed-in callers only. */
const auditor = { 'x-user-id': 'auditor-zhao', 'x-user-roles': 'auditor' };

/**
 * A scenario driven from proposed (征集) to scaled (规模化应用) through the HTTP API, with the services as
 * separate processes over Kafka: it is listed by a real published batch list and opened by a real published
 * opportunity (the registry's events reach the workflow over Kafka); the evaluation and application gates and
 * the deadline are satisfied by events on Kafka, as the evaluation and notification services send them.
 */
describe('scenario lifecycle end to end over Kafka', () => {
  let kafka: KafkaMockCluster;
  let database: TestDatabase;
  let bus: KafkaMessageBus;
  const services: ServiceProcess[] = [];
  let gateway: ServiceProcess;

  beforeAll(async () => {
    [kafka, database] = await Promise.all([startKafkaMockCluster(), createTestDatabase('lifecycle_e2e')]);
    const env = { DATABASE_URL: database.url, KAFKA_BROKERS: kafka.brokers.join(','), KAFKA_TOPIC_PREFIX: `${kafka.prefix}.`, REDIS_URL: '' };
    for (const app of ['scenario-registry', 'application-workflow']) services.push(await startServiceProcess(app, env));
    gateway = await startServiceProcess('gateway', { REGISTRY_URL: services[0].url, WORKFLOW_URL: services[1].url, GATEWAY_TRUST_CLIENT_IDENTITY: 'true', DEMO_ACCOUNTS: 'true' });
    services.push(gateway);
    // Listening is not joined: the tests count from the consumer groups joined.
    await Promise.all(services.map((service) => service.consumersJoined()));
    bus = new KafkaMessageBus({ brokers: kafka.brokers, clientId: 'e2e-gates', prefix: `${kafka.prefix}.` });
  });

  afterAll(async () => {
    await bus?.close();
    await Promise.all(services.map((s) => s.stop()));
    await Promise.all([kafka?.stop(), database?.drop()]);
  });

  async function call(method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${gateway.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }

  async function act(instanceId: string, headers: Record<string, string>, event: Record<string, unknown>): Promise<Json> {
    const { status, body } = await call('POST', `/api/workflow/instances/${instanceId}/events`, headers, event);
    expect({ event: event.type, status }).toEqual({ event: event.type, status: 200 });
    return body;
  }

  async function stageOf(instanceId: string, stage: string): Promise<Json> {
    return eventually(async () => {
      const { body } = await call('GET', `/api/workflow/instances/${instanceId}`, auditor);
      return body.stage === stage ? body : undefined;
    }, 30_000);
  }

  async function publish(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    const envelope = buildEnvelope('e2e-test', topic, type as never, { subject, data: data as never });
    await bus.publish([{ topic, key: subject, value: JSON.stringify(envelope) }]);
  }

  const assessment = (kind: 'scenario' | 'application', id: string, purpose: string) =>
    publish('evaluation.assessment.v1', 'evaluation.assessment.finalized', id, {
      assessmentId: randomUUID(),
      subject: { kind, id },
      purpose,
      passed: true,
      explanation: '各项评分均达阈值 every criterion met its threshold',
      finalizedAt: new Date().toISOString(),
    });

  it('takes a scenario from proposed to scaled', async () => {
    const started = performance.now();
    // The officer registers the scenario for their own unit (市交通运输委, named by its code in the token).
    const created = await call('POST', '/api/scenarios', officer, { title: { zh: '两江新区园区无人配送', en: 'Unmanned delivery in Liangjiang parks' }, domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', ownerType: 'municipal-department', tier: 'comprehensive-major', district: '两江新区' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ownerUnit: '市交通运输委', registeredBy: 'officer-zhang', registeredOnBehalf: false });
    const scenarioId = created.body.id;
    const scenario = await eventually(async () => {
      const { status, body } = await call('GET', `/api/workflow/scenarios/${scenarioId}`, officer);
      return status === 200 ? body : undefined;
    }, 30_000);
    expect(scenario.allowedEvents).toEqual(['startCultivation', 'withdraw']);

    await act(scenario.id, officer, { type: 'startCultivation', reason: '纳入培育库' });
    await act(scenario.id, officer, { type: 'requestRecognition' });
    await assessment('scenario', scenarioId, 'recognition');
    await stageOf(scenario.id, 'recognition.recognized');
    // The coordinator lists it by publishing a batch list with it (once the registry knows it is recognised) …
    const draft = await eventually(async () => {
      const { status, body } = await call('POST', '/api/batch-lists', coordinator, {
        number: '渝场景〔2026〕1号',
        title: { zh: '2026年第一批应用场景项目清单', en: '2026 batch 1 of application scenarios' },
        issueDate: '2026-04-01',
        items: [{ scenarioId, category: '综合性重大场景' }],
      });
      return status === 201 ? body : undefined;
    }, 30_000);
    const published = await call('POST', `/api/batch-lists/${draft.id}/publish`, coordinator, { expectedVersion: draft.version });
    expect(published.status).toBe(200);
    await stageOf(scenario.id, 'listed');
    // … and the owner unit opens it by publishing its first opportunity (场景机会).
    const opportunity = await call('POST', '/api/opportunities', officer, { scenarioId, title: { zh: '园区无人配送车辆与调度系统' }, sought: { capabilities: ['无人配送车辆', '调度系统'], respondBy: '2099-12-31' } });
    expect(opportunity.status).toBe(201);
    await eventually(async () => ((await call('POST', `/api/opportunities/${opportunity.body.id}/publish`, officer, {})).status === 200 ? true : undefined), 30_000);
    await stageOf(scenario.id, 'operating.open');

    const application = (await call('POST', '/api/workflow/applications', applicant, { scenarioId })).body;
    expect(application.stage).toBe('draft');
    await act(application.id, applicant, { type: 'submit' });
    await act(application.id, officer, { type: 'startScreening' });
    await act(application.id, officer, { type: 'passScreening' });
    await act(application.id, officer, { type: 'approveByUnit' });
    await assessment('application', application.subjectId, 'application-review');
    const notice = await stageOf(application.id, 'publicNotice');
    await publish('notification.deadline.v1', 'notification.deadline.reached', application.id, {
      deadlineId: `${application.id}.${notice.snapshot.context.deadlines.publicNotice}`,
      instanceId: application.id,
      deadline: 'publicNotice',
      reachedAt: new Date().toISOString(),
    });
    await stageOf(application.id, 'approved');
    await stageOf(scenario.id, 'operating.matched');

    await act(scenario.id, officer, { type: 'startPilot' });
    const indicators = [
      { key: 'accident-rate', name: { zh: '事故率', en: 'Incident rate' }, unit: '%', threshold: { max: 0.5 } },
      { key: 'on-time', name: { zh: '准点率', en: 'On-time rate' }, unit: '%', threshold: { min: 90 } },
    ];
    await act(scenario.id, officer, { type: 'enterSandbox', conditions: ['限定园区道路', '限速 20km/h'], indicators, expiresOn: new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10) });
    await act(scenario.id, officer, { type: 'reportSandboxIndicator', indicatorKey: 'on-time', value: 96.5, observedOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) });
    await act(scenario.id, officer, { type: 'exitSandbox' });
    await act(scenario.id, officer, { type: 'completePilot' });
    await assessment('scenario', scenarioId, 'effectiveness');
    await stageOf(scenario.id, 'operating.scaling');
    const scaled = await act(scenario.id, officer, { type: 'confirmScaled' });
    expect(scaled.stage).toBe('scaled');

    const readModel = await eventually(async () => {
      const { body } = await call('GET', `/api/scenarios/${scenarioId}`, auditor);
      return body.stage === 'scaled' ? body : undefined;
    }, 30_000);
    expect(readModel.stageSequence).toBe(scaled.historyLength - 1);
    const anonymousAudit = await call('GET', `/api/workflow/instances/${scenario.id}/audit`);
    expect({ status: anonymousAudit.status, code: anonymousAudit.body.error.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const audit = (await call('GET', `/api/workflow/instances/${scenario.id}/audit`, auditor)).body;
    expect(audit).toMatchObject({ ok: true, integrity: 'keyed', problems: [], replay: { ok: true, stage: 'scaled' } });
    // Every recorded event passes its permission again, with the actor and the subject as recorded.
    expect(audit.entries.map((entry: Json) => entry.verdict)).toEqual(audit.entries.map(() => 'ok'));
    const path = scaled.history.map((h: Json) => h.to);
    expect(path).toEqual([
      'proposed',
      'cultivating',
      'recognition.assessing',
      'recognition.recognized',
      'listed',
      'operating.open',
      'operating.matched',
      'operating.piloting.regular',
      'operating.piloting.sandbox',
      'operating.piloting.sandbox', // a reading within its threshold, recorded in the history
      'operating.piloting.regular',
      'operating.effectiveness',
      'operating.scaling',
      'scaled',
    ]);
    // Listed and opened by the platform, from what the registry published: nobody sent those by hand.
    expect(scaled.history.filter((h: Json) => ['list', 'open'].includes(h.event.type)).map((h: Json) => [h.event.type, h.actor.id, h.event.batchId ?? h.event.opportunityId])).toEqual([
      ['list', 'system', draft.id],
      ['open', 'system', opportunity.body.id],
    ]);
    console.log(`proposed → scaled over Kafka: ${path.length} stages, ${audit.rows} history rows, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});
