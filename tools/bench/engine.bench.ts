/**
 * npm run bench:engine — transitions/s and p50/p99 latency through the lifecycle runner on real PostgreSQL at
 * concurrency 1, 8 and 32, beside an honest ceiling: pgbench (a C client) running the same SQL statements (BEGIN;
 * SELECT the instance; one statement with the version-checked UPDATE, its history INSERT and the outbox INSERT; COMMIT)
 * with `-M prepared` at the same concurrency, writing the same columns with the same values bound as parameters
 * (tools/bench/engine-statements.ts); every pgbench slice is checked to have moved an instance per transaction. The two
 * run in alternating slices (engine, pgbench, engine, pgbench …) so both see the same noise on a shared machine; the ratio is printed per pair and as the median, with the median's
 * distribution-free 95 % interval (tools/bench/median-interval.ts: at least 6 pairs to reach 95 %, 15 for a tight one).
 * BENCH_SECONDS (per slice, default 4), BENCH_PAIRS (default 3), BENCH_CONCURRENCY (default 1,8,32),
 * BENCH_BEFORE=1 adds, in the same pairs, the statements before the outbox joined the write (runner and pgbench alike);
 * BENCH_RAW=1 adds, in each pair, the hand-written Node loop of the same statements (pg with no engine code: what a Node
 * client costs by itself, with its CPU time per transaction); BENCH_PGBENCH_EARLIER=1 adds pgbench on its script before
 * 2026-12-07, which wrote less than the runner (docs/benchmarks.md); BENCH_NOTIFY=0 drops the
 * outbox's NOTIFY trigger for the run (both sides).
 *
 * `measureEngineCeiling({ concurrency })` is the engine's figure alone, for other benchmarks (bench:http).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool, type PoolClient } from 'pg';
import { setup } from 'xstate';
import { actorFacts, chainKey, HistoryChainKeys, LifecycleCatalog, LifecycleRunner, SqlLifecycleStore, lifecycleMigrations, xstateLifecycle, type Actor, type ChangedTransition, type RunnableLifecycle } from '@scq/platform-lifecycle';
import { messagingMigrations, SqlOutboxStore, type OutboxMessage } from '@scq/platform-messaging';
import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase } from '@scq/platform-testing';
import { pgbenchDefinitions, pgbenchValues, RAW_OUTBOX_FIRST, RAW_VALUES, rawTransitionParams, transitionWrite } from './engine-statements';
import { medianInterval } from './median-interval';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,8,32').split(',').map(Number);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
const WITH_RAW = process.env.BENCH_RAW === '1';
/** BENCH_PGBENCH_EARLIER=1: also, in each pair, pgbench on its script before 2026-12-07 (lighter than the runner's statements). */
const WITH_EARLIER = process.env.BENCH_PGBENCH_EARLIER === '1';
/** BENCH_BEFORE=1: also the statements before issue 17's change (the outbox row as a statement of its own), in the same pairs. */
const WITH_BEFORE = process.env.BENCH_BEFORE === '1';
/** pgbench's threads: 1 by default, like the one Node thread it is compared with (on a busy machine the scheduler gives each thread its share). */
const PGBENCH_THREADS = Number(process.env.BENCH_PGBENCH_THREADS ?? 1);
const INSTANCES_PER_WORKER = 50;

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
  /** The Node process's CPU time (user + system) per transaction, µs: less at the mercy of a busy machine than tx/s (not for pgbench). */
  cpuMicros?: number;
  /** How many transactions the slice ran (pgbench's own count). */
  transactions?: number;
}

/** What other benchmarks read: transitions per second and latency percentiles in milliseconds. */
export interface EngineFigures {
  txPerSec: number;
  p50: number;
  p99: number;
}

