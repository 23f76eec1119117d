import { randomUUID } from 'node:crypto';
import { setup } from 'xstate';
import { messagingMigrations, SqlOutboxStore, type OutboxMessage } from '@scq/platform-messaging';
import { openDatabase, type Database, type SqlExecutor } from '@scq/platform-persistence';
import { createTestDatabase, eventually, slowTimeout, type TestDatabase } from '@scq/platform-testing';
import { chainKey, HistoryChainKeys } from './history-chain';
import { LifecycleCatalog, type Actor, type RunnableLifecycle } from './lifecycle-definition';
import { lifecycleMigrations } from './lifecycle.migration';
import { LifecycleRunner, type ChangedTransition } from './lifecycle.runner';
import { auditInstance } from './lifecycle.audit';
import { SqlLifecycleStore } from './sql-lifecycle.store';
import { xstateLifecycle } from './xstate-lifecycle';

jest.setTimeout(slowTimeout(2));

/**
 * `runner.send(tx, command, { outbox })` (issue 17): the transition's outbox rows are written by its own version-checked
 * statement, so they commit with it, roll back with it, and are never written by the transition that loses a race.
 */
const toggle = xstateLifecycle<{ unit: string }>({
  id: 'toggle',
  version: 1,
  machine: setup({ types: { events: {} as { type: 'flip' } } }).createMachine({ id: 'toggle', initial: 'a', states: { a: { on: { flip: 'b' } }, b: { on: { flip: 'a' } } } }),
  authorize: () => ({ allowed: true }),
});
const actor: Actor = { id: 'officer-1', roles: ['officer'], unit: '市经济信息委', organisation: null, district: null };
const keys = new HistoryChainKeys(chainKey('transition-outbox-int-spec-history-chain-key-0123'));
const schema = 'engine_outbox';

