/**
 * npm run bench:login (node -r ./tools/register.js tools/bench/login-flood.bench.ts) — what a flood of sign-ins with
 * random usernames does to the gateway's other requests, with the bound on password checks (2 at a time, 32 waiting,
 * then 503) and without.
 *
 * For each mode a gateway process starts (PGlite in memory, production argon2id cost, TRUST_PROXY loopback, a console
 * folder). A second process floods `POST /api/auth/login` at BENCH_RATE (200) attempts a second, sent whether or not
 * the earlier ones were answered (at most BENCH_MAX_PENDING, 2000, unanswered), each a random username from a random
 * X-Forwarded-For address so that no sign-in limit stops it. Meanwhile this process times, each one request after
 * another and the two side by side, a cheap authenticated request (`GET /api/auth/me`: main thread and database) and
 * the console page (`GET /`: read from disk through libuv's thread pool, where argon2 runs too): BENCH_SECONDS (10)
 * alone, then as long during the flood. Prints p50 / p95 / mean of each in both phases, the slowdown ratios, the
 * gateway's event loop delay, and what the flood got back.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { DEMO_PASSWORD, GatewayModule, gatewayAuthConfigFromEnv } from '@scq/gateway-infrastructure';
import { generateServiceTokenKey, publicKeySet, serviceTokenVerifier } from '@scq/platform-http';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { bootstrapHost } from '@scq/platform-runtime';

type Mode = 'bounded' | 'unbounded';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const MAX_PENDING = Number(process.env.BENCH_MAX_PENDING ?? 2000);
const REGISTER = join(__dirname, '..', 'register.js');

const child = (...args: string[]) => fork(__filename, args, { execArgv: ['-r', REGISTER], stdio: 'inherit' });
const randomAddress = () => `10.${[...randomBytes(3)].join('.')}`;

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length, count: sorted.length };
}
type Latencies = ReturnType<typeof percentiles> & { abandonedAfter?: number };
interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/** The gateway under test (child process). */
async function serve(mode: Mode, consoleDir: string): Promise<void> {
  const defaults = gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true' });
  const serviceTokenKey = generateServiceTokenKey();
  const passwordChecks = mode === 'bounded' ? defaults.passwordChecks : { concurrent: Infinity, queued: Infinity };
  // No per-user request limit: the probes alone would pass 6000 a minute.
  const auth = { ...defaults, passwordChecks, apiRequestsPerMinute: 0 };
  const host = await bootstrapHost({
    name: `gateway-${mode}`,
    logger: pino({ level: 'silent' }),
    bus: new InProcessMessageBus(),
    port: 0,
    host: '127.0.0.1',
    trustProxy: 'loopback',
    serviceTokens: serviceTokenVerifier(publicKeySet(serviceTokenKey)),
    modules: [GatewayModule.register({ routes: [], database: { pgliteDataDir: 'memory://' }, auth, serviceTokenKey, consoleDir })],
  });
  // Asked between the phases: the event loop's delay since the last question (sampled every ms, so 1 ms when idle).
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  process.on('message', () => {
    process.send?.({ p50: delay.percentile(50) / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 });
    delay.reset();
  });
  process.send?.({ url: host.url });
  process.once('disconnect', () => process.exit(0));
}

interface FloodReport {
  statuses: Record<string, number>;
  /** How long the sign-ins answered 401 took. */
  signIns: Latencies;
  /** Still unanswered when the flood stopped. */
  pending: number;
}

/** The flood (child process): RATE sign-ins a second until told to stop, whether or not the earlier ones were answered. */
async function flood(url: string): Promise<void> {
  const statuses: Record<string, number> = {};
  const signIns: number[] = [];
  let pending = 0;
  const count = (what: string) => (statuses[what] = (statuses[what] ?? 0) + 1);
  const send = () => {
    if (pending >= MAX_PENDING) return void count('not sent');
    pending += 1;
    const started = performance.now();
    const body = JSON.stringify({ username: `nobody-${randomBytes(6).toString('hex')}`, password: 'guess' });
    fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': randomAddress() }, body })
      .then(async (response) => {
        await response.arrayBuffer();
        count(String(response.status));
        if (response.status === 401) signIns.push(performance.now() - started);
      })
      .catch(() => count('failed'))
      .finally(() => (pending -= 1));
  };
  let due = 0;
  const timer = setInterval(() => {
    for (due += RATE / 100; due >= 1; due -= 1) send();
  }, 10);
  const stopped = new Promise((resolve) => process.once('message', resolve));
  process.once('disconnect', () => process.exit(1));
  process.send?.('flooding');
  await stopped;
  clearInterval(timer);
  const report: FloodReport = { statuses, signIns: percentiles(signIns), pending };
  process.send?.(report, () => process.exit(0));
}

/**
 * Times `GET /api/auth/me` and `GET /` for `seconds`, each one request after another, the two side by side. A request
 * still unanswered when the time is up is abandoned and counted with the time it had waited (also as `abandonedAfter`).
 */