async function measure(label: string, concurrency: number, instanceIds: string[], step: (instanceId: string) => Promise<void>, seconds = SECONDS): Promise<Figures> {
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
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
  const used = process.cpuUsage(cpu);
  return { label, concurrency, perSecond: latencies.length / seconds, p50: pick(0.5), p99: pick(0.99), cpuMicros: (used.user + used.system) / latencies.length };
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

/**
 * The engine's statements, hand-written, prepared, on one pooled pg client per transaction: what a Node client costs
 * with no engine code (no statechart, no keyed link: the next stage by the version's parity, a random hash). `joined`:
 * the runner's statements (BEGIN, SELECT, one write with the history and outbox rows, COMMIT); otherwise those before
 * issue 17's change (the outbox INSERT a statement of its own). The same columns and parameters as the runner's.
 */
function rawTransition(pool: Pool, joined: boolean, documents: TransitionDocuments) {
  const [write] = transitionWrite('bench', RAW_VALUES, joined);
  // Before the change, the outbox row went by a statement of its own: its parameters numbered from $1.
  const outboxInsert = transitionWrite('bench', { ...RAW_VALUES, outboxId: '$1', topic: '$2', messageKey: '$3', eventType: '$4', payload: '$5', headers: '$6' }, false)[1];
  return async (instanceId: string) => {
    const client: PoolClient = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query({ name: 'raw-find', text: 'SELECT * FROM bench.lifecycle_instance WHERE id = $1', values: [instanceId] });
      const row = rows[0] as { machine_id: string; machine_version: number; stage: string; version: number; history_length: number; history_head: string; subject: unknown };
      const stage = row.version % 2 ? 'b' : 'a';
      const values = rawTransitionParams({
        id: instanceId,
        machineId: row.machine_id,
        machineVersion: row.machine_version,
        from: row.stage,
        stage,
        snapshot: documents.snapshot[stage],
        version: row.version + 1,
        expectedVersion: row.version,
        historyLength: row.history_length + 1,
        sequence: row.history_length,
        hash: randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, ''),
        previousHash: row.history_head,
        occurredAt: new Date().toISOString(),
        event: documents.event,
        actor: documents.actor,
        keyId: documents.keyId,
        subject: JSON.stringify(row.subject),
        outboxId: randomUUID(),
        topic: STAGE_TOPIC,
        messageKey: instanceId,
        eventType: STAGE_CHANGED,
        payload: documents.payload[stage],
        headers: '{}',
      });
      const moved = await client.query({ name: joined ? 'raw-transition-joined' : 'raw-transition', text: write, values: joined ? values : values.slice(0, RAW_OUTBOX_FIRST) });
      if ((joined ? moved.rows.length : moved.rowCount) !== 1) throw new Error('lost race');
      if (!joined) await client.query({ name: 'raw-outbox', text: outboxInsert, values: values.slice(RAW_OUTBOX_FIRST) });
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}

const STAGE_TOPIC = 'workflow.scenario.v1';
const STAGE_CHANGED = 'workflow.scenario.stage-changed';
const stageChanged = (instanceId: string, stage: string): OutboxMessage => ({
  id: randomUUID(),
  topic: STAGE_TOPIC,
  key: instanceId,
  eventType: STAGE_CHANGED,
  payload: JSON.stringify({ stage }),
  headers: {},
});

/**
 * The runner's transition with its outbox row. `joined` (the production path since issue 17): the row rides in the
 * transition's own write (`send(tx, command, { outbox })`); otherwise a statement of its own (`outbox.append`), as before.
 */
function engineTransition(db: Database, runner: LifecycleRunner, outbox: SqlOutboxStore, joined: boolean) {
  if (joined) {
    const options = { outbox: (transition: ChangedTransition<unknown>) => outbox.guardedAppend([stageChanged(transition.instance.id, transition.instance.stage)]) };
    return (instanceId: string) =>
      db.transaction(async (tx) => {
        const result = await runner.send(tx, { instanceId, event: { type: 'flip' }, actor, correlationId: 'bench' }, options);
        if (!result.changed) throw new Error('did not transition');
      });
  }
  return (instanceId: string) =>
    db.transaction(async (tx) => {
      const result = await runner.send(tx, { instanceId, event: { type: 'flip' }, actor, correlationId: 'bench' });
      if (!result.changed) throw new Error('did not transition');
      await outbox.append(tx, [stageChanged(instanceId, result.instance.stage)]);
    });
}

/** The ids pgbench's client `c` works on: 50 per client, like the runner's workers, derived from a number it can compute. */
const PGBENCH_ID = (n: string) => `('00000000-0000-4000-8000-' || lpad(${n}::text, 12, '0'))::uuid`;

/**
 * The same statements as the runner's transition, for pgbench: the SELECT (its row into variables by \gset), then
 * `joined` (as the runner's `send(tx, command, { outbox })`) one statement: the version-checked UPDATE, its history
 * INSERT and the outbox INSERT guarded by the UPDATE's row; otherwise (as before issue 17's change) the UPDATE with its
 * history INSERT and a separate outbox INSERT. The outbox's NOTIFY trigger fires for both sides; COMMIT. The runner's
 * JSON documents come as `-D` variables (`pgbenchDocuments`); random 64-hex hashes are made by the server here.
 */
function pgbenchScript(joined: boolean): string {
  const write = transitionWrite('bench', pgbenchValues(PGBENCH_ID(':i')), joined).map((statement) => `${statement.replace(/\s*\n\s*/g, ' ')};`);
  return [`\\set i :client_id * ${INSTANCES_PER_WORKER} + random(0, ${INSTANCES_PER_WORKER - 1})`, 'BEGIN;', `SELECT * FROM bench.lifecycle_instance WHERE id = ${PGBENCH_ID(':i')} \\gset`, ...write, 'COMMIT;', ''].join('\n');
}

/**
 * pgbench's script until 2026-12-07, kept to show what it changed: lighter than the runner's write. It left out the
 * history's key_id and subject columns and wrote the event, actor and snapshot as constants (parsed once, when the
 * statement was prepared, where the runner's are parameters parsed on every transition).
 */
function earlierPgbenchScript(): string {
  const id = PGBENCH_ID(':i');
  const moved = `moved AS (UPDATE bench.lifecycle_instance SET machine_version = 1, stage = CASE WHEN :version % 2 = 1 THEN 'b' ELSE 'a' END, snapshot = '{"value":"b","context":{}}'::jsonb, version = :version + 1, history_length = :history_length + 1, history_head = md5(random()::text) || md5(random()::text), updated_at = now() WHERE id = ${id} AND version = :version RETURNING id)`;
  const history = `INSERT INTO bench.lifecycle_history (instance_id, sequence, kind, machine_id, machine_version, from_stage, to_stage, event, actor, reason, correlation_id, occurred_at, previous_hash, hash) SELECT id, :history_length, 'transition', 'bench-toggle', 1, 'a', 'b', '{"type":"flip"}', '{"id":"bench","roles":["officer"],"unit":"u"}', NULL, 'bench', now(), 'prev', md5(random()::text) || md5(random()::text) FROM moved`;
  const columns = 'id, topic, message_key, event_type, payload, headers, trace_context';
  const write = `WITH ${moved}, history AS (${history} RETURNING 1), alongside AS (INSERT INTO bench.outbox (${columns}) SELECT ${columns} FROM (VALUES (gen_random_uuid(), 'workflow.scenario.v1'::text, ${id}::text, 'workflow.scenario.stage-changed'::text, '{"bench": true}'::text, '{}'::jsonb, NULL::jsonb, 0)) AS m (${columns}, position) WHERE EXISTS (SELECT 1 FROM moved) ORDER BY position) SELECT 1 AS won FROM history;`;
  return [`\\set i :client_id * ${INSTANCES_PER_WORKER} + random(0, ${INSTANCES_PER_WORKER - 1})`, 'BEGIN;', `SELECT * FROM bench.lifecycle_instance WHERE id = ${id} \\gset`, write, 'COMMIT;', ''].join('\n');
}

/** The runner's JSON documents and constants for a transition of the bench machine, as it binds them. */
interface TransitionDocuments {
  snapshot: { a: string; b: string };
  payload: { a: string; b: string };
  event: string;
  actor: string;
  keyId: string;
}

function transitionDocuments(keyId: string): TransitionDocuments {
  const a = toggle.start({}).snapshot;
  const b = toggle.step(a, { type: 'flip' })?.snapshot;
  if (!b) throw new Error('the bench machine does not flip');
  return {
    snapshot: { a: JSON.stringify(a), b: JSON.stringify(b) },
    payload: { a: stageChanged('', 'a').payload, b: stageChanged('', 'b').payload },
    event: JSON.stringify({ type: 'flip' }),
    actor: JSON.stringify(actorFacts(actor)),
    keyId,
  };
}

/** pgbench's `-D` arguments: the documents under the names `pgbenchValues` uses. */
function pgbenchDocuments(documents: TransitionDocuments): string[] {
  return pgbenchDefinitions({
    snapshot_a: documents.snapshot.a,
    snapshot_b: documents.snapshot.b,
    payload_a: documents.payload.a,
    payload_b: documents.payload.b,
    event: documents.event,
    actor: documents.actor,
    key_id: documents.keyId,
    topic: STAGE_TOPIC,
    event_type: STAGE_CHANGED,
    headers: '{}',
  });
}

/** A pgbench slice, checked: each of its transactions must have moved its instance (a statement that matched no row would be cheap). */
async function checkedPgbenchSlice(db: Database, url: string, scriptFile: string, definitions: string[], concurrency: number, seconds: number): Promise<Figures> {
  const before = await pgbenchVersions(db);
  const figures = await pgbenchSlice(url, scriptFile, definitions, concurrency, seconds);
  const moved = (await pgbenchVersions(db)) - before;
  if (moved !== figures.transactions) throw new Error(`pgbench ran ${figures.transactions} transactions but moved instances ${moved} times`);
  return figures;
}

/** The sum of pgbench's instances' versions: it grows by one per transaction that moved one. */
async function pgbenchVersions(db: Database): Promise<number> {
  const { rows } = await db.query<{ total: string }>(`SELECT coalesce(sum(version), 0) AS total FROM bench.lifecycle_instance WHERE id::text LIKE '00000000-0000-4000-8000-%'`);
  return Number(rows[0].total);
}

/** pgbench's instances: copies of a started instance under ids the script computes (history continues from the copy's length). */
async function seedForPgbench(db: Database, template: string, count: number): Promise<void> {
  await db.query(
    `INSERT INTO bench.lifecycle_instance (id, machine_id, machine_version, subject_id, subject, stage, snapshot, version, history_length, history_head)
     SELECT ${PGBENCH_ID('n')}, machine_id, machine_version, gen_random_uuid()::text, subject, stage, snapshot, version, history_length, history_head
       FROM bench.lifecycle_instance, generate_series(0, $2::int - 1) n WHERE id = $1`,
    [template, count],
  );
}

/** One pgbench slice: `-M prepared -c N -T seconds`, every transaction's latency logged (-l) for p50/p99. */
async function pgbenchSlice(url: string, scriptFile: string, definitions: string[], concurrency: number, seconds: number): Promise<Figures & { transactions: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'scq-pgbench-'));
  try {
    const args = [...definitions, '-n', '-M', 'prepared', '-c', String(concurrency), '-j', String(PGBENCH_THREADS), '-T', String(seconds), '-f', scriptFile, '-l', '--log-prefix', join(dir, 'tx'), url];
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('pgbench', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.once('error', (error) => reject(new Error(`cannot run pgbench (apt-get install postgresql-client): ${error.message}`)));
      child.once('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`pgbench exited with ${code}:\n${text.slice(-2000)}`))));
    });
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output);
    if (!tps) throw new Error(`no tps in pgbench's output:\n${output.slice(-2000)}`);
    const latencies: number[] = [];
    for (const file of await readdir(dir)) {
      for (const line of (await readFile(join(dir, file), 'utf8')).split('\n')) {
        const micros = Number(line.split(' ')[2]);
        if (line && Number.isFinite(micros)) latencies.push(micros / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
    const processed = /number of transactions actually processed: (\d+)/.exec(output);
    return { label: 'pgbench', concurrency, perSecond: Number(tps[1]), p50: pick(0.5), p99: pick(0.99), transactions: Number(processed?.[1] ?? NaN) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A database ready for slices of the runner (and of pgbench, and of the raw loop) at up to `maxConcurrency`. */
export async function openEngineBench(maxConcurrency: number, options: { raw?: boolean } = {}): Promise<{
  /** `joined` (default): the outbox row in the transition's own write; false: a statement of its own (before issue 17's change). */
  engine(concurrency: number, seconds: number, joined?: boolean): Promise<Figures>;
  /** pgbench running the same statements as `engine` with the same `joined`. */
  pgbench(concurrency: number, seconds: number, joined?: boolean): Promise<Figures>;
  /** pgbench on its earlier, lighter script (BENCH_PGBENCH_EARLIER=1), the outbox in the write. */
  pgbenchEarlier(concurrency: number, seconds: number): Promise<Figures>;
  /** The hand-written Node loop of the same statements as `engine` with the same `joined` (BENCH_RAW=1). */
  raw(concurrency: number, seconds: number, joined?: boolean): Promise<Figures>;
  serverVersion(): Promise<string>;
  close(): Promise<void>;
  /** The bench's own database (its backends' CPU time is read by bench:http). */
  databaseUrl: string;
}> {
  const database = await createTestDatabase('bench_engine');
  const db = await openDatabase({ schema: 'bench', url: database.url, poolSize: maxConcurrency, migrations: [...messagingMigrations('bench'), ...lifecycleMigrations('bench')] });
  const pool = new Pool({ connectionString: database.url, max: maxConcurrency });
  // Dropping the bench database ends the raw loop's idle connections, which pg may still be closing after pool.end().
  pool.on('error', () => undefined);
  const scriptDir = await mkdtemp(join(tmpdir(), 'scq-pgbench-script-'));
  const scriptFile = (joined: boolean) => join(scriptDir, joined ? 'transition-joined.sql' : 'transition-separate.sql');
  try {
    await writeFile(scriptFile(true), pgbenchScript(true));
    await writeFile(scriptFile(false), pgbenchScript(false));
    await writeFile(join(scriptDir, 'earlier.sql'), earlierPgbenchScript());
    const store = new SqlLifecycleStore('bench');
    const keys = new HistoryChainKeys(chainKey(randomUUID()));
    const runner = new LifecycleRunner(store, new LifecycleCatalog([toggle as RunnableLifecycle<never>]), keys);
    const documents = transitionDocuments(keys.current.id);
    const outbox = new SqlOutboxStore(db, 'bench');
    const engineIds = await seed(db, runner, maxConcurrency * INSTANCES_PER_WORKER);
    const rawIds = (options.raw ?? WITH_RAW) ? await seed(db, runner, maxConcurrency * INSTANCES_PER_WORKER) : [];
    await seedForPgbench(db, engineIds[0], maxConcurrency * INSTANCES_PER_WORKER);
    // BENCH_NOTIFY=0: without the outbox's NOTIFY trigger, to see what waking the relay costs a commit.
    if (process.env.BENCH_NOTIFY === '0') await db.query('DROP TRIGGER outbox_notify ON bench.outbox');
    await db.query('VACUUM ANALYZE bench.lifecycle_instance');
    const joinedTransition = engineTransition(db, runner, outbox, true);
    const separateTransition = engineTransition(db, runner, outbox, false);
    return {
      engine: (concurrency, seconds, joined = true) => measure('lifecycle runner', concurrency, engineIds, joined ? joinedTransition : separateTransition, seconds),
      pgbench: (concurrency, seconds, joined = true) => checkedPgbenchSlice(db, database.url, scriptFile(joined), pgbenchDocuments(documents), concurrency, seconds),
      pgbenchEarlier: (concurrency, seconds) => checkedPgbenchSlice(db, database.url, join(scriptDir, 'earlier.sql'), [], concurrency, seconds),
      raw: (concurrency, seconds, joined = true) => measure('raw pg (prepared)', concurrency, rawIds, rawTransition(pool, joined, documents), seconds),
      databaseUrl: database.url,
      serverVersion: async () => (await db.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version,
      close: async () => {
        await rm(scriptDir, { recursive: true, force: true });
        await pool.end();
        await db.close();
        await database.drop();
      },
    };
  } catch (error) {
    await rm(scriptDir, { recursive: true, force: true });
    await pool.end();
    await db.close();
    await database.drop();
    throw error;
  }
}

/** The engine's transitions at `concurrency` (8 by default) on a database of its own, after a warm-up slice. */
export async function measureEngineCeiling(options: { concurrency?: number; seconds?: number } = {}): Promise<EngineFigures> {
  const concurrency = options.concurrency ?? 8;
  const seconds = options.seconds ?? SECONDS;
  const bench = await openEngineBench(concurrency);
  try {
    await bench.engine(concurrency, Math.min(2, seconds));
    const figures = await bench.engine(concurrency, seconds);
    return { txPerSec: figures.perSecond, p50: figures.p50, p99: figures.p99 };
  } finally {
    await bench.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
/** The median's confidence interval over the pairs' ratios: whether a target is met or only touched, at a stated confidence. */
const intervalText = (ratios: number[]) => {
  const { low, high, coverage } = medianInterval(ratios);
  if (coverage < 0.5) return 'too few pairs for an interval of the median';
  return `the median is within ${fixed(low * 100)}–${fixed(high * 100)}% at ${fixed(coverage * 100, 1)}% confidence`;
};

async function main(): Promise<void> {
  const bench = await openEngineBench(Math.max(...CONCURRENCY));
  // BENCH_BEFORE=1: each pair also runs the outbox row as a statement of its own (runner and pgbench alike), the two
  // variants taking turns on who goes first, so "before" and "after" see the same noise.
  const variants = WITH_BEFORE ? [true, false] : [true];
  const name = (joined: boolean) => (joined ? 'outbox in the write' : 'outbox separate');
  try {
    console.log(`\nLifecycle engine benchmark — ${SECONDS} s slices, ${PAIRS} pairs per concurrency (engine, pgbench, alternating), PostgreSQL ${await bench.serverVersion()}, Node ${process.version}`);
    console.log(`concurrency | slice | statements | runner tx/s | runner p50 ms | runner p99 ms | runner CPU µs/tx | pgbench tx/s | pgbench p50 ms | pgbench p99 ms | runner/pgbench${WITH_RAW ? ' | raw Node tx/s | raw CPU µs/tx | raw/pgbench' : ''}${WITH_EARLIER ? ' | earlier pgbench tx/s | runner/earlier pgbench' : ''}`);
    const summary: string[] = [];
    for (const concurrency of CONCURRENCY) {
      for (const joined of variants) await bench.engine(concurrency, Math.min(2, SECONDS), joined);
      const runs = variants.map((joined) => ({ joined, ratios: [] as number[], engine: [] as Figures[], pgbench: [] as Figures[], raw: [] as Figures[], rawRatios: [] as number[], earlier: [] as Figures[], earlierRatios: [] as number[] }));
      for (let pair = 1; pair <= PAIRS; pair++) {
        for (const joined of pair % 2 ? variants : [...variants].reverse()) {
          const engine = await bench.engine(concurrency, SECONDS, joined);
          const pgbench = await bench.pgbench(concurrency, SECONDS, joined);
          const raw = WITH_RAW ? await bench.raw(concurrency, SECONDS, joined) : null;
          const earlier = WITH_EARLIER && joined ? await bench.pgbenchEarlier(concurrency, SECONDS) : null;
          const ratio = engine.perSecond / pgbench.perSecond;
          const run = runs.find((r) => r.joined === joined) ?? runs[0];
          run.ratios.push(ratio);
          run.engine.push(engine);
          run.pgbench.push(pgbench);
          if (raw) {
            run.raw.push(raw);
            run.rawRatios.push(raw.perSecond / pgbench.perSecond);
          }
          if (earlier) {
            run.earlier.push(earlier);
            run.earlierRatios.push(engine.perSecond / earlier.perSecond);
          }
          console.log(
            [concurrency, pair, name(joined), fixed(engine.perSecond), fixed(engine.p50, 2), fixed(engine.p99, 2), fixed(engine.cpuMicros ?? NaN), fixed(pgbench.perSecond), fixed(pgbench.p50, 2), fixed(pgbench.p99, 2), `${fixed(ratio * 100)}%`, ...(raw ? [fixed(raw.perSecond), fixed(raw.cpuMicros ?? NaN), `${fixed((raw.perSecond / pgbench.perSecond) * 100)}%`] : []), ...(earlier ? [fixed(earlier.perSecond), `${fixed((engine.perSecond / earlier.perSecond) * 100)}%`] : [])].join(' | '),
          );
        }
      }
      for (const run of runs) {
        const range = (values: number[]) => `${fixed(Math.min(...values))}–${fixed(Math.max(...values))}`;
        summary.push(
          `concurrency ${concurrency}, ${name(run.joined)}: runner ${fixed(median(run.engine.map((f) => f.perSecond)))} tx/s (${range(run.engine.map((f) => f.perSecond))}; ${fixed(median(run.engine.map((f) => f.cpuMicros ?? NaN)))} µs CPU/tx; p99 ${fixed(median(run.engine.map((f) => f.p99)), 2)} ms), pgbench ${fixed(median(run.pgbench.map((f) => f.perSecond)))} tx/s (${range(run.pgbench.map((f) => f.perSecond))}; p99 ${fixed(median(run.pgbench.map((f) => f.p99)), 2)} ms): median runner/pgbench ${fixed(median(run.ratios) * 100)}% (range ${range(run.ratios.map((r) => r * 100))}%; ${intervalText(run.ratios)})`,
        );
        if (run.earlier.length > 0) {
          const lighter = run.earlier.map((f, i) => f.perSecond / run.pgbench[i].perSecond);
          summary.push(
            `concurrency ${concurrency}, ${name(run.joined)}: pgbench's earlier script ${fixed(median(run.earlier.map((f) => f.perSecond)))} tx/s, ${fixed(median(lighter) * 100)}% of the runner's statements' (${range(lighter.map((r) => r * 100))}%, same pair): median runner/earlier pgbench ${fixed(median(run.earlierRatios) * 100)}% (${intervalText(run.earlierRatios)})`,
          );
        }
        if (run.raw.length > 0) {
          summary.push(
            `concurrency ${concurrency}, ${name(run.joined)}: raw Node loop ${fixed(median(run.raw.map((f) => f.perSecond)))} tx/s (${range(run.raw.map((f) => f.perSecond))}; ${fixed(median(run.raw.map((f) => f.cpuMicros ?? NaN)))} µs CPU/tx): median raw/pgbench ${fixed(median(run.rawRatios) * 100)}% (range ${range(run.rawRatios.map((r) => r * 100))}%; ${intervalText(run.rawRatios)})`,
          );
        }
      }
      if (runs.length === 2) {
        // The same pair's two slices side by side: what the outbox in the write did to each client, pair by pair.
        const [after, before] = runs;
        const gain = (pick: (r: typeof after) => Figures[]) => pick(after).map((f, i) => f.perSecond / pick(before)[i].perSecond);
        const runner = gain((r) => r.engine);
        const pgbench = gain((r) => r.pgbench);
        summary.push(
          `concurrency ${concurrency}, outbox in the write / separate, same pair: runner median ${fixed(median(runner) * 100)}% (${fixed(Math.min(...runner) * 100)}–${fixed(Math.max(...runner) * 100)}%), pgbench median ${fixed(median(pgbench) * 100)}% (${fixed(Math.min(...pgbench) * 100)}–${fixed(Math.max(...pgbench) * 100)}%)`,
        );
      }
    }
    console.log('\nMedians of the pairs:');
    for (const line of summary) console.log(`  ${line}`);
  } finally {
    await bench.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
