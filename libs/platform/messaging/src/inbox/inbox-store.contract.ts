import type { Database } from '@scq/platform-persistence';
import type { InboxStore } from './inbox-store.port';

/** One contract for every InboxStore adapter. */
export function describeInboxStoreContract(adapterName: string, open: () => Promise<{ db: Database; store: InboxStore }>): void {
  describe(`InboxStore contract: ${adapterName}`, () => {
    let db: Database;
    let store: InboxStore;

    beforeAll(async () => ({ db, store } = await open()));
    afterAll(() => db.close());

    const entry = (messageId: string, consumer = 'c1') => ({ messageId, consumer, topic: 'registry.scenario.v1', eventType: 'registry.scenario.registered', status: 'processed' as const });

    it('records a message once per consumer', async () => {
      expect(await db.transaction((tx) => store.record(tx, entry('m1')))).toBe(true);
      expect(await db.transaction((tx) => store.record(tx, entry('m1')))).toBe(false);
      expect(await db.transaction((tx) => store.record(tx, entry('m1', 'c2')))).toBe(true);
      expect(await store.status(db, 'm1', 'c1')).toBe('processed');
    });

    it('forgets the record when the handler transaction rolls back', async () => {
      await expect(
        db.transaction(async (tx) => {
          await store.record(tx, entry('m2'));
          throw new Error('handler failed');
        }),
      ).rejects.toThrow('handler failed');
      expect(await store.status(db, 'm2', 'c1')).toBeNull();
    });

    it('keeps dead-lettered messages apart from processed ones, and forgets only those for a replay', async () => {
      await db.transaction((tx) => store.record(tx, { ...entry('m3'), status: 'dead-lettered' }));
      expect(await store.status(db, 'm3', 'c1')).toBe('dead-lettered');
      expect(await db.transaction((tx) => store.forgetDeadLetter(tx, 'm1', 'c1'))).toBe(false);
      expect(await store.status(db, 'm1', 'c1')).toBe('processed');
      expect(await db.transaction((tx) => store.forgetDeadLetter(tx, 'm3', 'c1'))).toBe(true);
      expect(await store.status(db, 'm3', 'c1')).toBeNull();
      expect(await db.transaction((tx) => store.record(tx, entry('m3')))).toBe(true);
    });
  });
}
