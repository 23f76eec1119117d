import { randomUUID } from 'node:crypto';
import { createTestDatabase, EventStreamReader, type TestDatabase } from '@scq/platform-testing';
import { deleteRedisKeys, NotificationTestApp, person, TEST_REDIS_URL, uniquePrefix, type Json } from './testing/notification-test.app';

const UNIT = '市交通运输委';
const officer = person('officer-stream', 'officer', UNIT);
const colleague = person('officer-colleague', 'officer', UNIT);
const outsider = person('officer-elsewhere', 'officer', '市林业局');

/** A sandbox indicator beyond its threshold: a critical notice to the unit's inbox (one new item per unit). */
function breach(responsibleUnits = [UNIT]) {
  const scenarioId = randomUUID();
  return {
    scenarioId,
    data: {
      scenarioId,
      instanceId: randomUUID(),
      indicator: { key: 'incidents', name: { zh: '事故率', en: 'Incident rate' }, unit: '%', threshold: { max: 0.5 } },
      value: 1.2,
      observedOn: '2026-12-01',
      note: null,
      stage: 'operating.piloting.sandboxReview',
      responsibleUnits,
      reportedBy: 'officer-1',
      reportedAt: new Date().toISOString(),
    },
  };
}

async function newNotice(app: NotificationTestApp, responsibleUnits = [UNIT]): Promise<void> {
  const { scenarioId, data } = breach(responsibleUnits);
  await app.deliver('workflow.scenario.v1', 'workflow.scenario.sandbox-indicator-breached', scenarioId, data);
}

const stream = (app: NotificationTestApp, headers: Record<string, string>) => EventStreamReader.open(`${app.url}/api/notifications/stream`, headers);

/**
 * The inbox's live unread counts (`GET /api/notifications/stream`, server-sent events) and archiving: counts at
 * connect and after each change (a new item for the caller's unit, read, read-all, archive, unarchive), only to the
 * callers whose inbox changed; on PostgreSQL with Redis pub/sub, and on PGlite with the in-process signal.
 */
