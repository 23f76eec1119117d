/**
 * CPU time spent by the processes of a benchmark, read from /proc: what each request costs the whole machine, which a
 * busy machine slows down but hardly changes (unlike requests per second). On two cores, 2,000 ms of CPU a second is
 * all there is, so `2000 / total ms per request` bounds the throughput whatever the concurrency.
 */
import { readFileSync } from 'node:fs';
import { Client } from 'pg';

/** One named share of the CPU: a process, or every PostgreSQL backend serving one database. */
export interface CpuSource {
  name: string;
  pids(): Promise<number[]>;
}

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux (getconf CLK_TCK)

/** utime + stime of a process in ms; 0 when it has gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

export const processSource = (name: string, pid: () => number | undefined): CpuSource => ({
  name,
  pids: async () => {
    const current = pid();
    return current === undefined ? [] : [current];
  },
});

/**
 * The backends connected to one database (asked through the server's `postgres` database, so the question itself is
 * not counted). A backend that ends inside a measured interval loses its share: pools keep theirs open.
 */
export function postgresSource(databaseUrl: string): CpuSource {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  return {
    name: 'postgresql',
    pids: async () => {
      const client = new Client({ connectionString: url.toString() });
      await client.connect();
      try {
        const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database]);
        return rows.map((row) => row.pid);
      } finally {
        await client.end();
      }
    },
  };
}

export type CpuSnapshot = Map<string, Map<number, number>>;

export async function cpuSnapshot(sources: CpuSource[]): Promise<CpuSnapshot> {
  const snapshot: CpuSnapshot = new Map();
  for (const source of sources) snapshot.set(source.name, new Map((await source.pids()).map((pid) => [pid, processCpuMs(pid)])));
  return snapshot;
}

/** CPU ms per source between two snapshots (a process that appeared in between counts from zero). */
export async function cpuSince(before: CpuSnapshot, sources: CpuSource[]): Promise<Record<string, number>> {
  const after = await cpuSnapshot(sources);
  const spent: Record<string, number> = {};
  for (const [name, pids] of after) {
    let total = 0;
    for (const [pid, ms] of pids) total += Math.max(0, ms - (before.get(name)?.get(pid) ?? 0));
    spent[name] = total;
  }
  return spent;
}

/** CPU ms a second per source over `seconds` of quiet, after `settleMs` for what is still running to finish. */
export async function idleCpuPerSecond(sources: CpuSource[], seconds: number, settleMs: number): Promise<Record<string, number>> {
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const before = await cpuSnapshot(sources);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return Object.fromEntries(Object.entries(await cpuSince(before, sources)).map(([name, ms]) => [name, ms / seconds]));
}

/** "gateway 1.2 · workflow 3.4 · … = 9.9 ms" for `spent` divided by `count` requests. */
export function perRequest(spent: Record<string, number>, count: number): { byProcess: Record<string, number>; total: number } {
  const byProcess = Object.fromEntries(Object.entries(spent).map(([name, ms]) => [name, count > 0 ? ms / count : NaN]));
  return { byProcess, total: Object.values(byProcess).reduce((sum, ms) => sum + ms, 0) };
}
