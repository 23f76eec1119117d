/**
 * npm run bench:engine — transitions/s and p50/p99 latency through the lifecycle runner on real PostgreSQL
 * at concurrency 1, 8 and 32, beside the ceiling: the same SQL statements (select; version-checked update
 * with its history insert in one statement; outbox insert; in one transaction) as a raw prepared-statement
 * loop on `pg`, in the same run.
 */
import { randomUUID } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import { setup } from 'xstate';
import { chainKey, HistoryChainKeys, LifecycleCatalog, LifecycleRunner, SqlLifecycleStore, lifecycleMigrations, xstateLifecycle, type Actor, type RunnableLifecycle } from '@scq/platform-lifecycle';
import { messagingMigrations, SqlOutboxStore } from '@scq/platform-messaging';
import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase } from '@scq/platform-testing';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,8,32').split(',').map(Number);
const INSTANCES_PER_WORKER = 50;

/** What one run measures (bench:http reuses it for the ceiling it prints beside the HTTP path). */
export interface EngineBenchOptions {
  seconds: number;
  concurrency: number[];
}

const toggle = xstateLifecycle<{ unit: string }>({
  id: 'bench-toggle',
  version: 1,
  machine: setup({ types: { events: {} as { type: 'flip' } } }).createMachine({ id: 'bench-toggle', initial: 'a', states: { a: { on: { flip: 'b' } }, b: { on: { flip: 'a' } } } }),
  authorize: (actor, _type, subject) => (actor.unit === subject.unit ? { allowed: true } : { allowed: false, reason: 'scope' }),
});
const BENCH_UNIT = '市发展改革委';
const actor: Actor = { id: 'bench', roles: ['officer'], unit: BENCH_UNIT, organisation: null, district: null };

export interface Figures {
  label: string;
  concurrency: number;
  perSecond: number;
  p50: number;
  p99: number;
}

async function measure(label: string, concurrency: number, instanceIds: string[], step: (instanceId: string) => Promise<void>, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      const mine = instanceIds.slice(worker * INSTANCES_PER_WORKER, (worker + 1) * INSTANCES_PER_WORKER);
      for (let i = 0; performance.now() < deadline; i++) {
        const started = performance.now();
        await step(mine[i % mine.length]);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { label, concurrency, perSecond: latencies.length / seconds, p50: pick(0.5), p99: pick(0.99) };
}

async function seed(db: Database, runner: LifecycleRunner, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const started = await db.transaction((tx) => runner.start(tx, { machineId: toggle.id, subjectId: randomUUID(), subject: { unit: BENCH_UNIT }, input: {}, actor, correlationId: 'bench' }));
    if (!started) throw new Error('seed instance not started');
    ids.push(started.instance.id);
  }
  return ids;
}

/** The ceiling: the engine's statements, hand-written, prepared, on one pooled pg client per transaction. */
function rawTransition(pool: Pool) {
  return async (instanceId: string) => {
    const client: PoolClient = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query({ name: 'raw-find', text: 'SELECT * FROM bench.lifecycle_instance WHERE id = $1', values: [instanceId] });
      const { version, history_length: length } = rows[0] as { version: number; history_length: number };
      const hash = randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '');
      const stage = version % 2 ? 'b' : 'a';
      const moved = await client.query({
        name: 'raw-transition',
        text: `WITH moved AS (
                 UPDATE bench.lifecycle_instance SET machine_version = 1, stage = $2, snapshot = $3::jsonb, version = $4, history_length = $5, history_head = $6, updated_at = now()
                  WHERE id = $1 AND version = $7 RETURNING id)
               INSERT INTO bench.lifecycle_history (instance_id, sequence, kind, machine_id, machine_version, from_stage, to_stage, event, actor, reason, correlation_id, occurred_at, previous_hash, hash)
               SELECT id, $8, 'transition', 'bench-toggle', 1, 'a', $2, '{"type":"flip"}', '{"id":"bench","roles":["officer"],"unit":"u"}', NULL, 'bench', now(), $9, $6 FROM moved`,
        values: [instanceId, stage, JSON.stringify({ value: stage, context: {} }), version + 1, length + 1, hash, version, length, 'prev'],
      });
      if (moved.rowCount !== 1) throw new Error('lost race');
      await client.query({
        name: 'raw-outbox',
        text: `INSERT INTO bench.outbox (id, topic, message_key, event_type, payload, headers) VALUES ($1, 'workflow.scenario.v1', $2, 'workflow.scenario.stage-changed', $3, '{}'::jsonb)`,
        values: [randomUUID(), instanceId, '{"bench":true}'],
      });
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}

