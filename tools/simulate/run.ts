import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measureEngineCeiling } from '../bench/engine.bench';
import { createWorld } from './actors';
import { startChaos, type Fault } from './chaos';
import { Api, Metrics } from './client';
import { WorkingDayClock, workingDaysOf } from './clock';
import { Simulation } from './driver';
import { absorbedDuplicates, checkInvariants, scrapeDuplicates, type InvariantResult } from './invariants';
import { startEmbeddedPlatform, startProductionPlatform, type StartedPlatform } from './platform';
import { Prng } from './prng';
import type { Profile } from './profile';
import { writeReport, type SimulationReport } from './report';

export interface SimulationOptions {
  seed: number;
  span: string;
  profile: Profile;
  /** 'embedded' (default), 'production' (separate services over the Kafka mock cluster), or a running deployment's URL. */
  mode: 'embedded' | 'production' | 'target';
  target?: string;
  /** For `target`: the administrator's password and the database to check the invariants against. */
  adminPassword?: string;
  databaseUrl?: string;
  workingDayMs: number;
  /** Chaos: a fault every this many ms (0: none). */
  chaosEveryMs: number;
  /** Production mode under NODE_ENV=production (the demo working-day clock is then refused: deadlines take real days). */
  nodeEnvProduction?: boolean;
  /** The lifecycle engine's ceiling (bench:engine's runner alone, on its own database) measured before the platform starts, for this many seconds (0: not measured). */
  engineCeilingSeconds?: number;
  outDir?: string;
  progress?: (line: string) => void;
}

const WORKSPACE = resolve(__dirname, '../..');
/** bench:engine's middle concurrency: about as many transitions at once as the services run under the simulation. */
const ENGINE_CONCURRENCY = 8;
const percentile = (sorted: number[], q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);

