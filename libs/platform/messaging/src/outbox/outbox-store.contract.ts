import { randomUUID } from 'node:crypto';
import type { Database } from '@scq/platform-persistence';
import type { OutboxMessage, OutboxStore } from './outbox-store.port';

function message(key: string, n: number): OutboxMessage {
  return { id: randomUUID(), topic: 'registry.scenario.v1', key, eventType: 'registry.scenario.registered', payload: JSON.stringify({ n }), headers: { n: String(n) } };
}

/** One contract for every OutboxStore adapter. `open` gives a database migrated with the messaging tables. */
export function describeOutboxStoreContract(adapterName: string, open: () => Promise<{ db: Database; store: OutboxStore }>): void {
  describe(`OutboxStore contract: ${adapterName}`, () => {
    let db: Database;
    let store: OutboxStore;

    beforeAll(async () => ({ db, store } = await open()));
    afterAll(() => db.close());
    beforeEach(() => db.query(`DELETE FROM ${db.schema}.outbox`));

    it('keeps a message only if its transaction commits', async () => {
      await db.transaction((tx) => store.append(tx, [message('a', 1), message('a', 2)]));
      await expect(
        db.transaction(async (tx) => {
          await store.append(tx, [message('a', 3)]);
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await store.unsentCount()).toBe(2);
    });

    it('claims oldest first with payload and headers intact, and forgets what was sent', async () => {
      const sent = [message('a', 1), message('b', 2), message('a', 3)];
      await db.transaction((tx) => store.append(tx, sent));
      const claimed = await store.claim('r1', 10, 30_000);
      expect(claimed.map((m) => m.id)).toEqual(sent.map((m) => m.id));
      expect(claimed[0]).toMatchObject({ topic: 'registry.scenario.v1', key: 'a', payload: '{"n":1}', headers: { n: '1' }, attempts: 1 });
      await store.markSent('r1', claimed.map((m) => m.id));
      expect(await store.unsentCount()).toBe(0);
      expect(await store.claim('r1', 10, 30_000)).toEqual([]);
    });

    it('never hands a key to a second relay while an earlier message of that key is in flight', async () => {
      const [a1, a2, b1] = [message('a', 1), message('a', 2), message('b', 1)];
      await db.transaction((tx) => store.append(tx, [a1]));
      const first = await store.claim('relay-1', 10, 30_000);
      await db.transaction((tx) => store.append(tx, [a2, b1]));
      const second = await store.claim('relay-2', 10, 30_000);
      expect(first.map((m) => m.id)).toEqual([a1.id]);
      expect(second.map((m) => m.id)).toEqual([b1.id]);
      await store.markSent('relay-1', [a1.id]);
      expect((await store.claim('relay-2', 10, 30_000)).map((m) => m.id)).toEqual([a2.id]);
    });

    it('gives a released or expired claim to the next relay, counting attempts', async () => {
      const m = message('k', 1);
      await db.transaction((tx) => store.append(tx, [m]));
      await store.claim('dead', 10, 30_000);
      await store.release('dead', [m.id], 'broker down');
      const retried = await store.claim('alive', 10, 50);
      expect(retried.map((x) => x.attempts)).toEqual([2]);
      await new Promise((resolve) => setTimeout(resolve, 120));
      const takenOver = await store.claim('other', 10, 30_000);
      expect(takenOver.map((x) => x.id)).toEqual([m.id]);
      // The relay whose lease expired cannot mark it sent any more.
      await store.markSent('alive', [m.id]);
      expect(await store.unsentCount()).toBe(1);
      await store.markSent('other', [m.id]);
      expect(await store.unsentCount()).toBe(0);
    });
  });
}
