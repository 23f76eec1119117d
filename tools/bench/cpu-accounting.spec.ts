import { cpuSince, cpuSnapshot, perRequest, processCpuMs, processSource } from './cpu-accounting';

describe('CPU accounting from /proc', () => {
  it('counts the CPU this process spends between two snapshots, and nothing for a process that is gone', async () => {
    const sources = [processSource('self', () => process.pid), processSource('gone', () => 2 ** 22 + 1)];
    const cpuMsSince = (from: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(from);
      return (used.user + used.system) / 1000;
    };
    // Node's own count around the two snapshots: everything /proc can see between them happened inside it (the reads
    // of /proc themselves, the process's other threads), whatever else the jest worker does meanwhile.
    const outer = process.cpuUsage();
    const before = await cpuSnapshot(sources);
    // Spin until Node itself says 100 ms of CPU went by (however busy the machine, however long that takes).
    const start = process.cpuUsage();
    while (cpuMsSince(start) < 100);
    const spent = await cpuSince(before, sources);
    const outerMs = cpuMsSince(outer);
    // /proc counts user and system time in 10 ms ticks, each reading rounded down: up to 20 ms either way.
    expect(spent.self).toBeGreaterThanOrEqual(80);
    expect(spent.self).toBeLessThanOrEqual(outerMs + 20);
    expect(spent.gone).toBe(0);
    expect(processCpuMs(2 ** 22 + 1)).toBe(0);
  });

  it('divides by the successful requests and sums the processes', () => {
    expect(perRequest({ gateway: 30, workflow: 70 }, 10)).toEqual({ byProcess: { gateway: 3, workflow: 7 }, total: 10 });
  });
});
