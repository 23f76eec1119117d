/**
 * npm run bench:startup — start to ready and idle resident memory of every service, run from its TypeScript
 * sources through SWC (`node -r ./tools/register.js apps/<app>/src/main.ts`, before the production build) and
 * compiled (`node dist/apps/<app>/main.js`, tools/build/build-services.js), side by side in one run.
 *
 * The services run as in production mode (tools/e2e/services.e2e-spec.ts): real PostgreSQL (one fresh database),
 * Redis, the Kafka wire protocol of the librdkafka mock cluster. The embedded host runs on PGlite in a data folder.
 * One start of each kind per target first migrates the schema (or creates the embedded data) and warms SWC's
 * transform cache and the file cache, so every measured start has its data in place. Then BENCH_ROUNDS rounds,
 * alternating which kind starts first, each start measured as:
 *   code loaded: from spawn until Nest logs "Starting Nest application" (module loading, SWC's share of the start);
 *   start → ready: from spawn until GET /health/ready answers 200 (polled every 20 ms; includes migrations checks
 *   and Redis; not the Kafka consumer group joins, which no longer gate readiness);
 *   start → consumers joined: from spawn until the process logs `<name> consumers joined` (each group join waits out
 *   the broker's rebalance delay, 3 s on the mock cluster as on a real broker's default);
 *   idle RSS: VmRSS of the process BENCH_IDLE_SECONDS (10) after the consumers joined; peak: VmHWM at the same moment.
 * Prints medians (min–max) per target and kind, and compiled ÷ SWC. docs/benchmarks.md keeps the figures.
 * BENCH_TARGETS (label prefixes) and BENCH_KINDS (`compiled`, `swc`) pick a part.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, startKafkaMockCluster } from '@scq/platform-testing';
import { RUNTIME_ALLOCATOR_ENV } from './runtime-allocator';

const ROOT = join(__dirname, '..', '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const IDLE_MS = Number(process.env.BENCH_IDLE_SECONDS ?? 10) * 1000;
const START_TIMEOUT_MS = Number(process.env.BENCH_START_TIMEOUT_SECONDS ?? 180) * 1000;
const ONLY = process.env.BENCH_TARGETS?.split(',');
const KINDS = (process.env.BENCH_KINDS?.split(',') ?? ['swc', 'compiled']) as Kind[];

type Kind = 'swc' | 'compiled';
interface Target {
  label: string;
  app: string;
  env: Record<string, string>;
}
interface Sample {
  /** spawn → Nest begins (`Starting Nest application`): loading the code, where compiling ahead of time helps. */
  loadedMs: number;
  readyMs: number;
  /** spawn → the process logs `<name> consumers joined` (its Kafka consumer groups joined; after ready since they no longer gate it). */
  joinedMs: number;
  rssMiB: number;
  peakMiB: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

function command(kind: Kind, app: string): string[] {
  return kind === 'swc' ? ['-r', join(ROOT, 'tools', 'register.js'), join(ROOT, 'apps', app, 'src', 'main.ts')] : [join(ROOT, 'dist', 'apps', app, 'main.js')];
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(killer);
}

