import { randomUUID } from 'node:crypto';
import { addCalendarDays, beijingDateOf } from '@scq/calendar';
import { CalendarDeadlineCalculator } from '@scq/notification-domain';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders } from '@scq/platform-testing';
import { NotificationModule } from './notification.module';
import { workingDaysLeft } from './armed-deadlines';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** `GET /api/notifications/armed-deadlines`: the due dates the gateway's task list shows, on the real working-day calendar. */
describe('notification: armed deadlines of lifecycle instances over HTTP (PGlite)', () => {
  let host: RunningHost;
  const bus = new InProcessMessageBus();
  const officer = callerHeaders({ id: 'officer-1', roles: ['officer'], unit: '市交通运输委' });

  beforeAll(async () => {
    host = await bootstrapHost({
      name: 'armed-deadlines-test',
      logger: createLogger('armed-deadlines-test', 'warn'),
      bus,
      port: 0,
      host: '127.0.0.1',
      modules: [NotificationModule.register({ database: { pgliteDataDir: 'memory://' }, sweepIntervalMs: 0, rescheduleOnStart: false })],
    });
  });
  afterAll(async () => {
    await host?.close();
  });

  async function get(path: string): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host.url}${path}`, { headers: officer });
    return { status: response.status, body: await response.json() };
  }
  async function deliver(type: 'workflow.deadline.requested' | 'workflow.deadline.cancelled', data: Record<string, unknown> & { instanceId: string }): Promise<void> {
    const envelope = buildEnvelope('test', 'workflow.deadline.v1', type as never, { subject: data.instanceId, data: data as never });
    await bus.publish([{ topic: 'workflow.deadline.v1', key: data.instanceId, value: JSON.stringify(envelope) }]);
  }
  const calendar = new CalendarDeadlineCalculator();
  const workingDayOnOrAfter = (date: string): string => (calendar.isWorkingDay(date) ? date : workingDayOnOrAfter(addCalendarDays(date, 1)));
  const request = (instanceId: string, deadline: string, due: { workingDays: number } | { dueOn: string }) => ({
    deadlineId: `${instanceId}.${deadline}-1`,
    instanceId,
    machineId: 'application-lifecycle',
    subjectId: randomUUID(),
    deadline,
    stage: 'revision',
    responsibleUnits: ['市交通运输委'],
    requestedAt: new Date().toISOString(),
    ...due,
  });

  it('answers each armed deadline with its due instant and the working days left; cancelled ones and other instances are not there', async () => {
    const [revising, sandboxed, withdrawn] = [randomUUID(), randomUUID(), randomUUID()];
    await deliver('workflow.deadline.requested', request(revising, 'revision', { workingDays: 5 }));
    const expiry = addCalendarDays(beijingDateOf(new Date()), 60);
    await deliver('workflow.deadline.requested', request(sandboxed, 'sandboxExpiry', { dueOn: expiry }));
    await deliver('workflow.deadline.requested', request(withdrawn, 'revision', { workingDays: 5 }));
    await deliver('workflow.deadline.cancelled', { deadlineId: `${withdrawn}.revision-1`, instanceId: withdrawn, deadline: 'revision', cancelledAt: new Date().toISOString() });

    const { status, body } = await get(`/api/notifications/armed-deadlines?instances=${[revising, sandboxed, withdrawn, randomUUID()].join(',')}`);
    expect(status).toBe(200);
    expect(body.items.map((d: Json) => d.deadlineId)).toEqual([`${revising}.revision-1`, `${sandboxed}.sandboxExpiry-1`]);
    const [revision, sandbox] = body.items;
    expect(revision).toMatchObject({ instanceId: revising, deadline: 'revision', overdue: false });
    // Five working days from now: due on the fifth working day after today (or the sixth, when asked after office hours).
    expect([5, 6]).toContain(revision.workingDaysLeft);
    expect(sandbox.workingDaysLeft).toBe(workingDaysLeft(new Date(), new Date(sandbox.dueAt)));
    // Due on its date, or on the first working day after it when the date is a day off (60 days from 2026-12-08 fell on a Saturday).
    expect(beijingDateOf(new Date(sandbox.dueAt))).toBe(workingDayOnOrAfter(expiry));
  });

  it('refuses a list that is not of instance ids, or too long', async () => {
    for (const instances of ['', 'not-a-uuid', Array.from({ length: 101 }, () => randomUUID()).join(',')]) {
      const { status, body } = await get(`/api/notifications/armed-deadlines?instances=${instances}`);
      expect({ instances: instances.slice(0, 20), status, field: body.error.fields?.[0]?.path.split('.')[0] }).toEqual({ instances: instances.slice(0, 20), status: 400, field: 'instances' });
    }
  });
});
