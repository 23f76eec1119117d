import { deadlineRequest, NotificationTestApp, pendingReminders, person, sleep, waitFor, type Json } from './testing/notification-test.app';


const DAY = 300;

/** The embedded mode: PGlite and the database scheduler (no Redis), the same code paths as production. */
describe('notification reminders in the embedded mode (PGlite, database scheduler)', () => {
  let app: NotificationTestApp;

  beforeAll(async () => {
    app = await NotificationTestApp.start({ database: { pgliteDataDir: 'memory://' }, msPerWorkingDay: DAY, dispatcher: { idleMs: 100 } });
  });
  afterAll(() => app?.close());

  it('fires the reminders and the deadline, and cancels what is pending when the stage is left', async () => {
    const requestedAt = new Date();
    const kept = deadlineRequest({ deadline: 'gentle', requestedAt, workingDays: 2 });
    const left = deadlineRequest({ deadline: 'acceptance', requestedAt, workingDays: 6 });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', kept.instanceId, kept);
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', left.instanceId, left);
    const jobsOf = async (deadlineId: string) => pendingReminders(app.scheduler, deadlineId);
    await waitFor('the jobs in the table', async () => (await jobsOf(left.deadlineId)).length === 6);

    await app.deliver('workflow.deadline.v1', 'workflow.deadline.cancelled', left.instanceId, { deadlineId: left.deadlineId, instanceId: left.instanceId, deadline: 'acceptance', cancelledAt: new Date().toISOString() });
    await waitFor('the jobs to be cancelled', async () => (await jobsOf(left.deadlineId)).length === 0);

    const [reached] = await waitFor('deadline.reached', () => app.events('notification.deadline.reached', kept.deadlineId));
    expect(new Date(reached.data.reachedAt).getTime()).toBeGreaterThanOrEqual(requestedAt.getTime() + 2 * DAY);
    await sleep(requestedAt.getTime() + 12 * DAY - Date.now());
    expect(app.events(undefined, left.deadlineId)).toEqual([]);
    // The reminder one short day before the deadline is in the inbox, unless a busy machine ran it only after the
    // deadline itself: then it is recorded as superseded instead of arriving late (which one is timing, not behaviour).
    const plan = await app.call('GET', `/api/notifications/deadlines/${encodeURIComponent(kept.deadlineId)}`, person('admin-1', 'admin'));
    const before = (plan.body.reminders as Json[]).filter((r) => r.kind === 'before');
    expect(before.map((r) => r.status).every((status) => status === 'fired' || status === 'skipped')).toBe(true);
    const inbox = await app.call('GET', '/api/notifications/inbox?scope=unit', person('officer-1', 'officer', '市交通运输委'));
    expect(inbox.body.items.map((i: Json) => [i.deadlineId, i.kind])).toEqual([
      [kept.deadlineId, 'due'],
      ...before.filter((r) => r.status === 'fired').map(() => [kept.deadlineId, 'before']),
    ]);
  });

  it('answers every anonymous read with 401 UNAUTHENTICATED; health and the API document stay open', async () => {
    const reads = ['/api/notifications/inbox', '/api/notifications/inbox/unread-count', '/api/notifications/deliveries', '/api/notifications/preferences', '/api/notifications/deadlines', '/api/notifications/deadlines/x.y-1'];
    for (const path of reads) {
      const anonymous = await app.call('GET', path);
      expect({ path, status: anonymous.status, code: anonymous.body.error?.code }).toEqual({ path, status: 401, code: 'UNAUTHENTICATED' });
    }
    expect((await app.call('GET', '/api/notifications/inbox', person('officer-1', 'officer', '市交通运输委'))).status).toBe(200);
    expect((await app.call('GET', '/health/live')).status).toBe(200);
    expect((await app.call('GET', '/openapi.json')).status).toBe(200);
  });
});
