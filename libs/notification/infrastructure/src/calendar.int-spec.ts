import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { deadlineRequest, deleteRedisKeys, NotificationTestApp, person, TEST_REDIS_URL, uniquePrefix, waitFor, type Json } from './testing/notification-test.app';

const applicant = person('applicant-1', 'applicant');
const admin = person('admin-1', 'admin');

describe('the working-day calendar over HTTP, and deadlines counted in years without an official notice', () => {
  const prefix = uniquePrefix('notification-calendar');
  let database: TestDatabase;
  let app: NotificationTestApp;

  beforeAll(async () => {
    database = await createTestDatabase('notification');
    app = await NotificationTestApp.start({ database: { url: database.url }, redisUrl: TEST_REDIS_URL, redisPrefix: prefix, msPerWorkingDay: 500 });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await deleteRedisKeys(prefix);
  });

  it('adds working days over 春节 2026 on the official notice', async () => {
    const { status, body } = await app.call('GET', '/api/calendar/working-days?from=2026-02-13&add=2', applicant);
    expect(status).toBe(200);
    expect(body).toEqual({ from: '2026-02-13', add: 2, date: '2026-02-24', official: true, unofficialYears: [] });
  });

  it('counts into a year without a notice Monday–Friday, and says so', async () => {
    const { status, body } = await app.call('GET', '/api/calendar/working-days?from=2026-12-31&add=2', applicant);
    expect(status).toBe(200);
    expect(body).toEqual({ from: '2026-12-31', add: 2, date: '2027-01-04', official: false, unofficialYears: [2027] });
  });

  it('refuses bad input with a 400, never a 500', async () => {
    for (const query of ['from=2026-02-30&add=1', 'from=2026-12-31&add=-1', 'from=2026-12-31&add=1.5', 'from=31.12.2026&add=1', 'from=2026-12-31', 'from=2026-12-31&add=1&x=1']) {
      const { status, body } = await app.call('GET', `/api/calendar/working-days?${query}`, applicant);
      expect([query, status]).toEqual([query, 400]);
      expect(body.error.status).toBe(400);
    }
    expect((await app.call('GET', '/api/calendar/20x6', applicant)).status).toBe(400);
    expect((await app.call('GET', '/api/calendar/working-days?from=2026-12-31&add=1')).status).toBe(401);
  });

  it('lists a year: the notice’s holidays and make-up days, or official: false', async () => {
    const y2026 = await app.call('GET', '/api/calendar/2026', applicant);
    expect(y2026.status).toBe(200);
    expect(y2026.body).toMatchObject({ year: 2026, official: true, notice: { documentNumber: '国办发明电〔2025〕7号' } });
    expect(y2026.body.holidays).toHaveLength(7);
    expect(y2026.body.holidays[1]).toEqual({ code: 'spring-festival', name: { zh: '春节', en: 'Spring Festival' }, first: '2026-02-15', last: '2026-02-23', days: 9 });
    expect(y2026.body.makeUpWorkdays.map((m: Json) => m.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    const y2027 = await app.call('GET', '/api/calendar/2027', applicant);
    expect(y2027).toEqual({ status: 200, body: { year: 2027, official: false, notice: null, holidays: [], makeUpWorkdays: [] } });
  });

  it('flags a deadline counted into a year without a notice in the deadline API, and not one inside 2026', async () => {
    const into2027 = deadlineRequest({ deadline: 'gentle', requestedAt: new Date('2026-12-28T02:00:00Z'), workingDays: undefined, dueOn: '2027-01-06' });
    const in2026 = deadlineRequest({ deadline: 'gentle', requestedAt: new Date('2026-03-02T02:00:00Z'), workingDays: undefined, dueOn: '2026-03-09' });
    for (const request of [into2027, in2026]) await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    const flagOf = async (deadlineId: string) => {
      const { status, body } = await app.call('GET', `/api/notifications/deadlines/${encodeURIComponent(deadlineId)}`, admin);
      return status === 200 ? body.calendar : null;
    };
    expect(await waitFor('the 2027 deadline', () => flagOf(into2027.deadlineId))).toEqual({ official: false, unofficialYears: [2027] });
    expect(await waitFor('the 2026 deadline', () => flagOf(in2026.deadlineId))).toEqual({ official: true, unofficialYears: [] });
    const list = await app.call('GET', `/api/notifications/deadlines?instance=${into2027.instanceId}`, admin);
    expect(list.body.items[0].calendar).toEqual({ official: false, unofficialYears: [2027] });
  });

  it('says in the notice that a deadline was counted without an official notice', async () => {
    // Requested in 2024, a year this calendar has no notice for: due at once, its notice carries the caveat.
    const request = deadlineRequest({ deadline: 'gentle', requestedAt: new Date('2024-12-30T02:00:00Z'), workingDays: 1, responsibleUnits: ['市城市管理局'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    const item = await waitFor('the due notice', async () => {
      const inbox = await app.call('GET', '/api/notifications/inbox?scope=unit&limit=200', person('officer-7', 'officer', '市城市管理局'));
      return inbox.body.items.find((i: Json) => i.deadlineId === request.deadlineId && i.kind === 'due') ?? null;
    });
    expect(item.body.zh).toContain('注意：尚无 2024 年的官方节假日安排，此期限按周一至周五推算');
    expect(item.body.en).toContain('no official holiday notice for 2024 yet; this deadline was counted Monday–Friday');
  });
});
