import { openPGliteSession, type PGliteSession } from './pglite-session';

describe('PGliteSession (the embedded database’s one session)', () => {
  let session: PGliteSession;

  beforeAll(async () => {
    session = await openPGliteSession('memory://');
  });

  afterAll(async () => {
    await session?.releaseRef();
  });

  it('hands the session to the next holder on a macrotask, so the event loop (incoming requests, timers) runs between queued units of work', async () => {
    const order: string[] = [];
    await session.acquire();
    const units = Array.from({ length: 20 }, (_, i) =>
      session.acquire().then(async () => {
        order.push(`unit ${i}`);
        if (i === 0) setImmediate(() => order.push('event loop'));
        await session.db.query('SELECT 1');
        session.release();
      }),
    );
    session.release();
    await Promise.all(units);
    // PGlite's queries never yield to the event loop; chained in microtasks, all twenty units ran before it got a turn.
    expect(order.slice(0, 3)).toContain('event loop');
    expect(order.filter((entry) => entry.startsWith('unit'))).toEqual(Array.from({ length: 20 }, (_, i) => `unit ${i}`));
  });
});
