import { afterCommit } from './after-commit';
import type { Database } from './database';

/** One contract for every Database adapter (PostgreSQL via pg, PGlite). */
export function describeDatabaseContract(adapterName: string, open: (schema: string) => Promise<Database>): void {
  describe(`Database contract: ${adapterName}`, () => {
    let db: Database;

    beforeAll(async () => {
      db = await open('contract');
      await db.query('CREATE TABLE IF NOT EXISTS contract.item (id text PRIMARY KEY, version int NOT NULL DEFAULT 1, big bigint)');
    });
    afterAll(() => db.close());
    beforeEach(() => db.query('DELETE FROM contract.item'));

    it('reports rows and row counts for every kind of statement', async () => {
      const inserted = await db.query('INSERT INTO contract.item (id, big) VALUES ($1, $2), ($3, $4) RETURNING id', ['a', '9007199254740993', 'b', '1']);
      expect(inserted.rowCount).toBe(2);
      expect(inserted.rows.map((r) => r.id).sort()).toEqual(['a', 'b']);
      const selected = await db.query<{ big: string }>('SELECT big FROM contract.item WHERE id = $1', ['a']);
      expect(selected.rows).toEqual([{ big: '9007199254740993' }]);
      const updated = await db.query('UPDATE contract.item SET version = version + 1 WHERE id = $1 AND version = $2', ['a', 1]);
      expect(updated.rowCount).toBe(1);
      const stale = await db.query('UPDATE contract.item SET version = version + 1 WHERE id = $1 AND version = $2', ['a', 1]);
      expect(stale.rowCount).toBe(0);
      const deleted = await db.query('DELETE FROM contract.item');
      expect(deleted.rowCount).toBe(2);
    });

    it('prepares a statement with parameters once per session and reuses it (the embedded adapter as PostgreSQL does)', async () => {
      const sql = 'SELECT id FROM contract.item WHERE id = $1 AND version >= $2';
      const prepared = await db.transaction(async (tx) => {
        await tx.query(sql, ['a', 1]);
        await tx.query(sql, ['b', 1]);
        return tx.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1', [sql]);
      });
      expect(prepared.rows).toEqual([{ n: 1 }]);
    });

    it('reports a failing statement with its code and goes on serving, in and out of a transaction', async () => {
      await expect(db.query('SELECT missing_column FROM contract.item WHERE id = $1', ['a'])).rejects.toMatchObject({ code: '42703' });
      await expect(db.query('INSERT INTO contract.item (id) VALUES ($1)', ['dup']).then(() => db.query('INSERT INTO contract.item (id) VALUES ($1)', ['dup']))).rejects.toMatchObject({ code: '23505' });
      await expect(
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO contract.item (id) VALUES ($1)', ['rolled-back']);
          await tx.query('SELECT missing_column FROM contract.item WHERE id = $1', ['a']);
        }),
      ).rejects.toMatchObject({ code: '42703' });
      const { rows } = await db.query<{ id: string }>('SELECT id FROM contract.item WHERE id = ANY($1::text[]) ORDER BY id', [['dup', 'rolled-back']]);
      expect(rows).toEqual([{ id: 'dup' }]);
    });

    it('returns values in the same shapes on every adapter', async () => {
      const at = new Date('2026-12-07T06:30:00.123Z');
      const { rows } = await db.query<Record<string, unknown>>(
        `SELECT $1::timestamptz AS at, $2::jsonb AS doc, 1.50::numeric AS amount, 9007199254740993::bigint AS big, 42 AS small,
                ARRAY['x', 'y'] AS list, true AS flag, NULL::text AS nothing`,
        [at, JSON.stringify({ a: [1, { b: '评' }] })],
      );
      expect(rows).toEqual([{ at, doc: { a: [1, { b: '评' }] }, amount: '1.50', big: '9007199254740993', small: 42, list: ['x', 'y'], flag: true, nothing: null }]);
      expect(rows[0].at).toBeInstanceOf(Date);
    });

    it('commits a transaction as one and rolls it back as one', async () => {
      await db.transaction(async (tx) => {
        await tx.query("INSERT INTO contract.item (id) VALUES ('kept')");
      });
      await expect(
        db.transaction(async (tx) => {
          await tx.query("INSERT INTO contract.item (id) VALUES ('lost')");
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const { rows } = await db.query<{ id: string }>('SELECT id FROM contract.item ORDER BY id');
      expect(rows.map((r) => r.id)).toEqual(['kept']);
    });

    it('runs after-commit callbacks once the unit of work committed, and never after a rollback', async () => {
      const seen: string[] = [];
      await db.transaction(async (tx) => {
        await tx.query("INSERT INTO contract.item (id) VALUES ('committed')");
        afterCommit(tx, () => seen.push('committed'));
        // Not yet: the row is not visible outside the transaction.
        expect(seen).toEqual([]);
      });
      expect(seen).toEqual(['committed']);
      await expect(
        db.transaction(async (tx) => {
          afterCommit(tx, () => seen.push('rolled back'));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      // Outside a unit of work each statement commits by itself: the callback runs at once (next microtask).
      afterCommit(db, () => seen.push('autocommit'));
      await Promise.resolve();
      expect(seen).toEqual(['committed', 'autocommit']);
    });

    it("never lets one transaction's rollback undo another's commit when they overlap", async () => {
      let releaseFailing!: () => void;
      const failingMayFinish = new Promise<void>((resolve) => (releaseFailing = resolve));
      const failing = db.transaction(async (tx) => {
        await tx.query("INSERT INTO contract.item (id) VALUES ('rolled-back')");
        await failingMayFinish;
        throw new Error('rollback');
      });
      const committing = db.transaction(async (tx) => {
        await tx.query("INSERT INTO contract.item (id) VALUES ('committed')");
      });
      setTimeout(releaseFailing, 20);
      await expect(failing).rejects.toThrow('rollback');
      await committing;
      const { rows } = await db.query<{ id: string }>('SELECT id FROM contract.item ORDER BY id');
      expect(rows.map((r) => r.id)).toEqual(['committed']);
    });

    it('keeps every increment when many transactions run at once', async () => {
      await db.query("INSERT INTO contract.item (id, version) VALUES ('counter', 0)");
      await Promise.all(
        Array.from({ length: 25 }, () =>
          db.transaction((tx) => tx.query("UPDATE contract.item SET version = version + 1 WHERE id = 'counter'")),
        ),
      );
      const { rows } = await db.query<{ version: number }>("SELECT version FROM contract.item WHERE id = 'counter'");
      expect(rows[0].version).toBe(25);
    });
  });
}
