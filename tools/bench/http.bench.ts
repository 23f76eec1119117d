/**
 * npm run bench:http — the HTTP path through the gateway, beside the lifecycle engine's own speed in the same run.
 *
 * 1. bench:engine's figures first (measureEngine: the lifecycle runner and pgbench on the same statements, on PostgreSQL),
 *    while nothing else of this run is up;
 * 2. per mode — `embedded` (apps/standalone: one process, PGlite in its own temp DATA_DIR, or PostgreSQL with
 *    BENCH_HTTP_EMBEDDED_DATABASE=postgres) and `production` (the gateway and the four services as separate processes,
 *    NODE_ENV=production, PostgreSQL, Redis, the repo's Kafka mock cluster):
 *    - registrations: `POST /api/scenarios` as an officer signed in through `/api/auth`, at each concurrency;
 *    - transitions: the workflow's advance endpoint (`POST /api/workflow/scenarios/{id}/events`: startCultivation,
 *      then requestRecognition) on the scenarios just registered, once their lifecycles exist;
 *    - reads (production mode): `GET /api/workflow/scenarios/{id}` through the gateway, and straight to the workflow
 *      service with a service token: what the gateway's hop costs;
 *    - command → event consumed → projection visible: one registration at a time, polling the workflow's view of the
 *      scenario until its lifecycle exists, then the registry's until it shows `proposed` (two hops over the bus).
 * Each case prints req/s, p50, p99 and its errors, timeouts (no answer within BENCH_HTTP_TIMEOUT_MS) and 503s, and the
 * CPU time each process spent per successful request (tools/bench/cpu-accounting.ts), beside the engine's own; and what
 * each process spends a second while no request comes.
 *
 * BENCH_HTTP_SECONDS (default 10) per case · BENCH_HTTP_CONCURRENCY (8,32) · BENCH_HTTP_MODES (embedded,production) ·
 * BENCH_HTTP_ENGINE_SECONDS (4) · BENCH_HTTP_SAMPLES (30 projection samples) · BENCH_HTTP_TIMEOUT_MS (10000) ·
 * BENCH_HTTP_TRANSITION_SCENARIOS (1000 per transition case, registered unmeasured; BENCH_HTTP_SEED_SECONDS at most 90) ·
 * BENCH_HTTP_KAFKA_BROKERS (3) · BENCH_HTTP_KAFKA_MAX_WAIT_MS (the services' default) ·
 * BENCH_HTTP_PROFILE_DIR: start the production gateway and workflow with `node --cpu-prof` writing there (read the
 * profiles with tools/bench/cpu-profile-summary.ts; keep them out of the repository).
 * docs/benchmarks.md keeps the figures.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type generateServiceTokenKey, serviceTokenSigner } from '@scq/platform-http';
import type { ServiceProcess } from '@scq/platform-testing';
import { startEmbeddedPlatform, startProductionPlatform } from '../simulate/platform';
import { tokenFor } from '../e2e/console/console-harness';
import { cpuSince, cpuSnapshot, idleCpuPerSecond, perRequest, postgresSource, processSource, type CpuSource } from './cpu-accounting';
import { openEngineBench, type Figures } from './engine.bench';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CONCURRENCY = (process.env.BENCH_HTTP_CONCURRENCY ?? '8,32').split(',').map(Number);
const MODES = (process.env.BENCH_HTTP_MODES ?? 'embedded,production').split(',').map((mode) => mode.trim());
const ENGINE_SECONDS = Number(process.env.BENCH_HTTP_ENGINE_SECONDS ?? 4);
const SAMPLES = Number(process.env.BENCH_HTTP_SAMPLES ?? 30);
const TIMEOUT_MS = Number(process.env.BENCH_HTTP_TIMEOUT_MS ?? 10_000);
const EMBEDDED_DATABASE = process.env.BENCH_HTTP_EMBEDDED_DATABASE ?? 'pglite';
const PROFILE_DIR = process.env.BENCH_HTTP_PROFILE_DIR;
/** Scenarios set aside per transition case (each moved twice), and how long registering them may take. */
const TRANSITION_SCENARIOS = Number(process.env.BENCH_HTTP_TRANSITION_SCENARIOS ?? 1000);
const SEED_SECONDS = Number(process.env.BENCH_HTTP_SEED_SECONDS ?? 90);
/** Production mode: the Kafka mock cluster's brokers, and the consumers' fetch wait (the services' default when unset). */
const KAFKA_BROKERS = Number(process.env.BENCH_HTTP_KAFKA_BROKERS ?? 3);
const KAFKA_MAX_WAIT_MS = process.env.BENCH_HTTP_KAFKA_MAX_WAIT_MS;