/** Three rows per transition, named after the stage it reached, to check their order and content. */
function messagesOf(transition: ChangedTransition<unknown>): OutboxMessage[] {
  return ['first', 'second', 'third'].map((n) => ({
    id: randomUUID(),
    topic: 'workflow.scenario.v1',
    key: transition.instance.id,
    eventType: `${n}.${transition.instance.stage}`,
    payload: JSON.stringify({ n, sequence: transition.entry.sequence }),
    headers: { n },
    traceContext: n === 'first' ? { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' } : null,
  }));
}

describe.each([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('a transition writing its outbox rows itself, on %s', (_name, engine) => {
  let postgres: TestDatabase | null = null;
  let db: Database;
  let outbox: SqlOutboxStore;
  let commits = 0;
  const store = new SqlLifecycleStore(schema);
  const runner = new LifecycleRunner(store, new LifecycleCatalog([toggle as RunnableLifecycle<never>]), keys);
  const withOutbox = { outbox: (transition: ChangedTransition<unknown>) => outbox.guardedAppend(messagesOf(transition)) };

  beforeAll(async () => {
    postgres = engine === 'postgres' ? await createTestDatabase('transition_outbox') : null;
    db = await openDatabase({ schema, ...(postgres ? { url: postgres.url } : { pgliteDataDir: 'memory://' }), migrations: [...messagingMigrations(schema), ...lifecycleMigrations(schema)] });
    outbox = new SqlOutboxStore(db, schema);
    outbox.whenCommitted(() => commits++);
  });
  afterAll(async () => {
    await db?.close();
    await postgres?.drop();
  });

  async function started() {
    const result = await db.transaction((tx) => runner.start(tx, { machineId: 'toggle', subjectId: randomUUID(), subject: { unit: actor.unit ?? '' }, input: {}, actor, correlationId: 'c' }));
    if (!result?.changed) throw new Error('not started');
    return result.instance;
  }

  const rowsOf = async (instanceId: string) =>
    (
      await db.query<{ id: string; event_type: string; payload: string; headers: Record<string, string>; trace_context: Record<string, string> | null }>(
        `SELECT id, event_type, payload, headers, trace_context FROM ${schema}.outbox WHERE message_key = $1 ORDER BY seq`,
        [instanceId],
      )
    ).rows;

  it('writes the rows in the transition statement itself, in order, with their ids, and wakes the relay after the commit', async () => {
    const instance = await started();
    const statements: string[] = [];
    let sent: OutboxMessage[] = [];
    const before = commits;
    await db.transaction(async (tx) => {
      // Counted on the transaction itself: it stays the unit of work whose commit wakes the relay.
      const query = tx.query.bind(tx);
      (tx as SqlExecutor).query = ((sql: string, params?: readonly unknown[]) => (statements.push(sql), query(sql, params))) as SqlExecutor['query'];
      const result = await runner.send(tx, { instanceId: instance.id, event: { type: 'flip' }, actor, correlationId: 'c' }, {
        outbox: (transition) => {
          sent = messagesOf(transition);
          return outbox.guardedAppend(sent);
        },
      });
      expect(result.changed).toBe(true);
      // Not before the commit: the relay must not look for rows it cannot see yet.
      expect(commits).toBe(before);
    });
    await eventually(async () => (commits === before + 1 ? true : undefined));
    // The load and one write (instance, history, outbox): no statement of the outbox's own.
    expect(statements).toHaveLength(2);
    const rows = await rowsOf(instance.id);
    expect(rows.map((row) => row.id)).toEqual(sent.map((m) => m.id));
    expect(rows.map((row) => row.event_type)).toEqual(['first.b', 'second.b', 'third.b']);
    expect(rows[0]).toMatchObject({ payload: JSON.stringify({ n: 'first', sequence: 1 }), headers: { n: 'first' }, trace_context: sent[0].traceContext });
    expect(rows[1].trace_context).toBeNull();
    expect(await store.find(db, instance.id)).toMatchObject({ stage: 'b', version: 2, historyLength: 2 });
    expect((await auditInstance(db, runner, (await store.find(db, instance.id))!)).ok).toBe(true);
  });

  it('leaves neither the transition nor its rows when the transaction rolls back, and does not wake the relay', async () => {
    const instance = await started();
    const before = commits;
    await expect(
      db.transaction(async (tx) => {
        await runner.send(tx, { instanceId: instance.id, event: { type: 'flip' }, actor, correlationId: 'c' }, withOutbox);
        throw new Error('the use case failed after the transition');
      }),
    ).rejects.toThrow('the use case failed');
    expect(await rowsOf(instance.id)).toEqual([]);
    expect(await store.find(db, instance.id)).toMatchObject({ stage: 'a', version: 1, historyLength: 1 });
    expect(await store.historyOf(db, instance.id)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(commits).toBe(before);
  });

  it('writes a transition without messages as before (no rows)', async () => {
    const instance = await started();
    await db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'flip' }, actor, correlationId: 'c' }, { outbox: () => outbox.guardedAppend([]) }));
    expect(await rowsOf(instance.id)).toEqual([]);
    expect(await store.find(db, instance.id)).toMatchObject({ stage: 'b', version: 2 });
  });

  it('writes no rows alongside a stale write even when the caller carries on and commits', async () => {
    const instance = await started();
    const stale = await db.transaction(async (tx) => {
      const current = (await store.find(tx, instance.id))!;
      const entry = { ...(await store.historyOf(tx, instance.id))[0], sequence: 1, previousHash: current.historyHead, hash: 'f'.repeat(64) };
      const messages = messagesOf({ changed: true, instance: current, entry, actions: [], stageLabel: null });
      return store.recordTransition(tx, { ...current, version: 2 }, current.version + 7, entry, outbox.guardedAppend(messages));
    });
    expect(stale).toBe(false);
    expect(await rowsOf(instance.id)).toEqual([]);
    expect(await store.historyOf(db, instance.id)).toHaveLength(1);
  });

  if (engine === 'postgres') {
    it('writes no rows for the transition that loses a race at its write: exactly the winner’s rows commit', async () => {
      const instance = await started();
      let loser: Promise<unknown> | null = null;
      const winnerRows: string[] = [];
      const loserRows: string[] = [];
      await db.transaction(async (tx) => {
        await runner.send(tx, { instanceId: instance.id, event: { type: 'flip' }, actor, correlationId: 'winner' }, {
          outbox: (transition) => {
            const messages = messagesOf(transition);
            winnerRows.push(...messages.map((m) => m.id));
            return outbox.guardedAppend(messages);
          },
        });
        // The other transition loads version 1 (the winner has not committed) and then waits on the row lock in its write.
        loser = db.transaction((other) =>
          runner.send(other, { instanceId: instance.id, event: { type: 'flip' }, actor, correlationId: 'loser' }, {
            outbox: (transition) => {
              const messages = messagesOf(transition);
              loserRows.push(...messages.map((m) => m.id));
              return outbox.guardedAppend(messages);
            },
          }),
        );
        await eventually(async () => {
          const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%lifecycle_instance%'`);
          return rows[0].n === 1 ? true : undefined;
        });
      });
      await expect(loser).rejects.toMatchObject({ code: 'CONCURRENT_TRANSITION' });
      // The loser did reach its write with rows of its own: they were never written.
      expect(loserRows).toHaveLength(3);
      expect((await rowsOf(instance.id)).map((row) => row.id)).toEqual(winnerRows);
      expect(await store.find(db, instance.id)).toMatchObject({ stage: 'b', version: 2, historyLength: 2 });
      expect((await store.historyOf(db, instance.id)).map((entry) => entry.correlationId)).toEqual(['c', 'winner']);
    });
  }
});