/** One start: spawn, poll readiness, wait idle, read memory, stop. */
async function startOnce(kind: Kind, target: Target, idleMs: number): Promise<Sample> {
  const port = await freePort();
  let output = '';
  const started = performance.now();
  const child = spawn(process.execPath, command(kind, target.app), {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...RUNTIME_ALLOCATOR_ENV, ...target.env, PORT: String(port), NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let loadedMs: number | undefined;
  let joinedMs: number | undefined;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    if (loadedMs === undefined && output.includes('Starting Nest application')) loadedMs = performance.now() - started;
    if (joinedMs === undefined && / consumers joined"/.test(output)) joinedMs = performance.now() - started;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  try {
    let readyMs: number | undefined;
    while (readyMs === undefined) {
      if (child.exitCode !== null) throw new Error(`${target.label} (${kind}) exited with ${child.exitCode}:\n${output}`);
      if (performance.now() - started > START_TIMEOUT_MS) throw new Error(`${target.label} (${kind}) not ready within ${START_TIMEOUT_MS} ms:\n${output}`);
      const status = await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(2000) }).then((response) => response.status, () => 0);
      if (status === 200) readyMs = performance.now() - started;
      else await sleep(20);
    }
    // Idle means the consumers have joined too.
    while (joinedMs === undefined && performance.now() - started < START_TIMEOUT_MS && child.exitCode === null) await sleep(20);
    await sleep(idleMs);
    const { rss, peak } = memoryMiB(child.pid as number);
    return { loadedMs: loadedMs ?? NaN, readyMs, joinedMs: joinedMs ?? NaN, rssMiB: rss, peakMiB: peak };
  } finally {
    await stop(child);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const spread = (values: number[], digits: number) => `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

function serviceTokenKeys(): Record<string, string> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  const kid = `scq-bench-${createHash('sha256').update(jwk.x as string).digest('base64url').slice(0, 12)}`;
  const { d: _private, ...publicJwk } = jwk;
  return {
    SERVICE_TOKEN_PRIVATE_KEY: JSON.stringify({ ...jwk, kid, alg: 'EdDSA' }),
    SERVICE_TOKEN_JWKS: JSON.stringify({ keys: [{ ...publicJwk, kid, alg: 'EdDSA', use: 'sig' }] }),
  };
}

async function main(): Promise<void> {
  for (const app of ['scenario-registry', 'application-workflow', 'evaluation', 'notification', 'gateway', 'standalone']) {
    if (!existsSync(join(ROOT, 'dist', 'apps', app, 'main.js'))) throw new Error(`dist/apps/${app}/main.js is missing: run node tools/build/build-services.js (npm run bench:startup does)`);
  }
  const [kafka, database] = await Promise.all([startKafkaMockCluster(), createTestDatabase('bench_startup')]);
  const dataDir = mkdtempSync(join(tmpdir(), 'scq-bench-startup-'));
  const keys = { ...serviceTokenKeys(), HISTORY_CHAIN_KEY: randomBytes(48).toString('base64') };
  const production = {
    ...keys,
    DATABASE_URL: database.url,
    KAFKA_BROKERS: kafka.brokers.join(','),
    KAFKA_TOPIC_PREFIX: `${kafka.prefix}.`,
    REDIS_URL: process.env.REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `scq-${kafka.prefix}`,
  };
  const { DATABASE_URL: _none, ...withoutDatabase } = production;
  const targets: Target[] = [
    ...['scenario-registry', 'application-workflow', 'evaluation', 'notification'].map((app) => ({ label: app, app, env: production })),
    { label: 'gateway (PostgreSQL)', app: 'gateway', env: production },
    { label: 'gateway (PGlite in memory)', app: 'gateway', env: withoutDatabase },
    { label: 'standalone (embedded, PGlite on disk)', app: 'standalone', env: { ...keys, DATA_DIR: dataDir } },
  ].filter((target) => !ONLY || ONLY.some((only) => target.label.startsWith(only)));

  const samples = new Map<string, Sample[]>();
  try {
    console.log(`startup bench: ${targets.length} targets, ${ROUNDS} rounds, idle ${IDLE_MS / 1000} s; load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
    for (const target of targets) {
      // schema migrated / embedded data created, SWC's transform cache and the file cache warm: data in place
      for (const kind of KINDS) await startOnce(kind, target, 0);
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets) {
        const kinds: Kind[] = round % 2 === 0 ? KINDS : [...KINDS].reverse();
        for (const kind of kinds) {
          const sample = await startOnce(kind, target, IDLE_MS);
          const key = `${target.label}|${kind}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          console.log(`  round ${round + 1} ${target.label} ${kind}: code loaded ${sample.loadedMs.toFixed(0)} ms, ready ${sample.readyMs.toFixed(0)} ms, consumers joined ${sample.joinedMs.toFixed(0)} ms, idle RSS ${sample.rssMiB.toFixed(0)} MiB, peak ${sample.peakMiB.toFixed(0)} MiB`);
        }
      }
    }
  } finally {
    await Promise.all([kafka.stop(), database.drop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }

  console.log(`\nmedian (min–max) of ${ROUNDS} starts each; load average now ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  console.log('| target | run | code loaded (s) | start → ready (s) | start → consumers joined (s) | idle RSS (MiB) | peak RSS (MiB) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const target of targets) {
    for (const kind of KINDS) {
      const list = samples.get(`${target.label}|${kind}`) ?? [];
      console.log(`| ${target.label} | ${kind === 'swc' ? 'SWC at run time' : 'compiled'} | ${spread(list.map((s) => s.loadedMs / 1000), 2)} | ${spread(list.map((s) => s.readyMs / 1000), 2)} | ${spread(list.map((s) => s.joinedMs / 1000), 2)} | ${spread(list.map((s) => s.rssMiB), 0)} | ${spread(list.map((s) => s.peakMiB), 0)} |`);
    }
    if (KINDS.length < 2) continue;
    const ratio = (field: keyof Sample) => (median((samples.get(`${target.label}|compiled`) ?? []).map((s) => s[field])) / median((samples.get(`${target.label}|swc`) ?? []).map((s) => s[field]))).toFixed(2);
    console.log(`| ${target.label} | compiled ÷ SWC | ${ratio('loadedMs')} | ${ratio('readyMs')} | ${ratio('joinedMs')} | ${ratio('rssMiB')} | ${ratio('peakMiB')} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