interface Platform {
  url: string;
  token: string;
  processes: ServiceProcess[];
  /** Production mode: the workflow service itself and a service token for the officer, to read past the gateway. */
  direct?: { workflowUrl: string; serviceToken: () => Promise<string> };
  /** Every process the platform runs on (its PostgreSQL backends and the Kafka mock brokers included). */
  cpu: CpuSource[];
  stop(): Promise<void>;
}

interface CaseFigures {
  mode: string;
  kind: 'registrations' | 'transitions' | 'reads via gateway' | 'reads direct';
  concurrency: number;
  perSecond: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
  timeouts: number;
  unavailable: number;
  seconds: number;
  samples: string[];
  /** CPU ms per successful request, by process, and their sum. */
  cpu: { byProcess: Record<string, number>; total: number };
}

const percentile = (sorted: number[], q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);

// ---------------------------------------------------------------- platforms

async function startEmbedded(): Promise<Platform> {
  const started = await startEmbeddedPlatform({ label: 'bench_http', embeddedDatabase: EMBEDDED_DATABASE === 'postgres' ? 'postgres' : 'pglite', demoAccounts: true });
  const cpu = [processSource('standalone', () => started.processes[0].child.pid), ...(started.databaseUrl ? [postgresSource(started.databaseUrl)] : [])];
  return { url: started.url, token: await tokenFor(started.url, 'officer.transport'), processes: started.processes, cpu, stop: () => started.stop() };
}