function engineTransition(db: Database, runner: LifecycleRunner, outbox: SqlOutboxStore) {
  return (instanceId: string) =>
    db.transaction(async (tx) => {
      const result = await runner.send(tx, { instanceId, event: { type: 'flip' }, actor, correlationId: 'bench' });
      if (!result.changed) throw new Error('did not transition');
      await outbox.append(tx, [{ id: randomUUID(), topic: 'workflow.scenario.v1', key: instanceId, eventType: 'workflow.scenario.stage-changed', payload: JSON.stringify({ stage: result.instance.stage }), headers: {} }]);
    });
}

/** The lifecycle runner beside its raw-statement ceiling, per concurrency, on a fresh database (dropped after). */
export async function measureEngine({ seconds, concurrency: levels }: EngineBenchOptions): Promise<{ serverVersion: string; rows: Array<{ engine: Figures; raw: Figures }> }> {
  const database = await createTestDatabase('bench_engine');
  const maxConcurrency = Math.max(...levels);
  const db = await openDatabase({ schema: 'bench', url: database.url, poolSize: maxConcurrency, migrations: [...messagingMigrations('bench'), ...lifecycleMigrations('bench')] });
  const pool = new Pool({ connectionString: database.url, max: maxConcurrency });
  // Dropping the database at the end ends whatever connection is still closing: nothing to report then.
  pool.on('error', () => undefined);
  try {
    const store = new SqlLifecycleStore('bench');
    const runner = new LifecycleRunner(store, new LifecycleCatalog([toggle as RunnableLifecycle<never>]), new HistoryChainKeys(chainKey(randomUUID())));
    const outbox = new SqlOutboxStore(db, 'bench');
    const engineIds = await seed(db, runner, maxConcurrency * INSTANCES_PER_WORKER);
    const rawIds = await seed(db, runner, maxConcurrency * INSTANCES_PER_WORKER);
    const rows: Array<{ engine: Figures; raw: Figures }> = [];
    for (const concurrency of levels) {
      await measure('warm-up', concurrency, engineIds, engineTransition(db, runner, outbox), seconds);
      const raw = await measure('raw pg (prepared)', concurrency, rawIds, rawTransition(pool), seconds);
      const engine = await measure('lifecycle runner', concurrency, engineIds, engineTransition(db, runner, outbox), seconds);
      rows.push({ engine, raw });
    }
    return { serverVersion: (await db.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version, rows };
  } finally {
    await pool.end();
    await db.close();
    await database.drop();
  }
}

async function main(): Promise<void> {
  const { serverVersion, rows } = await measureEngine({ seconds: SECONDS, concurrency: CONCURRENCY });
  console.log(`\nLifecycle engine benchmark — ${SECONDS} s per figure, PostgreSQL ${serverVersion}, Node ${process.version}`);
  console.log('concurrency | runner tx/s | runner p50 ms | runner p99 ms | ceiling tx/s | ceiling p50 ms | ceiling p99 ms | runner/ceiling');
  for (const { engine, raw } of rows) {
    console.log(
      [engine.concurrency, engine.perSecond.toFixed(0), engine.p50.toFixed(2), engine.p99.toFixed(2), raw.perSecond.toFixed(0), raw.p50.toFixed(2), raw.p99.toFixed(2), `${((engine.perSecond / raw.perSecond) * 100).toFixed(0)}%`]
        .map(String)
        .join(' | '),
    );
  }
}

// Run directly (npm run bench:engine); imported (bench:http), only measureEngine is used.
if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