/** Starts (or reaches) the platform, runs the span, checks the invariants, writes the report; the report. */
export async function runSimulation(options: SimulationOptions): Promise<SimulationReport & { files: { html: string; json: string } }> {
  const started = performance.now();
  const progress = options.progress ?? ((line: string) => console.log(line));
  // Before anything of the platform runs, and outside the simulated clock: the engine alone on this machine now.
  const ceilingSeconds = options.engineCeilingSeconds ?? 0;
  let engineCeiling: SimulationReport['engineCeiling'];
  if (ceilingSeconds > 0) {
    progress(`engine ceiling: ${ceilingSeconds} s at concurrency ${ENGINE_CONCURRENCY} …`);
    engineCeiling = { concurrency: ENGINE_CONCURRENCY, seconds: ceilingSeconds, ...(await measureEngineCeiling({ concurrency: ENGINE_CONCURRENCY, seconds: ceilingSeconds })) };
  }
  const clockEnv: Record<string, string> = options.nodeEnvProduction ? {} : { NOTIFICATION_DEMO_WORKING_DAY_MS: String(options.workingDayMs) };
  // The relay's stall seam, for --chaos (a test seam: refused, so not set, under NODE_ENV=production).
  const faultDir = options.chaosEveryMs > 0 && !options.nodeEnvProduction && options.mode !== 'target' ? mkdtempSync(join(tmpdir(), 'scq-simulate-faults-')) : undefined;
  const stallFile = faultDir ? join(faultDir, 'relay-stall') : undefined;
  if (stallFile) clockEnv.SCQ_FAULT_RELAY_STALL_FILE = stallFile;
  let platform: StartedPlatform | undefined;
  if (options.mode === 'embedded') platform = await startEmbeddedPlatform({ label: 'simulate', env: clockEnv });
  else if (options.mode === 'production') platform = await startProductionPlatform({ label: 'simulate', env: clockEnv, nodeEnvProduction: options.nodeEnvProduction ?? false });
  const url = platform?.url ?? (options.target as string);
  const adminPassword = platform?.adminPassword ?? options.adminPassword;
  if (!adminPassword) throw new Error('--admin-password (or SIMULATE_ADMIN_PASSWORD) is needed with --target');
  const databaseUrl = platform?.databaseUrl ?? options.databaseUrl;
  const metrics = new Metrics();
  const api = new Api(url, metrics);
  const prng = new Prng(options.seed);
  let chaos: { faults: Fault[]; stop(): Promise<void> } | undefined;
  try {
    const world = await createWorld(api, adminPassword, options.profile, prng.fork('world'));
    progress(`accounts: ${[...world.officers.values()].flat().length} officers of ${world.officers.size} units, ${world.applicants.length} applicants, ${world.evaluators.length} evaluators (${world.conflictsDeclared} conflicts declared), ${world.domains.length} domains`);
    const clock = new WorkingDayClock(options.workingDayMs, new Date().toISOString().slice(0, 10));
    const simulation = new Simulation(api, world, options.profile, prng, clock, metrics, progress);
    if (platform && options.chaosEveryMs > 0) chaos = startChaos(platform, prng.fork('chaos'), options.chaosEveryMs, () => metrics.now(), { stallFile, probe: () => simulation.probePipeline() });
    const days = workingDaysOf(options.span);
    await simulation.run(days);
    await chaos?.stop();
    // A few quiet days, without faults, for what is under way to settle (deadlines fire, consumers catch up).
    await simulation.settle(3);
    if (platform) absorbedDuplicates.value = (await Promise.all(platform.processes.map((p) => scrapeDuplicates(p.url)))).reduce((a, b) => a + b, 0);
    let invariants: InvariantResult[] = [];
    let database;
    if (databaseUrl) {
      const checked = await checkInvariants({ databaseUrl, api, auditor: world.auditor, metrics, scenarioIds: [...simulation.scenarios.map((s) => s.id), ...simulation.probes], tag: world.tag, settleMs: 60_000 });
      invariants = checked.results;
      database = checked.figures;
    } else invariants = [{ name: 'invariants checked against the databases', ok: false, detail: 'no database URL (--database-url) for the target: nothing checked', examples: [] }];
    const latencies = metrics.samples.map((s) => s.latencyMs).sort((a, b) => a - b);
    const projection = [...simulation.timeline.projection].sort((a, b) => a - b);
    const panel = new Map<string, number[]>();
    for (const s of simulation.timeline.scores) panel.set(s.assessmentId, [...(panel.get(s.assessmentId) ?? []), s.mean]);
    const deviations = new Map<string, number[]>();
    for (const s of simulation.timeline.scores) {
      const scores = panel.get(s.assessmentId) as number[];
      if (scores.length < 2) continue;
      deviations.set(s.evaluator, [...(deviations.get(s.evaluator) ?? []), s.mean - scores.reduce((a, b) => a + b, 0) / scores.length]);
    }
    const ledger = metrics.ledger;
    const report: SimulationReport = {
      seed: options.seed,
      span: options.span,
      mode: options.mode === 'target' ? 'target' : `${options.mode}${options.mode === 'production' ? (options.nodeEnvProduction ? ' (NODE_ENV=production)' : ' (separate services, Kafka mock cluster, PostgreSQL, Redis; demo working-day clock)') : ''}`,
      target: url,
      workingDayMs: options.workingDayMs,
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      wallSeconds: (performance.now() - started) / 1000,
      scenarios: simulation.scenarios.length,
      applications: simulation.applications.length,
      commands: {
        sent: metrics.samples.length,
        accepted: ledger.filter((e) => e.outcome === 'accepted').length,
        refused: ledger.filter((e) => e.outcome === 'refused').length,
        unknown: ledger.filter((e) => e.outcome === 'unknown').length,
        retries: metrics.retries,
        reads: metrics.reads,
        p50: percentile(latencies, 0.5),
        p99: percentile(latencies, 0.99),
        refusals: Object.fromEntries(metrics.refusals),
        retryReasons: Object.fromEntries(metrics.retryReasons),
      },
      projection: { samples: projection.length, p50: percentile(projection, 0.5), p99: percentile(projection, 0.99) },
      engineCeiling,
      timeline: simulation.timeline,
      faults: chaos?.faults ?? [],
      database,
      invariants,
      calibration: [...deviations].map(([evaluator, d]) => ({ evaluator, sheets: d.length, meanDeviation: d.reduce((a, b) => a + b, 0) / d.length })),
      ok: invariants.every((r) => r.ok),
    };
    const files = writeReport(options.outDir ?? join(WORKSPACE, 'artifacts', 'simulation'), report);
    return { ...report, files };
  } finally {
    await chaos?.stop();
    await platform?.stop();
    if (faultDir) rmSync(faultDir, { recursive: true, force: true });
  }
}
