import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { deadlineRequest, deleteRedisKeys, NotificationTestApp, person, TEST_REDIS_URL, uniquePrefix, waitFor, type Json } from './testing/notification-test.app';

const applicant = person('applicant-1', 'applicant');
const admin = person('admin-1', 'admin');
const coordinator = person('coordinator-1', 'coordinator', 'development-reform-commission');

/** The first Saturday after 01-03 of a year (2027: 01-09). */
const firstSaturday = (year: number) => {
  let day = 4;
  while (new Date(Date.UTC(year, 0, day)).getUTCDay() !== 6) day++;
  return `${year}-01-${String(day).padStart(2, '0')}`;
};

/** A made-up notice (no 2027 notice exists yet): 01-01 – 01-03 off, the first Saturday after them worked. */
const notice = (year: number) => ({
  year,
  notice: { documentNumber: `TEST-${year}`, title: `测试用 ${year} 年节假日安排 (test data)` },
  holidays: [{ code: 'new-year', name: { zh: '元旦', en: "New Year's Day" }, first: `${year}-01-01`, last: `${year}-01-03` }],
  makeUpWorkdays: [{ date: firstSaturday(year), forPeriod: 'new-year' }],
});

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
    expect(y2027).toEqual({ status: 200, body: { year: 2027, official: false, source: null, notice: null, holidays: [], makeUpWorkdays: [] } });
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

  // Last: a loaded year changes the calendar for the rest of this process.
  it('loads a later year’s notice through PUT (admin, coordinator), validated and stored; then it counts as official', async () => {
    expect((await app.call('PUT', '/api/calendar/2027', applicant, notice(2027))).status).toBe(403);
    const weekdayMakeUp = { ...notice(2027), makeUpWorkdays: [{ date: '2027-01-08', forPeriod: 'new-year' }] };
    const outside = { ...notice(2027), holidays: [{ ...notice(2027).holidays[0], last: '2028-01-01' }] };
    const overlapping = { ...notice(2027), holidays: [...notice(2027).holidays, { code: 'spring-festival', name: { zh: '春节', en: 'Spring Festival' }, first: '2027-01-03', last: '2027-01-05' }] };
    for (const [body, says] of [[weekdayMakeUp, 'is not a Saturday or Sunday'], [outside, 'is not in 2027'], [overlapping, 'overlaps the previous period']] as const) {
      const refused = await app.call('PUT', '/api/calendar/2027', admin, body);
      expect([says, refused.status]).toEqual([says, 400]);
      expect(refused.body.error.message).toContain(says);
    }
    expect((await app.call('PUT', '/api/calendar/2028', admin, notice(2027))).status).toBe(400);
    expect((await app.call('PUT', '/api/calendar/2027', admin, { ...notice(2027), extra: 1 })).status).toBe(400);
    expect((await app.call('PUT', '/api/calendar/2026', admin, notice(2026))).status).toBe(409);
    expect((await app.call('GET', '/api/calendar/2027', applicant)).body.official).toBe(false);

    const put = await app.call('PUT', '/api/calendar/2027', coordinator, notice(2027));
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ year: 2027, official: true, source: 'loaded', holidays: [{ code: 'new-year', days: 3 }], makeUpWorkdays: [{ date: '2027-01-09' }] });
    expect((await app.call('GET', '/api/calendar/working-days?from=2026-12-31&add=2', applicant)).body).toEqual({ from: '2026-12-31', add: 2, date: '2027-01-05', official: true, unofficialYears: [] });
    const db = app.host.app.get<symbol, Database>(SERVICE_DATABASE);
    expect((await db.query<{ updated_by: string }>('SELECT updated_by FROM notification.calendar_year WHERE year = 2027')).rows).toEqual([{ updated_by: 'coordinator-1' }]);
  });

  it('loads notice files from CALENDAR_DIR and the stored years at start; a bad file stops the start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scq-calendar-'));
    const other = await createTestDatabase('notification');
    let second: NotificationTestApp | undefined;
    try {
      writeFileSync(join(dir, 'cn-2031.json'), JSON.stringify(notice(2031)));
      const direct = app.host.app.get<symbol, Database>(SERVICE_DATABASE);
      await direct.query(`INSERT INTO notification.calendar_year (year, notice, updated_by) VALUES (2032, $1, 'test')`, [JSON.stringify(notice(2032))]);
      second = await NotificationTestApp.start({ database: { url: database.url }, redisUrl: TEST_REDIS_URL, redisPrefix: `${prefix}-2`, msPerWorkingDay: 500, calendarDir: dir });
      expect((await second.call('GET', '/api/calendar/2031', applicant)).body).toMatchObject({ official: true, source: 'loaded', notice: { documentNumber: 'TEST-2031' } });
      expect((await second.call('GET', '/api/calendar/2032', applicant)).body).toMatchObject({ official: true, source: 'loaded', notice: { documentNumber: 'TEST-2032' } });
      await second.close();
      second = undefined;
      writeFileSync(join(dir, 'cn-2033.json'), JSON.stringify({ ...notice(2033), makeUpWorkdays: [{ date: '2033-01-07', forPeriod: 'new-year' }] })); // a Friday
      await expect(NotificationTestApp.start({ database: { url: other.url }, redisUrl: TEST_REDIS_URL, redisPrefix: `${prefix}-3`, msPerWorkingDay: 500, calendarDir: dir })).rejects.toThrow(/cn-2033\.json.*not a Saturday or Sunday/s);
    } finally {
      await second?.close();
      await other.drop();
      rmSync(dir, { recursive: true, force: true });
      await deleteRedisKeys(`${prefix}-2`);
      await deleteRedisKeys(`${prefix}-3`);
    }
  });
});
