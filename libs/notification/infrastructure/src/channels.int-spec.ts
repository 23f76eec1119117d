import { randomUUID } from 'node:crypto';
import { formatShanghai, quietUntil, verifyWebhookSignature } from '@scq/notification-domain';
import { encodeTimeIdCursor } from '@scq/platform-persistence';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { SmtpTestServer } from './testing/smtp-test.server';
import { deadlineRequest, deleteRedisKeys, NotificationTestApp, person, TEST_REDIS_URL, uniquePrefix, waitFor, type Json } from './testing/notification-test.app';
import { WebhookTestReceiver } from './testing/webhook-test.receiver';


const DAY = 300;
const SECRET = 'webhook-secret-of-the-test-receiver';
const admin = person('admin-1', 'admin');

/** `HH:mm:ss` in Asia/Shanghai, `offsetMs` from now. */
function shanghaiClock(offsetMs: number): string {
  return new Date(Date.now() + offsetMs + 8 * 3600_000).toISOString().slice(11, 19);
}

describe('notification channels: inbox, email over SMTP, signed webhooks, quiet hours, digests, delivery log', () => {
  const prefix = uniquePrefix('notification-channels');
  const smtp = new SmtpTestServer();
  const receiver = new WebhookTestReceiver(SECRET);
  let receiverUrl: string;
  let database: TestDatabase;
  let app: NotificationTestApp;

  beforeAll(async () => {
    database = await createTestDatabase('notification_channels');
    const smtpUrl = await smtp.start();
    receiverUrl = await receiver.start();
    app = await NotificationTestApp.start({ database: { url: database.url }, redisUrl: TEST_REDIS_URL, redisPrefix: prefix, msPerWorkingDay: DAY, smtpUrl, smtpFrom: 'scq@notify.test' });
  });
  afterAll(async () => {
    await app?.close();
    await smtp.stop();
    await receiver.stop();
    await database?.drop();
    await deleteRedisKeys(prefix);
  });

  async function setPreferences(unit: string, preferences: Record<string, unknown>): Promise<Json> {
    const response = await app.call('PUT', '/api/notifications/preferences?scope=unit', person(`officer-${unit}`, 'officer', unit), preferences);
    expect(response.status).toBe(200);
    return response.body;
  }

  async function registerScenario(title: { zh: string; en: string }): Promise<string> {
    const scenarioId = randomUUID();
    await app.deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, {
      scenarioId,
      title,
      domainCode: 'unmanned-systems',
      ownerUnit: '市交通运输委',
      taxonomyVersion: '2026-final',
      registeredAt: new Date().toISOString(),
    });
    return scenarioId;
  }

  async function deliveries(query: string, headers = admin): Promise<Json[]> {
    const response = await app.call('GET', `/api/notifications/deliveries?${query}`, headers);
    expect(response.status).toBe(200);
    return response.body.items;
  }

  it('emails the recipients through a real SMTP server, in their language, and logs sent, temporary and permanent failures with retries', async () => {
    await setPreferences('市交通运输委', { language: 'en', email: { enabled: true, address: 'jtw@cq.gov.cn' } });
    await setPreferences('市林业局', { email: { enabled: true, address: 'bounce@lyj.cq.gov.cn' } });
    await setPreferences('市城市管理局', { email: { enabled: true, address: 'busy@cg.cq.gov.cn' } });
    const scenarioId = await registerScenario({ zh: '园区无人配送', en: 'Park unmanned delivery' });
    const request = deadlineRequest({ deadline: 'gentle', requestedAt: new Date(), workingDays: 2, subjectId: scenarioId, responsibleUnits: ['市交通运输委', '市林业局', '市城市管理局'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);

    const mails = await waitFor('two emails', () => (smtp.to('jtw@cq.gov.cn').length === 2 ? smtp.to('jtw@cq.gov.cn') : null));
    expect(mails.map((mail) => mail.subject)).toEqual(['[Reminder] "Park unmanned delivery": 1 working day(s) left in the gentle', '[Due] "Park unmanned delivery": the gentle has ended']);
    expect(mails[0].from).toBe('scq@notify.test');
    expect(mails[1].text).toContain(`ended on ${formatShanghai(new Date(new Date(request.requestedAt as string).getTime() + 2 * DAY))} (Asia/Shanghai)`);
    expect(mails[1].text).toContain('Responsible units: 市交通运输委, 市林业局, 市城市管理局');

    const sent = await waitFor('the log to say sent', async () => {
      const rows = await deliveries(`recipient=${encodeURIComponent('市交通运输委')}&channel=email&subject=${scenarioId}`);
      return rows.every((d) => d.status !== 'queued') ? rows : null;
    });
    expect(sent.map((d) => [d.status, d.attempts, d.events.map((e: Json) => e.status)])).toEqual([
      ['sent', 1, ['queued', 'sent']],
      ['sent', 1, ['queued', 'sent']],
    ]);
    expect(mails.map((mail) => mail.headers['x-scq-delivery']).sort()).toEqual(sent.map((d) => d.id).sort());

    const bounced = await waitFor('the bounce', async () => {
      const rows = await deliveries(`recipient=${encodeURIComponent('市林业局')}&channel=email&subject=${scenarioId}`);
      return rows.length === 2 && rows.every((d) => d.status === 'permanent-failure') ? rows : null;
    });
    expect(bounced[0]).toMatchObject({ attempts: 1, address: 'bounce@lyj.cq.gov.cn' });
    expect(bounced[0].lastError).toContain('550');

    // 451 is temporary: retried with backoff (maxAttempts 3 in the test app), then given up.
    const busy = await waitFor('the retries to give up', async () => {
      const rows = await deliveries(`recipient=${encodeURIComponent('市城市管理局')}&channel=email&subject=${scenarioId}`);
      return rows.length === 2 && rows.every((d) => d.status === 'permanent-failure') ? rows : null;
    });
    expect(busy[0].events.map((e: Json) => [e.status, e.attempt])).toEqual([
      ['queued', 0],
      ['temporary-failure', 1],
      ['temporary-failure', 2],
      ['permanent-failure', 3],
    ]);
    expect(busy[0].lastError).toContain('gave up after 3 attempts');
    expect(smtp.to('bounce@lyj.cq.gov.cn')).toEqual([]);
  });

  it('signs webhooks with HMAC-SHA256; the receiving server verifies them; failures are retried with backoff until delivered', async () => {
    await setPreferences('市经济信息委', { webhook: { enabled: true, url: `${receiverUrl}/hooks/jxw`, secret: SECRET } });
    await setPreferences('市大数据发展局', { webhook: { enabled: true, url: `${receiverUrl}/hooks/gone`, secret: SECRET } });
    receiver.answer('/hooks/jxw', [503, 503]);
    receiver.answer('/hooks/gone', [410]);
    const request = deadlineRequest({ deadline: 'gentle', requestedAt: new Date(), workingDays: 1, responsibleUnits: ['市经济信息委', '市大数据发展局'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);

    const calls = await waitFor('the third call', () => (receiver.on('/hooks/jxw').length === 3 ? receiver.on('/hooks/jxw') : null));
    expect(calls.map((call) => [call.answeredWith, call.verification.ok])).toEqual([
      [503, true],
      [503, true],
      [200, true],
    ]);
    expect(new Set(calls.map((call) => call.deliveryId)).size).toBe(1);
    expect(calls[0].body).toBe(calls[2].body); // the same bytes on every attempt
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(150);
    expect(calls[2].at - calls[1].at).toBeGreaterThanOrEqual(300);
    expect(calls[2].json).toMatchObject({ id: calls[0].deliveryId, type: 'notification.deadline', kind: 'due', recipient: { type: 'unit', id: '市经济信息委' }, deadline: { deadlineId: request.deadlineId } });
    // What a receiver must refuse: another secret, an altered body, an old timestamp.
    const { body, timestamp, signature } = calls[2];
    expect(verifyWebhookSignature({ secret: 'another-secret-entirely', body, timestamp, signature })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyWebhookSignature({ secret: SECRET, body: body.replace('市经济信息委', '市财政局'), timestamp, signature })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyWebhookSignature({ secret: SECRET, body, timestamp, signature, nowSeconds: Number(timestamp) + 3600 })).toEqual({ ok: false, reason: 'stale' });

    const [delivered] = await waitFor('the delivery log', async () => {
      const rows = await deliveries(`recipient=${encodeURIComponent('市经济信息委')}&channel=webhook&subject=${request.deadlineId}`);
      return rows[0]?.status === 'delivered' ? rows : null;
    });
    expect(delivered).toMatchObject({ id: calls[0].deliveryId, attempts: 3, address: `${receiverUrl}/hooks/jxw` });
    expect(delivered.events.map((e: Json) => e.status)).toEqual(['queued', 'temporary-failure', 'temporary-failure', 'delivered']);
    const [gone] = await waitFor('the permanent failure', async () => {
      const rows = await deliveries(`recipient=${encodeURIComponent('市大数据发展局')}&channel=webhook&subject=${request.deadlineId}`);
      return rows[0]?.status === 'permanent-failure' ? rows : null;
    });
    expect(gone).toMatchObject({ attempts: 1, lastError: 'HTTP 410' });
    expect(receiver.on('/hooks/gone')).toHaveLength(1);
  });

  it('holds non-critical messages back until the quiet hours end, while a critical escalation goes at once', async () => {
    const quietHours = { start: shanghaiClock(-60_000), end: shanghaiClock(3500) };
    const endsAt = quietUntil(new Date(), quietHours)!.getTime();
    await setPreferences('市商务委', { email: { enabled: true, address: 'swj@cq.gov.cn' }, quietHours });
    const request = deadlineRequest({ deadline: 'urgent', requestedAt: new Date(), workingDays: 2, responsibleUnits: ['市商务委'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);

    const [critical] = await waitFor('the escalation', () => smtp.to('swj@cq.gov.cn'));
    expect(critical.subject).toBe('【督办·1级】一个场景（名称尚未同步）：urgent已逾期 1 个工作日');
    expect(critical.receivedAt).toBeLessThan(endsAt);
    // The due notice waits for the lifecycle's answer (none comes here) and may follow the escalation.
    const deferred = await waitFor('the escalation logged as sent, and both others held back', async () => {
      const rows = await deliveries(`recipient=${encodeURIComponent('市商务委')}&channel=email`);
      const queued = rows.filter((d) => d.status === 'queued');
      return rows.some((d) => d.kind === 'escalation' && d.status === 'sent') && queued.length === 2 ? queued : null;
    });
    expect(deferred.map((d) => [d.kind, d.critical, d.events[0].detail?.startsWith('quiet hours: deferred until')])).toEqual([
      ['due', false, true],
      ['before', false, true],
    ]);

    const all = await waitFor('the deferred emails', () => (smtp.to('swj@cq.gov.cn').length === 3 ? smtp.to('swj@cq.gov.cn') : null), 10_000);
    expect(all.slice(1).map((mail) => mail.subject.slice(0, 4)).sort()).toEqual(['【到期】', '【提醒】'].sort());
    for (const mail of all.slice(1)) expect(mail.receivedAt).toBeGreaterThanOrEqual(endsAt);
  });

  it('bundles the non-critical reminders of a unit into one digest at its hour; critical ones skip the digest', async () => {
    const at = shanghaiClock(3000);
    await setPreferences('市科技局', { email: { enabled: true, address: 'kjj@cq.gov.cn' }, digest: { enabled: true, at } });
    const scenarioId = await registerScenario({ zh: '智慧工地', en: 'Smart construction site' });
    const request = deadlineRequest({ deadline: 'urgent', requestedAt: new Date(), workingDays: 2, subjectId: scenarioId, responsibleUnits: ['市科技局'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);

    const [escalation] = await waitFor('the escalation', () => smtp.to('kjj@cq.gov.cn'));
    expect(escalation.subject).toContain('【督办·1级】「智慧工地」');
    const mails = await waitFor('the digest', () => (smtp.to('kjj@cq.gov.cn').length === 2 ? smtp.to('kjj@cq.gov.cn') : null), 10_000);
    const digest = mails[1];
    expect(digest.subject).toMatch(/^【每日汇总】\d{4}-\d{2}-\d{2} 共 2 条提醒$/);
    expect(digest.text).toContain('1. [');
    expect(digest.text).toContain('【提醒】「智慧工地」：urgent还剩 1 个工作日');
    expect(digest.text).toContain('【到期】「智慧工地」：urgent已到期');
    const digestDeliveries = await waitFor('the log to say sent', async () => {
      const rows = await deliveries(`recipient=${encodeURIComponent('市科技局')}&channel=email`);
      return rows.length === 2 && rows.every((d) => d.status === 'sent') ? rows : null;
    });
    expect(digestDeliveries.map((d) => [d.kind, d.status])).toEqual([
      ['digest', 'sent'],
      ['escalation', 'sent'],
    ]);
    expect(smtp.to('kjj@cq.gov.cn')).toHaveLength(2);
  });

  it('names an assessment’s scoring reminder after what it assesses, and says the stage the assessment moved to by the machine’s own name', async () => {
    const scenarioId = await registerScenario({ zh: '智慧水务', en: 'Smart water' });
    const assessmentId = randomUUID();
    const request = deadlineRequest({
      deadline: 'scoring',
      requestedAt: new Date(),
      machineId: 'assessment-lifecycle',
      subjectId: assessmentId,
      stage: 'scoring.onTime',
      stageLabel: { zh: '评分期内', en: 'Within the scoring period' },
      about: { subject: { kind: 'scenario', id: scenarioId }, purpose: 'recognition' },
      workingDays: 3,
      responsibleUnits: ['市水利局'],
    });
    await app.deliver('evaluation.deadline.v1', 'evaluation.deadline.requested', request.instanceId, request);
    await waitFor('the deadline', () => app.events('notification.deadline.reached', request.deadlineId));
    // The assessment answers by marking scoring overdue, which leaves the stage with the deadline.
    await app.deliver('evaluation.deadline.v1', 'evaluation.deadline.cancelled', request.instanceId, {
      deadlineId: request.deadlineId,
      instanceId: request.instanceId,
      deadline: 'scoring',
      stage: 'scoring.overdue',
      stageLabel: { zh: '评分逾期', en: 'Scoring overdue' },
      cancelledAt: new Date().toISOString(),
    });

    const inbox = await app.call('GET', '/api/notifications/inbox?scope=unit', person('officer-water', 'officer', '市水利局'));
    const due = inbox.body.items.find((i: Json) => i.deadlineId === request.deadlineId && i.kind === 'due');
    expect(due.subject.zh).toBe('【到期】「智慧水务」的认定评估：专家评分期限已到期');
    expect(due.subject.en).toBe('[Due] The recognition assessment of "Smart water": the scoring period has ended');
    expect(due.body.zh).toContain('当前阶段「评分逾期」');
    expect(due.body.en).toContain('the stage is "Scoring overdue"');
    // The texts name it in words; the assessment itself is the link target, in structured fields.
    expect(due).toMatchObject({ subjectId: assessmentId, subjectKind: 'assessment' });
    expect(`${due.subject.zh}${due.body.zh}${due.subject.en}${due.body.en}`).not.toContain(assessmentId);
  });

  it('keeps an inbox per user and per unit with read state and unread counts, and answers bad input with 400s, never a 500', async () => {
    const scenarioId = await registerScenario({ zh: '园区无人配送', en: 'Park unmanned delivery' });
    const applicationId = randomUUID();
    const instanceId = randomUUID();
    const applicant = person('enterprise-7', 'applicant');
    await app.deliver('workflow.application.v1', 'workflow.application.stage-changed', applicationId, {
      applicationId,
      scenarioId,
      applicantId: 'enterprise-7',
      parties: [{ organisation: '重庆某科技有限公司', role: 'applicant' }],
      instanceId,
      machine: { id: 'application-lifecycle', version: 1 },
      from: 'screening',
      to: 'returned',
      event: 'returnForRevision',
      actor: 'officer-1',
      sequence: 3,
      changedAt: new Date().toISOString(),
    });
    const request = deadlineRequest({ deadline: 'revision', requestedAt: new Date(), instanceId, machineId: 'application-lifecycle', subjectId: applicationId, stage: 'returned', workingDays: 3, responsibleUnits: ['市交通运输委'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    const [reached] = await waitFor('the deadline', () => app.events('notification.deadline.reached', request.deadlineId));
    // The workflow withdraws the application when its revision period ends; the cancellation names the stage.
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.cancelled', instanceId, {
      deadlineId: request.deadlineId,
      instanceId,
      deadline: 'revision',
      stage: 'withdrawn',
      stageLabel: { zh: '已撤回', en: 'Withdrawn' },
      cancelledAt: reached.data.reachedAt,
    });

    const inbox = await app.call('GET', '/api/notifications/inbox', applicant);
    expect(inbox.status).toBe(200);
    // The deadline's messages, and the notice of the stage change that armed it (returned for revision).
    expect(inbox.body.unread).toEqual({ unit: 0, user: 4, total: 4 });
    expect(inbox.body.items.map((i: Json) => [i.kind, i.recipient])).toEqual([
      ['due', { type: 'user', id: 'enterprise-7' }],
      ['before', { type: 'user', id: 'enterprise-7' }],
      ['before', { type: 'user', id: 'enterprise-7' }],
      ['application-stage', { type: 'user', id: 'enterprise-7' }],
    ]);
    expect(inbox.body.items[3].subject.zh).toBe('【申报进展】重庆某科技有限公司对「园区无人配送」的申报：退回补正');
    // The application is named by who applied for which scenario, the applicant addressed politely (never by id).
    expect(inbox.body.items[0].subject.zh).toBe('【到期】重庆某科技有限公司对「园区无人配送」的申报：补正材料期限已到期');
    expect(inbox.body.items[0].subject.en).toBe('[Due] The application of 重庆某科技有限公司 for "Park unmanned delivery": the revision period has ended');
    expect(inbox.body.items[0]).toMatchObject({ subjectId: applicationId, subjectKind: 'application' });
    expect(inbox.body.items[0].body.zh.split('\n')[0]).toBe('您好：');
    // A withdrawn application's notice says so, not 退回补正 (the stage it was in before the deadline).
    expect(inbox.body.items[0].body.zh).toContain('当前阶段「已撤回」');
    expect(inbox.body.items[0].body.en).toContain('the stage is "Withdrawn"');
    expect(inbox.body.items[0].body.zh).not.toContain('补正」');
    expect(inbox.body.items[1].body.zh).toContain('当前处于「补正」阶段');

    const first = inbox.body.items[0].id;
    expect((await app.call('POST', `/api/notifications/inbox/${first}/read`, person('enterprise-8', 'applicant'))).status).toBe(404);
    const read = await app.call('POST', `/api/notifications/inbox/${first}/read`, applicant);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ item: { id: first, read: true, readBy: 'enterprise-7' }, unread: { user: 3, total: 3 } });
    expect((await app.call('GET', '/api/notifications/inbox?status=unread', applicant)).body.items).toHaveLength(3);
    const page = await app.call('GET', '/api/notifications/inbox?limit=2', applicant);
    expect(page.body.items).toHaveLength(2);
    const rest = await app.call('GET', `/api/notifications/inbox?limit=2&after=${page.body.nextCursor}`, applicant);
    expect(rest.body).toMatchObject({ items: [{ kind: 'before' }, { kind: 'application-stage' }], nextCursor: null });
    const all = await app.call('POST', '/api/notifications/inbox/read-all', applicant, {});
    expect(all.body).toEqual({ marked: 3, unread: { unit: 0, user: 0, total: 0 } });
    expect((await app.call('GET', '/api/notifications/inbox/unread-count', applicant)).body).toEqual({ unit: 0, user: 0, total: 0 });

    // The unit's officers see the unit's item (the deadline message goes to the applicant and the responsible unit).
    const officer = person('officer-2', 'officer', 'transport-commission');
    const unitInbox = await app.call('GET', '/api/notifications/inbox?scope=unit&status=unread&limit=200', officer);
    expect(unitInbox.body.items.filter((i: Json) => i.deadlineId === request.deadlineId).map((i: Json) => i.kind)).toEqual(['due']);
    expect(unitInbox.body.unread.unit).toBeGreaterThanOrEqual(1);
    const unitRead = await app.call('POST', '/api/notifications/inbox/read-all', officer, { scope: 'unit' });
    expect(unitRead.body.unread.unit).toBe(0);

    const mine = await deliveries(`recipient=enterprise-7&subject=${applicationId}`, applicant);
    expect(mine.map((d) => [d.channel, d.status])).toEqual([
      ['in-app', 'delivered'],
      ['in-app', 'delivered'],
      ['in-app', 'delivered'],
      ['in-app', 'delivered'],
    ]);
    // By lifecycle instance: the applicant's four, and the unit's in-app and email (its preferences from the first test).
    expect((await deliveries(`subject=${instanceId}`)).map((d) => `${d.recipient.id} ${d.channel}`).sort()).toEqual(
      ['enterprise-7 in-app', 'enterprise-7 in-app', 'enterprise-7 in-app', 'enterprise-7 in-app', '市交通运输委 email', '市交通运输委 in-app'].sort(),
    );

    // Bad input: 400 with the fields; missing identity 401; others' data 403; never a 500.
    const expectFields = async (method: string, path: string, body: unknown, fields: string[], headers = applicant) => {
      const response = await app.call(method, path, headers, body);
      expect([path, response.status, response.body.error?.fields?.map((f: Json) => f.path)]).toEqual([path, 400, fields]);
    };
    await expectFields('GET', '/api/notifications/inbox?limit=0', undefined, ['limit']);
    await expectFields('GET', '/api/notifications/inbox?status=maybe&scope=team', undefined, ['scope', 'status']);
    await expectFields('GET', '/api/notifications/inbox?after=not-a-cursor', undefined, ['after']);
    // A cursor of the shared (time, id) form whose id is no UUID is refused too, never a failed cast (500).
    await expectFields('GET', `/api/notifications/inbox?after=${encodeTimeIdCursor(new Date(), 'not-a-uuid')}`, undefined, ['after']);
    await expectFields('GET', `/api/notifications/deliveries?after=${encodeTimeIdCursor(new Date(), 'not-a-uuid')}&limit=201`, undefined, ['limit', 'after']);
    await expectFields('POST', '/api/notifications/inbox/42/read', undefined, ['id']);
    await expectFields('POST', '/api/notifications/inbox/read-all', { scope: 'everyone' }, ['scope']);
    await expectFields('PUT', '/api/notifications/preferences', { email: { enabled: true } }, ['email.address']);
    await expectFields('PUT', '/api/notifications/preferences', { webhook: { enabled: true, url: 'ftp://x' }, quietHours: { start: '25:00', end: '07:00' }, language: 'fr' }, ['language', 'webhook.url', 'quietHours.start']);
    await expectFields('PUT', '/api/notifications/preferences', { webhook: { enabled: true, url: 'https://hooks.example.com/scq' } }, ['webhook.secret']);
    await expectFields('GET', '/api/notifications/deliveries?limit=x&channel=fax', undefined, ['channel', 'limit']);
    await expectFields('GET', '/api/notifications/deadlines?instance=nope', undefined, ['instance']);
    const malformed = await app.call('PUT', '/api/notifications/preferences', applicant, '{"email": ');
    expect(malformed.status).toBe(400);
    expect((await app.call('GET', '/api/notifications/inbox')).status).toBe(401);
    // Zero trust: a token naming a role the gateway never grants is refused; identity headers without a token name nobody.
    const unknownRole = await app.call('GET', '/api/notifications/inbox', callerHeaders({ id: 'x', roles: ['system'] }));
    expect(unknownRole.status).toBe(401);
    expect(unknownRole.body.error.code).toBe('TOKEN_INVALID');
    const forgedRead = await app.call('GET', '/api/notifications/inbox', { 'x-user-id': 'enterprise-7', 'x-user-roles': 'applicant' });
    expect(forgedRead.status).toBe(401);
    expect(forgedRead.body.error.code).toBe('UNAUTHENTICATED');
    const forgedWrite = await app.call('PUT', '/api/notifications/preferences', { 'x-user-id': 'enterprise-7', 'x-user-roles': 'applicant' }, { language: 'en' });
    expect(forgedWrite.status).toBe(401);
    expect(forgedWrite.body.error.code).toBe('UNAUTHENTICATED');
    expect((await app.call('GET', '/api/notifications/preferences', applicant)).body).toMatchObject({ language: 'zh-CN', stored: false });
    expect((await app.call('PUT', '/api/notifications/preferences?scope=unit', person('enterprise-7', 'applicant', '市交通运输委'), {})).status).toBe(403);
    expect((await app.call('GET', '/api/notifications/deliveries?recipient=enterprise-8', applicant)).status).toBe(403);
    expect((await app.call('GET', '/api/notifications/preferences?scope=unit', applicant)).status).toBe(400);

    // Preferences round trip; the secret is write-only and kept when left out.
    const saved = await app.call('PUT', '/api/notifications/preferences', applicant, { language: 'en', webhook: { enabled: true, url: 'https://hooks.example.com/scq', secret: 'sixteen-chars-secret' }, quietHours: { start: '22:00', end: '07:30' } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ recipient: { type: 'user', id: 'enterprise-7' }, language: 'en', webhook: { enabled: true, secretSet: true }, quietHours: { start: '22:00', end: '07:30' }, stored: true });
    expect(JSON.stringify(saved.body)).not.toContain('sixteen-chars-secret');
    const kept = await app.call('PUT', '/api/notifications/preferences', applicant, { webhook: { enabled: true, url: 'https://hooks.example.com/v2' } });
    expect(kept.body.webhook).toEqual({ enabled: true, url: 'https://hooks.example.com/v2', secretSet: true });
    expect((await app.call('GET', '/api/notifications/preferences', person('nobody', 'applicant'))).body).toMatchObject({ language: 'zh-CN', stored: false, email: { enabled: false } });
  });
});
