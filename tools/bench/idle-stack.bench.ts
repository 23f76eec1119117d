/**
 * What the production shape spends with no request at all (issue 17): the four services and the gateway as separate
 * compiled processes over PostgreSQL, Redis and the Kafka mock cluster, started once per Kafka fetch wait, then CPU ms a
 * second per process over a quiet window (read from /proc, tools/bench/cpu-accounting.ts).
 *
 *   npm run bench:idle     (BENCH_IDLE_WAITS=20,500 · BENCH_IDLE_SECONDS=8)
 */
import { idleCpuPerSecond, processSource } from './cpu-accounting';
import { startProductionPlatform } from '../simulate/platform';

const WAITS = (process.env.BENCH_IDLE_WAITS ?? '20,500').split(',').map((wait) => wait.trim());
const SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 8);

async function idleAt(waitMs: string): Promise<Record<string, number>> {
  const platform = await startProductionPlatform({ label: 'idle', env: { KAFKA_MAX_WAIT_MS: waitMs } });
  try {
    const sources = [...platform.processes.map((p) => processSource(p.app, () => p.child.pid)), processSource('kafka mock brokers', () => platform.kafka?.pid)];
    return await idleCpuPerSecond(sources, SECONDS, 3000); // 3 s: the joins' first fetches behind
  } finally {
    await platform.stop();
  }
}

async function main(): Promise<void> {
  console.log(`The production shape at rest — CPU ms a second per process over ${SECONDS} s, Node ${process.version}\n`);
  for (const wait of WAITS) {
    const idle = await idleAt(wait);
    const total = Object.values(idle).reduce((sum, ms) => sum + ms, 0);
    console.log(`KAFKA_MAX_WAIT_MS=${wait}: ${Object.entries(idle).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(' · ')} = ${total.toFixed(0)} ms/s`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
