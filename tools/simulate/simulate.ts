/**
 * npm run simulate -- --seed N --span 1m|12m|<n>d --profile tools/simulate/profiles/default.json
 *   [--mode embedded|production] [--target <url> --admin-password <p> --database-url <pg url>]
 *   [--working-day-ms 1000] [--chaos [seconds]] [--node-env-production] [--engine-ceiling-seconds 4 | --no-engine-ceiling]
 *
 * Drives the plan's pipeline through the public HTTP API as real roles (accounts created through the admin API), checks
 * the invariants against the databases at the end and writes artifacts/simulation/simulation-seed<N>-<span>.{html,json}.
 * Exits 1 if an invariant fails. See README ("Lifecycle simulator") and docs/architecture.md.
 */
import { resolve } from 'node:path';
import { loadProfile } from './profile';
import { runSimulation } from './run';

function args(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out.set(a.slice(2), 'true');
    else out.set(a.slice(2), argv[++i]);
  }
  return out;
}

async function main(): Promise<number> {
  const a = args(process.argv.slice(2));
  const target = a.get('target');
  const chaos = a.get('chaos');
  const tty = process.stdout.isTTY;
  const report = await runSimulation({
    seed: Number(a.get('seed') ?? 1),
    span: a.get('span') ?? '1m',
    profile: loadProfile(resolve(a.get('profile') ?? 'tools/simulate/profiles/default.json')),
    mode: target ? 'target' : ((a.get('mode') ?? 'embedded') as 'embedded' | 'production'),
    target,
    adminPassword: a.get('admin-password') ?? process.env.SIMULATE_ADMIN_PASSWORD,
    databaseUrl: a.get('database-url') ?? process.env.SIMULATE_DATABASE_URL,
    workingDayMs: Number(a.get('working-day-ms') ?? 1000),
    chaosEveryMs: chaos === undefined ? 0 : (chaos === 'true' ? 20 : Number(chaos)) * 1000,
    nodeEnvProduction: a.get('node-env-production') === 'true',
    engineCeilingSeconds: a.get('no-engine-ceiling') === 'true' ? 0 : Number(a.get('engine-ceiling-seconds') ?? 4),
    progress: (line) => (tty ? process.stdout.write(`\r${line.padEnd(140)}`) : console.log(line)),
  });
  if (tty) process.stdout.write('\n');
  for (const r of report.invariants) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.detail}${r.ok ? '' : ` ${JSON.stringify(r.examples).slice(0, 600)}`}`);
  console.log(`${report.scenarios} scenarios, ${report.applications} applications, ${report.commands.sent} commands (p50 ${report.commands.p50.toFixed(0)} ms, p99 ${report.commands.p99.toFixed(0)} ms), projection p50 ${report.projection.p50.toFixed(0)} ms p99 ${report.projection.p99.toFixed(0)} ms${report.engineCeiling ? ` (engine alone: ${report.engineCeiling.txPerSec.toFixed(0)} tx/s, p50 ${report.engineCeiling.p50.toFixed(1)} ms, p99 ${report.engineCeiling.p99.toFixed(1)} ms)` : ''}, ${report.faults.length} faults, ${report.wallSeconds.toFixed(0)} s`);
  console.log(`report: ${report.files.html}\n        ${report.files.json}`);
  return report.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
