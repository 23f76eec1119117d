import { join, resolve } from 'node:path';
import { slowTimeout } from '@scq/platform-testing';
import { loadProfile } from '../simulate/profile';
import { runSimulation } from '../simulate/run';

jest.setTimeout(slowTimeout(8));

const WORKSPACE = resolve(__dirname, '../..');

/**
 * Issue 19's Must-hold: one simulated month (21 working days, about fifty scenarios) driven through the gateway as
 * real accounts, against the production shape — the four services and the gateway as separate processes over the
 * Kafka mock cluster, PostgreSQL and Redis — with chaos on (SIGKILL of a random process and its restart on the same
 * port, every connection to the Kafka brokers aborted at once, a flush of the run's Redis prefix), and every invariant
 * checked against the databases at the end.
 *
 * The services run without NODE_ENV=production here: the accelerated working-day clock
 * (NOTIFICATION_DEMO_WORKING_DAY_MS, so that revision and public-notice deadlines lapse within the month) is refused
 * under it by design.
 */
describe('lifecycle simulator: a month with chaos in the production shape', () => {
  it('keeps every invariant', async () => {
    const report = await runSimulation({
      seed: 19,
      span: '1m',
      profile: loadProfile(join(WORKSPACE, 'tools/simulate/profiles/suite.json')),
      mode: 'production',
      workingDayMs: Number(process.env.SIMULATE_SUITE_WORKING_DAY_MS ?? 2000),
      chaosEveryMs: 15_000,
      engineCeilingSeconds: 2,
      outDir: join(WORKSPACE, 'artifacts', 'simulation', 'suite'),
      progress: () => undefined,
    });
    console.log(
      `simulation (suite): ${report.scenarios} scenarios, ${report.applications} applications, ${report.commands.sent} commands (p50 ${report.commands.p50.toFixed(0)} ms, p99 ${report.commands.p99.toFixed(0)} ms), ${report.faults.length} faults (${report.faults.map((f) => `${f.kind} ${f.target}${f.recoveredMs === undefined ? '' : ` ${(f.recoveredMs / 1000).toFixed(1)} s`}${f.connections === undefined ? '' : ` ${f.connections} conns`}`).join(', ')}), ${report.wallSeconds.toFixed(0)} s; engine alone ${report.engineCeiling?.txPerSec.toFixed(0)} tx/s p99 ${report.engineCeiling?.p99.toFixed(1)} ms vs projection p50 ${report.projection.p50.toFixed(0)} ms p99 ${report.projection.p99.toFixed(0)} ms; ${report.files.html}`,
    );
    expect(report.invariants.filter((r) => !r.ok)).toEqual([]);
    expect(report.invariants.map((r) => r.name)).toHaveLength(7);
    expect(report.scenarios).toBeGreaterThanOrEqual(30);
    expect(report.faults.some((f) => f.kind === 'sigkill' && f.recoveredMs !== undefined)).toBe(true);
    // The brokers' connections were all cut at least once, and a probe went through the pipeline afterwards.
    const cut = report.faults.filter((f) => f.kind === 'kafka-connections');
    expect(cut.length).toBeGreaterThanOrEqual(1);
    expect(cut.filter((f) => f.error !== undefined)).toEqual([]);
    expect(cut.every((f) => (f.connections ?? 0) > 0 && f.recoveredMs !== undefined)).toBe(true);
    expect(report.engineCeiling?.txPerSec).toBeGreaterThan(0);
    // The pipeline moved: scenarios were advanced and assessed, not only registered.
    const accepted = new Set(report.timeline.days.flatMap((d) => Object.keys(d.byStage)));
    expect([...accepted].some((stage) => stage.startsWith('recognition') || stage === 'listed' || stage.startsWith('operating'))).toBe(true);
  });
});