describe.each([
  ['PostgreSQL and Redis', 'postgres'],
  ['PGlite, in process', 'pglite'],
])('the inbox stream and archive on %s', (_name, engine) => {
  let database: TestDatabase | null = null;
  let app: NotificationTestApp;
  const prefix = uniquePrefix('inbox-stream');

  beforeAll(async () => {
    database = engine === 'postgres' ? await createTestDatabase('notification_inbox_stream') : null;
    app = await NotificationTestApp.start({
      database: database ? { url: database.url } : { pgliteDataDir: 'memory://' },
      ...(database ? { redisUrl: TEST_REDIS_URL, redisPrefix: prefix } : {}),
      msPerWorkingDay: 1000,
      inboxStreams: { heartbeatMs: 200 },
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    if (engine === 'postgres') await deleteRedisKeys(prefix);
  });

  it('sends the counts at connect and again after a new item, a read, an archive and its undoing, and a read-all', async () => {
    const before = (await app.call('GET', '/api/notifications/inbox/unread-count', officer)).body;
    const reader = await stream(app, officer);
    try {
      expect(reader.response.status).toBe(200);
      expect(reader.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(await reader.next()).toEqual(before);

      await newNotice(app);
      expect(await reader.next()).toEqual({ unit: before.unit + 1, user: 0, total: before.total + 1 });
      await newNotice(app);
      expect(await reader.next()).toEqual({ unit: before.unit + 2, user: 0, total: before.total + 2 });

      const [first, second] = (await app.call('GET', '/api/notifications/inbox?status=unread&limit=2', officer)).body.items as Json[];
      // A colleague of the unit reads one: the unit's inbox is shared, so this stream hears it.
      expect((await app.call('POST', `/api/notifications/inbox/${first.id}/read`, colleague)).status).toBe(200);
      expect(await reader.next()).toEqual({ unit: before.unit + 1, user: 0, total: before.total + 1 });

      const archived = await app.call('POST', `/api/notifications/inbox/${second.id}/archive`, officer);
      expect(archived.status).toBe(200);
      expect(archived.body).toMatchObject({ item: { id: second.id, archived: true, archivedBy: 'officer-stream', read: false }, unread: { unit: before.unit } });
      expect(await reader.next()).toEqual(before);

      const back = await app.call('POST', `/api/notifications/inbox/${second.id}/unarchive`, officer);
      expect(back.body).toMatchObject({ item: { id: second.id, archived: false, archivedAt: null }, unread: { unit: before.unit + 1 } });
      expect(await reader.next()).toEqual({ unit: before.unit + 1, user: 0, total: before.total + 1 });

      expect((await app.call('POST', '/api/notifications/inbox/read-all', officer, {})).status).toBe(200);
      expect(await reader.next()).toEqual({ unit: 0, user: 0, total: 0 });
      // Heartbeats keep the connection alive between changes.
      await reader.untilComments(2);
    } finally {
      reader.close();
    }
  });

  it('tells only the callers whose inbox changed', async () => {
    const mine = await stream(app, officer);
    const theirs = await stream(app, outsider);
    try {
      const start = await theirs.next<Json>();
      const initial = await mine.next<Json>();
      await newNotice(app, ['市林业局']);
      expect(await theirs.next()).toEqual({ unit: start.unit + 1, user: 0, total: start.total + 1 });
      // The other unit's stream heard nothing (a later change of its own comes first).
      await newNotice(app);
      expect(await mine.next()).toEqual({ unit: initial.unit + 1, user: 0, total: initial.total + 1 });
      expect(mine.pending).toEqual([]);
    } finally {
      mine.close();
      theirs.close();
    }
  });

  it('leaves archived items out of the list and the counts, lists them with status=archived, and refuses others’ items', async () => {
    await newNotice(app);
    const [item] = (await app.call('GET', '/api/notifications/inbox?status=unread&limit=1', officer)).body.items as Json[];
    const unread = (await app.call('GET', '/api/notifications/inbox/unread-count', officer)).body;

    expect((await app.call('POST', `/api/notifications/inbox/${item.id}/archive`, outsider)).status).toBe(404);
    expect((await app.call('POST', '/api/notifications/inbox/not-a-uuid/archive', officer)).status).toBe(400);
    const archived = await app.call('POST', `/api/notifications/inbox/${item.id}/archive`, officer);
    expect(archived.body.unread).toEqual({ unit: unread.unit - 1, user: 0, total: unread.total - 1 });
    // Archiving twice keeps the first archiving.
    const again = await app.call('POST', `/api/notifications/inbox/${item.id}/archive`, colleague);
    expect(again.body.item).toMatchObject({ archivedAt: archived.body.item.archivedAt, archivedBy: 'officer-stream' });

    const listed = (await app.call('GET', '/api/notifications/inbox?limit=100', officer)).body;
    expect(listed.items.map((i: Json) => i.id)).not.toContain(item.id);
    expect(listed.unread).toEqual(archived.body.unread);
    const archive = (await app.call('GET', '/api/notifications/inbox?status=archived&limit=100', officer)).body;
    expect(archive.items.map((i: Json) => i.id)).toContain(item.id);
    expect(archive.items.every((i: Json) => i.archived)).toBe(true);
    // Read-all leaves archived items as they are.
    await app.call('POST', '/api/notifications/inbox/read-all', officer, {});
    const back = await app.call('POST', `/api/notifications/inbox/${item.id}/unarchive`, officer);
    expect(back.body).toMatchObject({ item: { read: false, archived: false }, unread: { unit: 1, total: 1 } });
  });

  it('refuses a caller without a token before any stream starts', async () => {
    const anonymous = await fetch(`${app.url}/api/notifications/stream`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as Json).error.code).toBe('UNAUTHENTICATED');
  });
});

describe('the inbox stream across instances (Redis pub/sub)', () => {
  let database: TestDatabase;
  let first: NotificationTestApp;
  let second: NotificationTestApp;
  const prefix = uniquePrefix('inbox-replicas');

  beforeAll(async () => {
    database = await createTestDatabase('notification_inbox_replicas');
    const options = { database: { url: database.url }, redisUrl: TEST_REDIS_URL, redisPrefix: prefix, msPerWorkingDay: 1000 };
    first = await NotificationTestApp.start(options);
    second = await NotificationTestApp.start({ ...options, rescheduleOnStart: false });
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await database?.drop();
    await deleteRedisKeys(prefix);
  });

  it('tells a stream on one instance of an item added and read through the other', async () => {
    const reader = await stream(second, officer);
    try {
      expect(await reader.next()).toEqual({ unit: 0, user: 0, total: 0 });
      // The event reaches the first instance only (its own bus): the second hears of it through Redis.
      await newNotice(first);
      expect(await reader.next()).toEqual({ unit: 1, user: 0, total: 1 });
      const [item] = (await first.call('GET', '/api/notifications/inbox', officer)).body.items as Json[];
      await first.call('POST', `/api/notifications/inbox/${item.id}/read`, officer);
      expect(await reader.next()).toEqual({ unit: 0, user: 0, total: 0 });
    } finally {
      reader.close();
    }
  });

  it('ends its streams when the instance shuts down, so that shutting down never waits for them', async () => {
    const third = await NotificationTestApp.start({ database: { url: database.url }, redisUrl: TEST_REDIS_URL, redisPrefix: prefix, msPerWorkingDay: 1000, rescheduleOnStart: false });
    const reader = await stream(third, officer);
    await reader.next();
    await third.close();
    await reader.untilEnded();
  });
});
