import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { FireReminderHandler, LEGACY_REMINDER_QUEUE, REMINDER_QUEUE } from '@scq/notification-application';
import { legacyReminderJobId, reminderJobId } from '@scq/notification-domain';
import { createTestDatabase, slowTimeout, type TestDatabase } from '@scq/platform-testing';
import { deadlineRequest, deleteRedisKeys, NotificationTestApp, pendingReminders, person, sleep, TEST_REDIS_URL, uniquePrefix, waitFor, type Json } from './testing/notification-test.app';

// A working day of the test's clock: 500 ms, longer when the machine is slow (the one knob, SCQ_TEST_TIMEOUT_MS),
// so that what happens between two reminders does not depend on how busy the machine is.
const DAY = Math.max(500, slowTimeout(1 / 240));
const DUE_NOTICE_WAIT = DAY / 2; // how long the due notice waits for the lifecycle's answer: before the first escalation
const COORDINATOR = '市发展改革委';
const LEADERSHIP = '场景培育和开放工作协调机制';
const admin = person('admin-1', 'admin');

describe('notification reminders on BullMQ (Redis) and PostgreSQL', () => {
  const prefix = uniquePrefix('notification');
  let database: TestDatabase;
  let app: NotificationTestApp;

  beforeAll(async () => {
    database = await createTestDatabase('notification');
    // The flush below is restored by the admin's reschedule; the service noticing it by itself is scheduler-store.int-spec.ts.
    app = await NotificationTestApp.start({ database: { url: database.url }, redisUrl: TEST_REDIS_URL, redisPrefix: prefix, msPerWorkingDay: DAY, dueNoticeWaitMs: DUE_NOTICE_WAIT, storeCheckIntervalMs: 0 });
    // Warm up (connections, queues, prepared statements), so that the first test's timings are not a cold start.
    const warmUp = deadlineRequest({ deadline: 'publicNotice', requestedAt: new Date(), workingDays: 1 });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', warmUp.instanceId, warmUp);
    await waitFor('the warm-up deadline', () => app.events('notification.deadline.reached', warmUp.deadlineId));
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await deleteRedisKeys(prefix);
  });

  async function plan(deadlineId: string): Promise<Json> {
    const { status, body } = await app.call('GET', `/api/notifications/deadlines/${encodeURIComponent(deadlineId)}`, admin);
    expect(status).toBe(200);
    return body;
  }

  async function pendingJobs(deadlineId: string): Promise<string[]> {
    return pendingReminders(app.scheduler, deadlineId);
  }

  it('fires each reminder at its instant, publishes deadline.reached at the deadline, and escalates up to the coordinator and leadership while the stage is not left', async () => {
    const scenarioId = randomUUID();
    await app.deliver('registry.scenario.v1', 'registry.scenario.registered', scenarioId, {
      scenarioId,
      title: { zh: '园区无人配送', en: 'Park unmanned delivery' },
      domainCode: 'unmanned-systems',
      ownerUnit: '市交通运输委',
      taxonomyVersion: '2025-draft',
      registeredAt: new Date().toISOString(),
    });
    const requestedAt = new Date();
    const request = deadlineRequest({ deadline: 'acceptance', requestedAt, subjectId: scenarioId, workingDays: 4, responsibleUnits: ['市交通运输委', '市城市管理局'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);

    const planned = await plan(request.deadlineId);
    const dueAt = requestedAt.getTime() + 4 * DAY;
    expect(new Date(planned.dueAt).getTime()).toBe(dueAt);
    expect(planned.reminders.map((r: Json) => [r.key, r.jobId, new Date(r.runAt).getTime() - requestedAt.getTime()])).toEqual([
      ['before-3d', reminderJobId(request.deadlineId, 'before-3d'), 1 * DAY],
      ['before-1d', reminderJobId(request.deadlineId, 'before-1d'), 3 * DAY],
      ['due', reminderJobId(request.deadlineId, 'due'), 4 * DAY],
      ['overdue-1d', reminderJobId(request.deadlineId, 'overdue-1d'), 5 * DAY],
      ['overdue-3d', reminderJobId(request.deadlineId, 'overdue-3d'), 7 * DAY],
      ['overdue-5d', reminderJobId(request.deadlineId, 'overdue-5d'), 9 * DAY],
    ]);
    expect(planned.reminders.every((r: Json) => !r.jobId.includes(':'))).toBe(true);
    // Every reminder got its job: pending in Redis, or — the first falls due one short day after the request, which a
    // busy machine can take to get here — already fired.
    await waitFor('a job in Redis for every reminder', async () => {
      const pending = new Set(await pendingJobs(request.deadlineId));
      const reminders = (await plan(request.deadlineId)).reminders as Json[];
      return reminders.every((r) => pending.has(`${request.deadlineId}.${r.key}`) || r.status === 'fired');
    });

    const fired = await waitFor('the whole chain', async () => {
      const body = await plan(request.deadlineId);
      return body.reminders.every((r: Json) => r.status === 'fired') ? body : null;
    });
    // Each fires at its instant, never before. How late is the benchmark's business (npm run bench:reminders): on a
    // busy machine a bound here, or the order of two that fell due during one stall, would be timing luck.
    for (const reminder of fired.reminders) {
      const lateness = new Date(reminder.firedAt).getTime() - new Date(reminder.runAt).getTime();
      expect({ key: reminder.key, early: lateness < 0 }).toEqual({ key: reminder.key, early: false });
    }

    // The events follow the fired rows through the outbox relay: wait for the last escalation's to arrive.
    await waitFor('the escalation events', async () => app.events('notification.escalation.raised', request.deadlineId).length === 3);
    const reached = app.events('notification.deadline.reached', request.deadlineId);
    expect(reached).toHaveLength(1);
    expect(reached[0].data).toMatchObject({ deadlineId: request.deadlineId, instanceId: request.instanceId, deadline: 'acceptance' });
    expect(new Date(reached[0].data.reachedAt).getTime()).toBeGreaterThanOrEqual(dueAt);
    expect(reached[0].subject).toBe(request.instanceId);
    // The lifecycle stayed in its stage (no cancellation came): the due notice went after its wait, naming that stage.
    expect(app.events('notification.reminder.dispatched', request.deadlineId).map((e) => e.data.reminder)).toEqual(['before-3d', 'before-1d', 'due-notice']);
    const escalations = app.events('notification.escalation.raised', request.deadlineId).map((e) => e.data);
    expect(escalations.map((e) => [e.level, e.overdueWorkingDays, e.recipients.map((r: Json) => r.id), e.critical])).toEqual([
      [1, 1, ['市交通运输委', '市城市管理局'], true],
      [2, 3, [COORDINATOR], true],
      [3, 5, [LEADERSHIP], true],
    ]);

    // The coordinator's inbox holds the escalation, titled with the scenario, times in Asia/Shanghai.
    const inbox = await app.call('GET', '/api/notifications/inbox?scope=unit', person('coordinator-1', 'coordinator', 'development-reform-commission'));
    expect(inbox.status).toBe(200);
    const item = inbox.body.items.find((i: Json) => i.deadlineId === request.deadlineId);
    expect(item).toMatchObject({ kind: 'escalation', critical: true, read: false, recipient: { type: 'unit', id: COORDINATOR } });
    expect(item.subject.zh).toBe('【督办·2级】「园区无人配送」：acceptance已逾期 3 个工作日');
    expect(item.subject.en).toBe('[Escalation level 2] "Park unmanned delivery": acceptance overdue by 3 working day(s)');
    expect(item.body.zh).toContain('（北京时间）');
    expect(await pendingJobs(request.deadlineId)).toEqual([]);
  });

  it('cancels everything pending when the stage is left: the jobs are gone and none fires', async () => {
    const requestedAt = new Date();
    const request = deadlineRequest({ deadline: 'acceptance', requestedAt, workingDays: 4 });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    await waitFor('the first reminder', async () => (await plan(request.deadlineId)).reminders[0].status === 'fired');
    // What is still scheduled in the plan is what is pending in Redis: five, or four if the machine was slow enough for
    // the next working day's reminder to fire too.
    await waitFor('Redis to hold what the plan schedules', async () => {
      const scheduled = (await plan(request.deadlineId)).reminders.filter((r: Json) => r.status === 'pending').map((r: Json) => `${request.deadlineId}.${r.key}`);
      return scheduled.length >= 4 && JSON.stringify((await pendingJobs(request.deadlineId)).sort()) === JSON.stringify(scheduled.sort());
    });

    await app.deliver('workflow.deadline.v1', 'workflow.deadline.cancelled', request.instanceId, {
      deadlineId: request.deadlineId,
      instanceId: request.instanceId,
      deadline: 'acceptance',
      cancelledAt: new Date().toISOString(),
    });
    await waitFor('the jobs to be removed', async () => (await pendingJobs(request.deadlineId)).length === 0);
    await sleep(requestedAt.getTime() + 10 * DAY - Date.now());

    const body = await plan(request.deadlineId);
    expect(body.status).toBe('cancelled');
    // The one or two reminders that fired before the stage was left stay fired; all the rest is cancelled and never fires.
    const fired = body.reminders.findIndex((r: Json) => r.status === 'cancelled');
    expect([1, 2]).toContain(fired);
    expect(body.reminders.map((r: Json) => [r.key, r.status])).toEqual(
      ['before-3d', 'before-1d', 'due', 'overdue-1d', 'overdue-3d', 'overdue-5d'].map((key, index) => [key, index < fired ? 'fired' : 'cancelled']),
    );
    expect(app.events(undefined, request.deadlineId).map((e) => e.type)).toEqual(Array(fired).fill('notification.reminder.dispatched'));
  });

  it('stops the escalations when the deadline itself made the lifecycle leave the stage, and the due notice names the stage it moved to', async () => {
    const request = deadlineRequest({ deadline: 'acceptance', requestedAt: new Date(), workingDays: 1, stage: 'operating.piloting.sandbox', stageLabel: { zh: '沙盒监管', en: 'Regulatory sandbox' }, responsibleUnits: ['市大数据发展局'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    const [reached] = await waitFor('deadline.reached', () => app.events('notification.deadline.reached', request.deadlineId));
    // What the workflow does when it acts on the deadline: it leaves the stage, which cancels the deadline and says where to.
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.cancelled', request.instanceId, {
      deadlineId: request.deadlineId,
      instanceId: request.instanceId,
      deadline: 'acceptance',
      stage: 'operating.piloting.sandboxReview',
      stageLabel: { zh: '沙盒到期复审', en: 'Sandbox re-review' },
      cancelledAt: reached.data.reachedAt,
    });
    const inbox = await app.call('GET', '/api/notifications/inbox?scope=unit&limit=200', person('officer-bd', 'officer', '市大数据发展局'));
    const [due] = inbox.body.items.filter((i: Json) => i.deadlineId === request.deadlineId);
    expect(due.kind).toBe('due');
    expect(due.body.zh).toContain('当前阶段「沙盒到期复审」');
    expect(due.body.en).toContain('the stage is "Sandbox re-review"');
    expect(due.body.zh).not.toContain('沙盒监管」');
    await sleep(7 * DAY);

    expect(app.events('notification.escalation.raised', request.deadlineId)).toEqual([]);
    expect(app.events('notification.reminder.dispatched', request.deadlineId).map((e) => e.data.reminder)).toEqual(['due-notice']);
    expect((await plan(request.deadlineId)).reminders.map((r: Json) => [r.key, r.status])).toEqual([
      ['before-3d', 'skipped'],
      ['before-1d', 'skipped'],
      ['due', 'fired'],
      ['due-notice', 'fired'],
      ['overdue-1d', 'cancelled'],
      ['overdue-3d', 'cancelled'],
      ['overdue-5d', 'cancelled'],
    ]);
    // A cancellation of an unknown deadline leaves a tombstone: its request, arriving late, plans nothing.
    const late = deadlineRequest({ deadline: 'acceptance', requestedAt: new Date(), workingDays: 1 });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.cancelled', late.instanceId, { deadlineId: late.deadlineId, instanceId: late.instanceId, deadline: 'acceptance', cancelledAt: new Date().toISOString() });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', late.instanceId, late);
    expect(await plan(late.deadlineId)).toMatchObject({ status: 'cancelled', reminders: [] });
  });

  it('never doubles a reminder: a redelivered or repeated request, a duplicate or late job change nothing', async () => {
    // A policy without escalations: on a busy machine the checks below may outlast a scaled working day, and an
    // escalation firing meanwhile is not what this test is about.
    const request = deadlineRequest({ deadline: 'gentle', requestedAt: new Date(), workingDays: 2, responsibleUnits: ['市林业局'] });
    const envelope = await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    await app.redeliver('workflow.deadline.v1', envelope); // the same message (the inbox skips it)
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request); // the same request in a new message
    await waitFor('the due notice', () => app.events('notification.reminder.dispatched', request.deadlineId).length === 2);
    await sleep(DAY / 5);

    // A job that fires again (redelivered by the scheduler, or run by hand) finds its row fired and does nothing.
    await expect(app.get(FireReminderHandler).fire(request.deadlineId, 'due')).resolves.toBe('ignored');
    await expect(app.get(FireReminderHandler).fire(request.deadlineId, 'due-notice')).resolves.toBe('ignored');
    await expect(app.get(FireReminderHandler).fire(request.deadlineId, 'no-such-key')).resolves.toBe('unknown');
    expect(app.events('notification.deadline.reached', request.deadlineId)).toHaveLength(1);
    expect(app.events('notification.reminder.dispatched', request.deadlineId).map((e) => e.data.reminder)).toEqual(['before-1d', 'due-notice']);
    const inbox = await app.call('GET', '/api/notifications/inbox?scope=unit&limit=200', person('officer-9', 'officer', '市林业局'));
    expect(inbox.body.items.filter((i: Json) => i.deadlineId === request.deadlineId).map((i: Json) => i.kind)).toEqual(['due', 'before']);
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.cancelled', request.instanceId, { deadlineId: request.deadlineId, instanceId: request.instanceId, deadline: 'gentle', cancelledAt: new Date().toISOString() });
  });

  it('loses no reminder when Redis is flushed: the database re-derives and reschedules them, and they still fire on time', async () => {
    const requestedAt = new Date();
    const request = deadlineRequest({ deadline: 'gentle', requestedAt, workingDays: 6 });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    await waitFor('the jobs in Redis', async () => (await pendingJobs(request.deadlineId)).length === 2);

    expect(await deleteRedisKeys(prefix)).toBeGreaterThan(0);
    expect(await pendingJobs(request.deadlineId)).toEqual([]);
    const denied = await app.call('POST', '/api/notifications/reschedule', person('officer-1', 'officer', '市交通运输委'));
    expect(denied.status).toBe(403);
    const rescheduled = await app.call('POST', '/api/notifications/reschedule', admin);
    expect(rescheduled.status).toBe(200);
    expect(rescheduled.body.reminders.restored).toBeGreaterThanOrEqual(2);
    expect(await pendingJobs(request.deadlineId)).toEqual([`${request.deadlineId}.before-1d`, `${request.deadlineId}.due`]);
    const again = await app.call('POST', '/api/notifications/reschedule', admin);
    expect(again.body.reminders.restored).toBe(0);

    const [reached] = await waitFor('deadline.reached', () => app.events('notification.deadline.reached', request.deadlineId));
    const lateness = new Date(reached.data.reachedAt).getTime() - (requestedAt.getTime() + 6 * DAY);
    // At the original instant (not re-delayed from the restore): never before it.
    expect(lateness).toBeGreaterThanOrEqual(0);
    await waitFor('the due notice', () => app.events('notification.reminder.dispatched', request.deadlineId).length === 2);
    expect((await plan(request.deadlineId)).reminders.map((r: Json) => [r.key, r.status])).toEqual([
      ['before-1d', 'fired'],
      ['due', 'fired'],
      ['due-notice', 'fired'],
    ]);
  });

  it("takes the evaluation service's scoring deadlines the same way (evaluation.deadline.v1), with the scoring policy", async () => {
    const request = deadlineRequest({ deadline: 'scoring', requestedAt: new Date(), workingDays: 1, machineId: 'assessment-lifecycle', stage: 'scoring', responsibleUnits: ['市科技局'] });
    await app.deliver('evaluation.deadline.v1', 'evaluation.deadline.requested', request.instanceId, request);
    const [reached] = await waitFor('deadline.reached', () => app.events('notification.deadline.reached', request.deadlineId));
    expect(reached.data.deadline).toBe('scoring');
    // The assessment marks scoring overdue: it leaves the stage with the deadline, and says so.
    await app.deliver('evaluation.deadline.v1', 'evaluation.deadline.cancelled', request.instanceId, {
      deadlineId: request.deadlineId,
      instanceId: request.instanceId,
      deadline: 'scoring',
      stage: 'scoring.overdue',
      stageLabel: { zh: '评分逾期', en: 'Scoring overdue' },
      cancelledAt: new Date().toISOString(),
    });
    const [dispatched] = await waitFor('the due notice', () => app.events('notification.reminder.dispatched', request.deadlineId));
    expect(dispatched.data).toMatchObject({ reminder: 'due-notice', kind: 'due' });
    expect(dispatched.data.recipients).toEqual([
      { type: 'unit', id: '市科技局' },
      { type: 'unit', id: COORDINATOR },
    ]);
    expect((await plan(request.deadlineId)).reminders.filter((r: Json) => r.kind === 'escalation').map((r: Json) => r.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('keeps a pending reminder small in Redis (ids only, in a listpack hash) and removes its job once it ran', async () => {
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const request = deadlineRequest({ deadline: 'gentle', requestedAt: new Date(), workingDays: 3 });
      await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
      await waitFor('the jobs in Redis', async () => (await pendingJobs(request.deadlineId)).length === 2);
      const key = (reminder: string) => `${prefix}:${REMINDER_QUEUE}:${reminderJobId(request.deadlineId, reminder)}`;

      const hash = await redis.hgetall(key('due'));
      expect(Object.keys(hash).sort()).toEqual(['data', 'delay', 'name', 'opts', 'priority', 'timestamp']);
      expect(JSON.parse(hash.data)).toEqual([request.deadlineId, 'due']);
      expect(JSON.parse(hash.opts)).toEqual({ jobId: reminderJobId(request.deadlineId, 'due'), delay: expect.any(Number), attempts: 0 });
      expect(await redis.call('OBJECT', 'ENCODING', key('due'))).toBe('listpack');

      await waitFor('deadline.reached', () => app.events('notification.deadline.reached', request.deadlineId));
      await waitFor('the finished jobs removed', async () => (await redis.exists(key('before-1d'), key('due'))) === 0);
      expect(await redis.zcard(`${prefix}:${REMINDER_QUEUE}:completed`)).toBe(0);
    } finally {
      await redis.quit();
    }
  });

  it('still runs the reminders an earlier version left in the legacy queue, except one whose reminder has moved since', async () => {
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const request = deadlineRequest({ deadline: 'gentle', requestedAt: new Date(), workingDays: 4 });
      await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
      await waitFor('the jobs in Redis', async () => (await pendingJobs(request.deadlineId)).length === 2);
      const rows = (await plan(request.deadlineId)).reminders as Json[];
      const runAtOf = (reminder: string) => new Date(rows.find((r) => r.key === reminder).runAt);
      // As an earlier version stored them: the legacy queue, `<deadlineId>.<key>` ids, `{ deadlineId, key }` payloads.
      for (const reminder of ['before-1d', 'due']) await app.scheduler.cancel(REMINDER_QUEUE, reminderJobId(request.deadlineId, reminder));
      const legacy = (reminder: string, runAt: Date) =>
        app.scheduler.schedule({ queue: LEGACY_REMINDER_QUEUE, jobId: legacyReminderJobId(request.deadlineId, reminder), runAt, payload: { deadlineId: request.deadlineId, key: reminder } });
      await legacy('before-1d', runAtOf('before-1d'));
      // Stale: its reminder has moved since (to the time in its row).
      await legacy('due', new Date(runAtOf('due').getTime() - DAY / 2));

      await waitFor('the legacy reminder fired', async () => (await plan(request.deadlineId)).reminders.find((r: Json) => r.key === 'before-1d').status === 'fired');
      await waitFor('the stale legacy job done', async () => (await redis.exists(`${prefix}:${LEGACY_REMINDER_QUEUE}:${legacyReminderJobId(request.deadlineId, 'due')}`)) === 0);
      expect((await plan(request.deadlineId)).reminders.find((r: Json) => r.key === 'due').status).toBe('pending');
      expect(app.events('notification.deadline.reached', request.deadlineId)).toEqual([]);

      // The start's (or an admin's) reschedule brings it back where it belongs.
      expect((await app.call('POST', '/api/notifications/reschedule', admin)).status).toBe(200);
      await waitFor('deadline.reached', () => app.events('notification.deadline.reached', request.deadlineId));
    } finally {
      await redis.quit();
    }
  });

  it('restores what Redis lost when the service restarts, from the database alone', async () => {
    const requestedAt = new Date();
    const request = deadlineRequest({ deadline: 'publicNotice', requestedAt, workingDays: 5, machineId: 'application-lifecycle' });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    await waitFor('the job in Redis', async () => (await pendingJobs(request.deadlineId)).length === 1);
    await app.close();
    await deleteRedisKeys(prefix);

    app = await NotificationTestApp.start({ database: { url: database.url }, redisUrl: TEST_REDIS_URL, redisPrefix: prefix, msPerWorkingDay: DAY, dueNoticeWaitMs: DUE_NOTICE_WAIT });
    await waitFor('the job back in Redis', async () => (await pendingJobs(request.deadlineId)).length === 1);
    const [reached] = await waitFor('deadline.reached', () => app.events('notification.deadline.reached', request.deadlineId));
    expect(new Date(reached.data.reachedAt).getTime()).toBeGreaterThanOrEqual(requestedAt.getTime() + 5 * DAY);
    // The public notice period has no reminders and tells nobody: only the lifecycle hears that it ended.
    expect(app.events(undefined, request.deadlineId).map((e) => e.type)).toEqual(['notification.deadline.reached']);
  });
});