async function probe(url: string, token: string, seconds: number): Promise<{ me: Latencies; page: Latencies }> {
  const until = performance.now() + seconds * 1000;
  const timed = async (path: string, headers: Record<string, string> = {}) => {
    const samples: number[] = [];
    let abandonedAfter: number | undefined;
    while (performance.now() < until) {
      const started = performance.now();
      const signal = AbortSignal.timeout(Math.max(1, Math.ceil(until - started)));
      try {
        const response = await fetch(`${url}${path}`, { headers, signal });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
      } catch (error) {
        if (!signal.aborted) throw error;
        abandonedAfter = performance.now() - started;
      }
      samples.push(performance.now() - started);
    }
    return { ...percentiles(samples), abandonedAfter };
  };
  const [me, page] = await Promise.all([timed('/api/auth/me', { authorization: `Bearer ${token}` }), timed('/')]);
  return { me, page };
}

async function measure(mode: Mode, consoleDir: string) {
  const gateway = child('serve', mode, consoleDir);
  const { url } = await new Promise<{ url: string }>((resolve, reject) => {
    gateway.once('message', (message) => resolve(message as { url: string }));
    gateway.once('exit', (code) => reject(new Error(`the ${mode} gateway exited with ${code}`)));
  });
  try {
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'evaluator', password: DEMO_PASSWORD }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const loopDelay = () => new Promise<LoopDelay>((resolve) => (gateway.once('message', (message) => resolve(message as LoopDelay)), gateway.send('delay')));
    await loopDelay();
    const alone = await probe(url, accessToken, SECONDS);
    const aloneDelay = await loopDelay();
    const flooder = child('flood', url);
    await new Promise((resolve) => flooder.once('message', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1000)); // let the flood build up
    await loopDelay();
    const flooded = await probe(url, accessToken, SECONDS);
    const floodedDelay = await loopDelay();
    const report = new Promise<FloodReport>((resolve) => flooder.once('message', (message) => resolve(message as FloodReport)));
    flooder.send('stop');
    return { alone, flooded, aloneDelay, floodedDelay, report: await report };
  } finally {
    gateway.kill();
  }
}

async function main(): Promise<void> {
  const consoleDir = mkdtempSync(join(tmpdir(), 'scq-bench-console-'));
  writeFileSync(join(consoleDir, 'index.html'), `<!doctype html><title>console</title><div id="root"></div>${'<!-- padding -->'.repeat(200)}`);
  const ms = (x: number) => x.toFixed(1);
  const figures = (l: Latencies) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.mean)}`;
  const during = (l: Latencies) => `${l.count} during the flood${l.abandonedAfter === undefined ? '' : `, the last unanswered after ${ms(l.abandonedAfter)} ms`}`;
  const slowdown = (alone: Latencies, flooded: Latencies) => `${(flooded.p50 / alone.p50).toFixed(1)}× / ${(flooded.mean / alone.mean).toFixed(1)}×`;
  process.stdout.write(`login flood: ${RATE} random-username sign-ins a second for ${SECONDS} s; ${cpus().length} CPUs, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? 4}\n\n`);
  process.stdout.write('| password checks | request | alone p50 / p95 / mean ms | during the flood | slowdown p50 / mean |\n|---|---|---|---|---|\n');
  const floods: string[] = [];
  try {
    for (const mode of ['unbounded', 'bounded'] as const) {
      const { alone, flooded, aloneDelay, floodedDelay, report } = await measure(mode, consoleDir);
      const label = mode === 'bounded' ? 'bounded (2 at a time, 32 waiting)' : 'unbounded';
      process.stdout.write(`| ${label} | GET /api/auth/me (${during(flooded.me)}) | ${figures(alone.me)} | ${figures(flooded.me)} | ${slowdown(alone.me, flooded.me)} |\n`);
      process.stdout.write(`| ${label} | GET / console page (${during(flooded.page)}) | ${figures(alone.page)} | ${figures(flooded.page)} | ${slowdown(alone.page, flooded.page)} |\n`);
      process.stdout.write(`| ${label} | the gateway's event loop delay p50 / p99 / max ms | ${ms(aloneDelay.p50)} / ${ms(aloneDelay.p99)} / ${ms(aloneDelay.max)} | ${ms(floodedDelay.p50)} / ${ms(floodedDelay.p99)} / ${ms(floodedDelay.max)} | |\n`);
      const answers = Object.entries(report.statuses).map(([status, count]) => `${count} × ${status}`);
      floods.push(`${label}: ${[...answers, `${report.pending} unanswered`].join(', ')}; a 401 took p50 ${ms(report.signIns.p50)} ms, p95 ${ms(report.signIns.p95)} ms`);
    }
  } finally {
    rmSync(consoleDir, { recursive: true, force: true });
  }
  process.stdout.write(`\nThe flood's sign-ins:\n${floods.map((line) => `- ${line}`).join('\n')}\n`);
}

const [role, ...args] = process.argv.slice(2);
const run = role === 'serve' ? serve(args[0] as Mode, args[1]) : role === 'flood' ? flood(args[0]) : main();
run.catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