async function startProduction(): Promise<Platform> {
  const profiled = (app: string) => (PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${app}.${Date.now()}.cpuprofile`] : undefined);
  const env = KAFKA_MAX_WAIT_MS ? { KAFKA_MAX_WAIT_MS } : undefined;
  const started = await startProductionPlatform({ label: 'bench_http', nodeArgs: profiled, kafkaBrokers: KAFKA_BROKERS, env });
  try {
    const { url, adminPassword } = started;
    const token = await productionOfficer(url, adminPassword);
    const me = (await (await call(url, token, 'GET', '/api/auth/me')).json()) as { id: string; roles: string[]; unit: string | null; organisation: string | null; district: string | null };
    const signer = await serviceTokenSigner(started.serviceKey as ReturnType<typeof generateServiceTokenKey>);
    // Signed when a case starts (a service token lives 60 s; the signer hands out one with at least 30 s left).
    const serviceToken = () => signer.sign({ id: me.id, roles: ['officer'], unit: me.unit, organisation: me.organisation ?? null, district: me.district ?? null });
    const workflow = started.processes.find((p) => p.app === 'application-workflow') as ServiceProcess;
    const cpu = [
      ...started.processes.map((p) => processSource(p.app, () => started.processes.find((q) => q.app === p.app)?.child.pid)),
      processSource('kafka mock brokers', () => started.kafka?.pid),
      postgresSource(started.databaseUrl as string),
    ];
    return { url, token, processes: started.processes, direct: { workflowUrl: workflow.url, serviceToken }, cpu, stop: () => started.stop() };
  } catch (error) {
    await started.stop();
    throw error;
  }
}

/** No demo accounts in production: the first administrator creates an officer of 市交通运输委, who sets a password. */
async function productionOfficer(url: string, adminPassword: string): Promise<string> {
  const admin = await tokenFor(url, 'admin', adminPassword);
  const created = await call(url, admin, 'POST', '/api/admin/users', { username: 'bench.officer', displayName: { zh: '压测经办人', en: 'Bench officer' }, roles: ['officer'], unit: '市交通运输委' });
  const { temporaryPassword } = (await created.json()) as { temporaryPassword: string };
  const first = await tokenFor(url, 'bench.officer', temporaryPassword);
  const changed = await call(url, first, 'POST', '/api/auth/password', { currentPassword: temporaryPassword, newPassword: `bench-${randomBytes(12).toString('hex')}` });
  return ((await changed.json()) as { accessToken: string }).accessToken;
}

async function call(url: string, token: string, method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

// ---------------------------------------------------------------- load

let registered = 0;
const registration = (i: number) => ({
  title: { zh: `压测场景第${i}号无人配送`, en: `Bench scenario ${i}` },
  description: { zh: `压测用场景 ${i}` },
  domainCode: 'unmanned-systems',
  ownerUnit: '市交通运输委',
  ownerType: 'municipal-department',
  tier: 'industry-integrated',
});

/**
 * `concurrency` workers, each sending its next request as soon as the last is answered, for SECONDS (or until `next`
 * has nothing left). Latency of the successful answers; every other outcome counted by kind.
 */
async function load(
  mode: string,
  kind: CaseFigures['kind'],
  concurrency: number,
  next: () => { method: string; path: string; body: unknown; done?: (response: Response) => Promise<void> } | undefined,
  platform: Platform,
  target: { url: string; token: string } = platform,
): Promise<CaseFigures> {
  const latencies: number[] = [];
  const figures = { errors: 0, timeouts: 0, unavailable: 0 };
  const samples: string[] = [];
  const cpuBefore = await cpuSnapshot(platform.cpu);
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  let ended = deadline;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const request = next();
        if (!request) {
          ended = Math.min(ended, performance.now());
          return;
        }
        const sent = performance.now();
        try {
          const response = await fetch(`${target.url}${request.path}`, {
            method: request.method,
            headers: { authorization: `Bearer ${target.token}`, ...(request.body === undefined ? {} : { 'content-type': 'application/json' }) },
            body: request.body === undefined ? undefined : JSON.stringify(request.body),
            signal: AbortSignal.timeout(TIMEOUT_MS),
          });
          if (response.ok) {
            await request.done?.(response);
            if (!request.done) await response.arrayBuffer();
            latencies.push(performance.now() - sent);
          } else {
            const text = await response.text();
            if (response.status === 503) figures.unavailable++;
            else figures.errors++;
            if (samples.length < 3) samples.push(`${response.status} ${text.slice(0, 200)}`);
          }
        } catch (error) {
          if (error instanceof DOMException && error.name === 'TimeoutError') figures.timeouts++;
          else {
            figures.errors++;
            if (samples.length < 3) samples.push(String(error));
          }
        }
      }
    }),
  );
  const seconds = (Math.min(ended, performance.now()) - started) / 1000;
  const cpu = perRequest(await cpuSince(cpuBefore, platform.cpu), latencies.length);
  latencies.sort((a, b) => a - b);
  return { mode, kind, concurrency, perSecond: latencies.length / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), ok: latencies.length, ...figures, seconds, samples, cpu };
}

async function registrations(mode: string, platform: Platform, concurrency: number, ids: string[]): Promise<CaseFigures> {
  return load(mode, 'registrations', concurrency, () => ({
    method: 'POST',
    path: '/api/scenarios',
    body: registration(registered++),
    done: async (response) => void ids.push(((await response.json()) as { id: string }).id),
  }), platform);
}

/** Each scenario moved twice (proposed → cultivating → recognition), in order; the pool is the scenarios registered so far. */
async function transitions(mode: string, platform: Platform, concurrency: number, pool: string[]): Promise<CaseFigures> {
  const steps: Array<{ id: string; type: string }> = pool.splice(0).flatMap((id) => [{ id, type: 'startCultivation' }]);
  const second: Array<{ id: string; type: string }> = [];
  return load(mode, 'transitions', concurrency, () => {
    const step = second.shift() ?? steps.shift();
    if (!step) return undefined;
    return {
      method: 'POST',
      path: `/api/workflow/scenarios/${step.id}/events`,
      body: { type: step.type },
      done: async (response) => {
        await response.arrayBuffer();
        if (step.type === 'startCultivation') second.push({ id: step.id, type: 'requestRecognition' });
      },
    };
  }, platform);
}

/**
 * The gateway's own cost: the same read (`GET /api/workflow/scenarios/{id}`, the lifecycle of a scenario) through the
 * gateway with the officer's access token, and straight to the workflow service with a service token for the officer.
 */
async function reads(mode: string, platform: Platform, concurrency: number, ids: string[]): Promise<CaseFigures[]> {
  if (!platform.direct || ids.length === 0) return [];
  let i = 0;
  const next = () => ({ method: 'GET', path: `/api/workflow/scenarios/${ids[i++ % ids.length]}`, body: undefined });
  const viaGateway = await load(mode, 'reads via gateway', concurrency, next, platform);
  const direct = await load(mode, 'reads direct', concurrency, next, platform, { url: platform.direct.workflowUrl, token: await platform.direct.serviceToken() });
  return [viaGateway, direct];
}

/** `count` more scenarios for the transitions, 32 at a time, for at most SEED_SECONDS. */
async function seedScenarios(platform: Platform, count: number, ids: string[]): Promise<void> {
  const deadline = performance.now() + SEED_SECONDS * 1000;
  let left = count;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (left-- > 0 && performance.now() < deadline) {
        const response = await fetch(`${platform.url}/api/scenarios`, { method: 'POST', headers: { authorization: `Bearer ${platform.token}`, 'content-type': 'application/json' }, body: JSON.stringify(registration(registered++)), signal: AbortSignal.timeout(TIMEOUT_MS) }).catch(() => null);
        if (response?.ok) ids.push(((await response.json()) as { id: string }).id);
        else await response?.arrayBuffer();
      }
    }),
  );
}

/** Until every scenario registered has its lifecycle in the registry's read model (none without a stage); how long it took. */
async function lifecyclesStarted(platform: Platform): Promise<number> {
  const started = performance.now();
  for (;;) {
    // A host still busy with the backlog may answer late: ask again.
    const counts = await call(platform.url, platform.token, 'GET', '/api/search/scenarios/stage-counts').then(
      async (response) => (await response.json()) as { byStage: Array<{ stage: string | null; count: number }> },
      () => undefined,
    );
    if (counts && !counts.byStage.some((row) => row.stage === null && row.count > 0)) return performance.now() - started;
    if (performance.now() - started > 300_000) throw new Error(`lifecycles not all started after 300 s: ${JSON.stringify(counts?.byStage)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Register one scenario at a time; from sending the command to the workflow showing its lifecycle, then to the registry showing `proposed`. */
async function projectionLatency(platform: Platform): Promise<{ consumed: number[]; projected: number[] }> {
  const consumed: number[] = [];
  const projected: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const sent = performance.now();
    const { id } = (await (await call(platform.url, platform.token, 'POST', '/api/scenarios', registration(registered++))).json()) as { id: string };
    const until = async (path: string, seen: (response: Response) => Promise<boolean>) => {
      for (;;) {
        const response = await fetch(`${platform.url}${path}`, { headers: { authorization: `Bearer ${platform.token}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (await seen(response)) return performance.now() - sent;
        if (performance.now() - sent > 60_000) throw new Error(`${path} not seen within 60 s`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    };
    consumed.push(await until(`/api/workflow/scenarios/${id}`, async (response) => (await response.arrayBuffer(), response.status === 200)));
    projected.push(await until(`/api/scenarios/${id}`, async (response) => response.ok && ((await response.json()) as { stage: string | null }).stage === 'proposed'));
  }
  return { consumed: consumed.sort((a, b) => a - b), projected: projected.sort((a, b) => a - b) };
}

// ---------------------------------------------------------------- run

/** CPU ms a second each process spends with no request coming (poll loops, timers), over `seconds` of quiet. */
function idleCpu(platform: Platform, seconds = 3): Promise<Record<string, number>> {
  return idleCpuPerSecond(platform.cpu, seconds, 2000);
}

async function runMode(mode: string): Promise<{ cases: CaseFigures[]; drainMs: number; latency: { consumed: number[]; projected: number[] }; rssMiB: Record<string, number>; idle: Record<string, number> }> {
  const platform = mode === 'embedded' ? await startEmbedded() : await startProduction();
  try {
    const ids: string[] = [];
    // Warm-up: the first requests compile routes and schemas and open connections.
    for (let i = 0; i < 40; i++) ids.push(((await (await call(platform.url, platform.token, 'POST', '/api/scenarios', registration(registered++))).json()) as { id: string }).id);
    const idle = await idleCpu(platform);
    const cases: CaseFigures[] = [];
    for (const concurrency of CONCURRENCY) cases.push(await registrations(mode, platform, concurrency, ids));
    const drainMs = await lifecyclesStarted(platform);
    // Enough scenarios for every transition case (two moves each), registered unmeasured, at most SEED_SECONDS.
    const wanted = CONCURRENCY.length * TRANSITION_SCENARIOS;
    if (ids.length < wanted) await seedScenarios(platform, wanted - ids.length, ids);
    await lifecyclesStarted(platform);
    const moved: string[] = [];
    for (const concurrency of CONCURRENCY) {
      const pool = ids.splice(0, Math.ceil(ids.length / (CONCURRENCY.length - CONCURRENCY.indexOf(concurrency))));
      moved.push(...pool);
      cases.push(await transitions(mode, platform, concurrency, pool));
    }
    for (const concurrency of CONCURRENCY) cases.push(...(await reads(mode, platform, concurrency, moved.slice(0, 500))));
    await lifecyclesStarted(platform);
    const latency = await projectionLatency(platform);
    const rssMiB = Object.fromEntries(platform.processes.map((p) => [p.app, rssOf(p.child.pid)]));
    return { cases, drainMs, latency, rssMiB, idle };
  } finally {
    await platform.stop();
  }
}

function rssOf(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return NaN;
  }
}

/** bench:engine's figures in this run: per concurrency, the lifecycle runner and pgbench on the same statements. */
async function measureEngine({ seconds, concurrency }: { seconds: number; concurrency: number[] }): Promise<{ serverVersion: string; rows: EngineRow[] }> {
  const bench = await openEngineBench(Math.max(...concurrency));
  const sources = [processSource('engine (node)', () => process.pid), postgresSource(bench.databaseUrl)];
  try {
    const rows: EngineRow[] = [];
    for (const level of concurrency) {
      await bench.engine(level, Math.min(2, seconds)); // warm-up
      const before = await cpuSnapshot(sources);
      const engine = await bench.engine(level, seconds);
      const cpu = perRequest(await cpuSince(before, sources), Math.round(engine.perSecond * seconds));
      rows.push({ engine, cpu, pgbench: await bench.pgbench(level, seconds) });
    }
    return { serverVersion: await bench.serverVersion(), rows };
  } finally {
    await bench.close();
  }
}

interface EngineRow {
  engine: Figures;
  pgbench: Figures;
  /** CPU ms per transition: this process (the runner) and the bench database's backends. */
  cpu: { byProcess: Record<string, number>; total: number };
}

const cpuLine = (cpu: { byProcess: Record<string, number>; total: number }) =>
  `${Object.entries(cpu.byProcess).map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(' · ')} = ${cpu.total.toFixed(2)} ms (2 cores bound it to ${(2000 / cpu.total).toFixed(0)}/s)`;

async function main(): Promise<void> {
  const engine = await measureEngine({ seconds: ENGINE_SECONDS, concurrency: CONCURRENCY });
  const engineAt = new Map<number, Figures>(engine.rows.map((row) => [row.engine.concurrency, row.engine]));
  const results = [];
  for (const mode of MODES) results.push({ mode, ...(await runMode(mode)) });

  console.log(`\nHTTP path benchmark — ${SECONDS} s per case, timeout ${TIMEOUT_MS} ms, PostgreSQL ${engine.serverVersion}, Node ${process.version}; embedded on ${EMBEDDED_DATABASE}`);
  console.log('\nbench:engine in this run (lifecycle runner · pgbench on the same statements, tx/s):');
  for (const { engine: runner, pgbench, cpu } of engine.rows) {
    console.log(`  concurrency ${runner.concurrency}: runner ${runner.perSecond.toFixed(0)} tx/s (p50 ${runner.p50.toFixed(2)} ms, p99 ${runner.p99.toFixed(2)} ms) · pgbench ${pgbench.perSecond.toFixed(0)} tx/s`);
    console.log(`    CPU per transition: ${cpuLine(cpu)}`);
  }
  console.log('\n| mode | case | concurrency | req/s | p50 ms | p99 ms | ok | errors | timeouts | 503s | vs bench:engine runner (reads: vs direct) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { cases } of results) {
    for (const c of cases) {
      const direct = c.kind === 'reads via gateway' ? cases.find((x) => x.kind === 'reads direct' && x.concurrency === c.concurrency) : undefined;
      const ratio = direct ? `${((c.perSecond / direct.perSecond) * 100).toFixed(0)} % of reads direct` : c.kind === 'transitions' && engineAt.get(c.concurrency) ? `${((c.perSecond / (engineAt.get(c.concurrency) as Figures).perSecond) * 100).toFixed(0)} %` : '—';
      const short = c.seconds < SECONDS - 0.2 ? ` (ran out of scenarios after ${c.seconds.toFixed(1)} s)` : '';
      console.log(`| ${c.mode} | ${c.kind}${short} | ${c.concurrency} | ${c.perSecond.toFixed(0)} | ${c.p50.toFixed(1)} | ${c.p99.toFixed(1)} | ${c.ok} | ${c.errors} | ${c.timeouts} | ${c.unavailable} | ${ratio} |`);
    }
  }
  console.log('\nCPU time per successful request, by process (ms; read from /proc, so a busy machine hardly changes it):');
  for (const { cases } of results) for (const c of cases) console.log(`  ${c.mode} ${c.kind} at ${c.concurrency}: ${cpuLine(c.cpu)}`);
  for (const { mode, idle } of results) console.log(`  ${mode}, idle (CPU ms a second with no request): ${Object.entries(idle).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(' · ')}`);
  for (const { mode, cases, drainMs, latency, rssMiB } of results) {
    console.log(`\n${mode}: lifecycles of every registration visible ${(drainMs / 1000).toFixed(1)} s after the registration cases ended`);
    console.log(`${mode}: command → event consumed (workflow shows the lifecycle) p50 ${percentile(latency.consumed, 0.5).toFixed(0)} ms, p99 ${percentile(latency.consumed, 0.99).toFixed(0)} ms; → projection visible (registry shows proposed) p50 ${percentile(latency.projected, 0.5).toFixed(0)} ms, p99 ${percentile(latency.projected, 0.99).toFixed(0)} ms (${latency.projected.length} samples, one at a time)`);
    console.log(`${mode}: resident memory after the run (MiB): ${Object.entries(rssMiB).map(([app, mib]) => `${app} ${mib}`).join(', ')}`);
    for (const c of cases.filter((x) => x.samples.length > 0)) console.log(`${mode} ${c.kind} at ${c.concurrency}, first failures: ${c.samples.join(' · ')}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
