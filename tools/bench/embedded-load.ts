/**
 * npm run bench:embedded (node -r ./tools/register.js tools/bench/embedded-load.ts) — the embedded host under load.
 *
 * Starts the standalone host (PGlite under a fresh DATA_DIR, the in-process bus, demo accounts, no per-user request
 * limit), measures its idle resident memory, signs in as the coordinator and, for each concurrency of
 * BENCH_CONCURRENCY (default 8,32):
 *   1. registrations: `POST /api/scenarios` by BENCH_CONCURRENCY callers for BENCH_SECONDS (10) seconds;
 *   2. waits until the workflow has started every registered scenario's lifecycle;
 *   3. transitions: `startCultivation` on each registered scenario, as many callers, for at most BENCH_SECONDS.
 * Every request has a 10 s client timeout. Prints requests a second, p50 / p99, answers by status (503s counted apart,
 * with whether they had Retry-After), timeouts, and the host's resident memory at idle and at the end.
 * The host is the production build (`dist/apps/standalone/main.js`, built first if stale), as the images and `npm start`
 * run it; BENCH_HOST_FROM=source runs `apps/standalone/src/main.ts` through SWC instead (60–70 MiB more resident).
 * BENCH_CPU_PROF=<dir> runs the host with `--cpu-prof` into that folder (written when the host stops).
 * BENCH_HOST_ENV='{"EMBEDDED_DB_ACTIVE_REQUESTS":"4"}' passes extra settings to the host.
 * Side by side: BENCH_WORKSPACES=/work/main,. runs the host of each checkout in turn (BENCH_ROUNDS times, alternating),
 * so a before/after comparison sees the same machine; BENCH_VARIANTS='[{…},{…}]' does the same for settings (each
 * merged over BENCH_HOST_ENV). BENCH_FIRST_START=false skips the first start's figures. BENCH_WARMUP=n registers and
 * moves on n scenarios one at a time before measuring (not counted), so p99 is not the first request's compilation.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@scq/platform-testing';
import { RUNTIME_ALLOCATOR_ENV } from './runtime-allocator';

const WORKSPACES = (process.env.BENCH_WORKSPACES ?? join(__dirname, '..', '..')).split(',');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCIES = (process.env.BENCH_CONCURRENCY ?? '8,32').split(',').map(Number);
const CLIENT_TIMEOUT_MS = 10_000;
/** Registrations (and their transitions) made one at a time before the measured phases: the first of each kind after a start compiles its code paths and plans. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 0);
const PASSWORD = 'scq-demo-2026';
const FROM_SOURCE = process.env.BENCH_HOST_FROM === 'source';

/** How `node` starts the host of a checkout: its compiled build, or its sources through SWC. */
function hostEntry(workspace: string): string[] {
  if (FROM_SOURCE) return ['-r', join(workspace, 'tools', 'register.js'), join(workspace, 'apps', 'standalone', 'src', 'main.ts')];
  return [join(workspace, 'dist', 'apps', 'standalone', 'main.js')];
}

/** Each checkout's own build script, so a side-by-side run compares what each checkout would ship. */
function buildHost(workspace: string): void {
  if (FROM_SOURCE) return;
  execFileSync(process.execPath, [join(workspace, 'tools', 'build', 'build-services.js'), 'standalone', '--if-stale'], { cwd: workspace, stdio: 'inherit' });
}

export interface LoadFigures {
  label: string;
  concurrency: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  byStatus: Record<string, number>;
  busyWithRetryAfter: number;
  timeouts: number;
}

