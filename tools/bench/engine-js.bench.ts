/**
 * `node -r ./tools/register.js tools/bench/engine-js.bench.ts` — the lifecycle engine's own JavaScript per transition,
 * without a database or a driver: `runner.send` with its outbox rows (as bench:engine runs it) against an executor that
 * answers the instance read with a stored row and the write with "won". What it prints is the Node CPU time
 * (user + system) per transition, for comparing changes to the engine's code; bench:engine is the figure that counts.
 * BENCH_TRANSITIONS (per round, default 20,000), BENCH_ROUNDS (default 5; the median is printed last).
 */
import { randomUUID } from 'node:crypto';
import { setup } from 'xstate';
import { chainKey, HistoryChainKeys, LifecycleCatalog, LifecycleRunner, SqlLifecycleStore, xstateLifecycle, type Actor, type ChangedTransition, type RunnableLifecycle } from '@scq/platform-lifecycle';
import { SqlOutboxStore } from '@scq/platform-messaging';
import type { Database, QueryResult, SqlExecutor } from '@scq/platform-persistence';

const TRANSITIONS = Number(process.env.BENCH_TRANSITIONS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const toggle = xstateLifecycle<{ unit: string }>({
  id: 'bench-toggle',
  version: 1,
  machine: setup({ types: { events: {} as { type: 'flip' } } }).createMachine({ id: 'bench-toggle', initial: 'a', states: { a: { on: { flip: 'b' } }, b: { on: { flip: 'a' } } } }),
  authorize: (actor, _type, subject) => (actor.unit === subject.unit ? { allowed: true } : { allowed: false, reason: 'scope' }),
});
const actor: Actor = { id: 'bench', roles: ['officer'], unit: '市发展改革委', organisation: null, district: null };

/** What PostgreSQL answers, as the pg driver hands it over: a fresh row per read (the driver parses one per query). */
const storedRow = () => ({
  id: '00000000-0000-4000-8000-000000000001',
  machine_id: 'bench-toggle',
  machine_version: 1,
  subject_id: 'subject',
  subject: { unit: actor.unit },
  stage: 'a',
  snapshot: { value: 'a', context: {} },
  version: 3,
  history_length: 3,
  history_head: 'f'.repeat(64),
  created_at: new Date(),
  updated_at: new Date(),
});
const executor: SqlExecutor = {
  query: async <T>(sql: string): Promise<QueryResult<T>> => (sql.startsWith('SELECT *') ? { rows: [storedRow() as T], rowCount: 1 } : { rows: [{ won: 1 } as T], rowCount: 1 }),
};

async function main(): Promise<void> {
  const runner = new LifecycleRunner(new SqlLifecycleStore('bench'), new LifecycleCatalog([toggle as RunnableLifecycle<never>]), new HistoryChainKeys(chainKey(randomUUID())));
  // guardedAppend only builds SQL and parameters; the database handle is not used by it.
  const outbox = new SqlOutboxStore({ engine: 'postgres' } as Database, 'bench');
  const options = {
    outbox: (t: ChangedTransition<unknown>) =>
      outbox.guardedAppend([{ id: randomUUID(), topic: 'workflow.scenario.v1', key: t.instance.id, eventType: 'workflow.scenario.stage-changed', payload: JSON.stringify({ stage: t.instance.stage }), headers: {} }]),
  };
  const command = { instanceId: '00000000-0000-4000-8000-000000000001', event: { type: 'flip' }, actor, correlationId: 'bench' };
  const perTransition: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const cpu = process.cpuUsage();
    for (let i = 0; i < TRANSITIONS; i++) await runner.send(executor, command, options);
    const used = process.cpuUsage(cpu);
    // Round 0 warms the JIT up and is not counted.
    if (round > 0) perTransition.push((used.user + used.system) / TRANSITIONS);
  }
  console.log(`engine JS per transition (µs CPU), ${ROUNDS} rounds of ${TRANSITIONS}: ${perTransition.map((v) => v.toFixed(1)).join(', ')}`);
  console.log(`median ${[...perTransition].sort((a, b) => a - b)[Math.floor(perTransition.length / 2)].toFixed(1)} µs`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