interface Host {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startHost(workspace: string, dataDir: string, variant: Record<string, string>): Promise<Host> {
  const profile = process.env.BENCH_CPU_PROF;
  const child = spawn(
    process.execPath,
    [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), ...hostEntry(workspace)],
    {
      cwd: workspace,
      env: {
        ...process.env,
        // Each checkout's own tsconfig (its path aliases name its own libs), not the one this driver was started with.
        SWC_NODE_PROJECT: join(workspace, 'tsconfig.json'),
        PORT: '0',
        LOG_LEVEL: 'warn',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        KAFKA_BROKERS: '',
        REDIS_URL: '',
        DEMO_ACCOUNTS: 'true',
        GATEWAY_API_REQUESTS_PER_MINUTE: '0',
        NODE_OPTIONS: '',
        ...RUNTIME_ALLOCATOR_ENV,
        ...(JSON.parse(process.env.BENCH_HOST_ENV ?? '{}') as Record<string, string>),
        ...variant,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  if (process.env.BENCH_HOST_STDERR) child.stderr?.pipe(process.stderr);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`host exited:\n${output.slice(-3000)}`);
    return /running \(embedded mode\): (http:\/\/\S+)/.exec(output)?.[1];
  }, 300_000, 50);
  return {
    url,
    child,
    stop: async () => {
      child.kill('SIGINT');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

const residentMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

async function login(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

interface Answer {
  status: number | 'timeout' | 'error';
  ms: number;
  retryAfter: boolean;
  retryAfterSeconds?: number;
  body?: unknown;
}

async function call(url: string, token: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    const text = await response.text();
    return { status: response.status, ms: performance.now() - started, retryAfter: response.headers.has('retry-after'), retryAfterSeconds: Number(response.headers.get('retry-after') ?? 0), body: text ? JSON.parse(text) : undefined };
  } catch (error) {
    return { status: (error as Error).name === 'TimeoutError' ? 'timeout' : 'error', ms: performance.now() - started, retryAfter: false };
  }
}

/** `work(i)` by `concurrency` callers until `items` run out or `seconds` pass; a 503 is retried after its Retry-After, as a client would. */
async function drive(label: string, concurrency: number, items: number, seconds: number, work: (i: number) => Promise<Answer>): Promise<{ figures: LoadFigures; answers: Answer[] }> {
  const answers: Answer[] = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items && performance.now() < deadline) {
        const item = next++;
        for (;;) {
          const answer = await work(item);
          answers.push(answer);
          if (answer.status !== 503 || !answer.retryAfter || performance.now() >= deadline) break;
          await new Promise((resolve) => setTimeout(resolve, Number(answer.retryAfterSeconds) * 1000));
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const ok = answers.filter((a) => typeof a.status === 'number' && a.status < 300).map((a) => a.ms).sort((a, b) => a - b);
  const at = (q: number) => ok[Math.min(ok.length - 1, Math.floor(q * ok.length))] ?? NaN;
  const byStatus: Record<string, number> = {};
  for (const a of answers) byStatus[String(a.status)] = (byStatus[String(a.status)] ?? 0) + 1;
  return {
    answers,
    figures: {
      label,
      concurrency,
      requests: answers.length,
      perSecond: ok.length / elapsed,
      p50: at(0.5),
      p99: at(0.99),
      byStatus,
      busyWithRetryAfter: answers.filter((a) => a.status === 503 && a.retryAfter).length,
      timeouts: answers.filter((a) => a.status === 'timeout').length,
    },
  };
}

const scenario = (i: number) => ({
  title: { zh: `两江新区无人配送示范场景第${i}号`, en: `Unmanned delivery pilot ${i}` },
  domainCode: 'unmanned-systems',
  ownerUnit: '市发展改革委',
  ownerType: 'municipal-department',
  tier: 'industry-integrated',
  taxonomyVersion: '2026-final',
});

function print(f: LoadFigures): void {
  console.log(
    `${f.label.padEnd(13)} c=${String(f.concurrency).padStart(2)}  ${f.perSecond.toFixed(1).padStart(6)}/s  p50 ${f.p50.toFixed(0).padStart(5)} ms  p99 ${f.p99.toFixed(0).padStart(5)} ms  ` +
      `${f.requests} requests ${JSON.stringify(f.byStatus)}  503 with Retry-After ${f.busyWithRetryAfter}  timeouts ${f.timeouts}`,
  );
}

async function main(): Promise<void> {
  const variants = JSON.parse(process.env.BENCH_VARIANTS ?? '[{}]') as Array<Record<string, string>>;
  for (const workspace of WORKSPACES) buildHost(workspace);
  for (let round = 0; round < ROUNDS; round++) {
    for (const workspace of WORKSPACES) {
      for (const variant of variants) {
        console.log(`--- ${workspace} ${JSON.stringify(variant)} (round ${round + 1})`);
        await measure(workspace, variant);
      }
    }
  }
}

/** WARMUP registrations and their transitions, one at a time, retried on 503; not counted. */
async function warmUp(url: string, token: string): Promise<void> {
  const retried = async (attempt: () => Promise<Answer>) => {
    for (let answer = await attempt(); ; answer = await attempt()) {
      if (answer.status !== 503) return answer;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };
  for (let i = 0; i < WARMUP; i++) {
    const registered = await retried(() => call(url, token, 'POST', '/api/scenarios', scenario(-1 - i)));
    const id = (registered.body as { id: string }).id;
    await eventually(async () => ((await retried(() => call(url, token, 'POST', `/api/workflow/scenarios/${id}/events`, { type: 'startCultivation', reason: '预热 warm-up' }))).status === 200 ? true : undefined), 60_000, 200);
  }
}

async function measure(workspace: string, variant: Record<string, string>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scq-embedded-load-'));
  const idleOf = async (which: string, host: Host, readyMs: number) => {
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    console.log(`${which} start: ready in ${(readyMs / 1000).toFixed(1)} s; idle resident ${residentMiB(host.child.pid ?? 0).toFixed(0)} MiB 10 s later`);
  };
  let started = performance.now();
  const first = await startHost(workspace, dataDir, variant);
  if (process.env.BENCH_FIRST_START === 'false') await first.stop();
  else await idleOf('first', first, performance.now() - started).finally(() => first.stop());
  // The figures under load are of a second start, with the data in place (as every start after the first).
  started = performance.now();
  const host = await startHost(workspace, dataDir, variant);
  try {
    await idleOf('second', host, performance.now() - started);
    const token = await login(host.url, 'coordinator');
    await warmUp(host.url, token);
    for (const concurrency of CONCURRENCIES) {
      const ids: string[] = [];
      const registrations = await drive('registrations', concurrency, Infinity, SECONDS, async (i) => {
        const answer = await call(host.url, token, 'POST', '/api/scenarios', scenario(i));
        if (answer.status === 201) ids.push((answer.body as { id: string }).id);
        return answer;
      });
      print(registrations.figures);
      await eventually(async () => {
        const counts = (await (await fetch(`${host.url}/api/search/scenarios/stage-counts`, { headers: { authorization: `Bearer ${token}` } })).json()) as { byStage: Array<{ stage: string | null }> };
        return counts.byStage.some((row) => row.stage === null) ? undefined : true;
      }, 300_000, 500);
      const transitions = await drive('transitions', concurrency, ids.length, SECONDS, (i) =>
        call(host.url, token, 'POST', `/api/workflow/scenarios/${ids[i]}/events`, { type: 'startCultivation', reason: '纳入培育库' }),
      );
      print(transitions.figures);
    }
    console.log(`resident after the load ${residentMiB(host.child.pid ?? 0).toFixed(0)} MiB`);
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
