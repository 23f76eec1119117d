import { cpuSince, cpuSnapshot, perRequest, processCpuMs, processSource } from './cpu-accounting';

describe('CPU accounting from /proc', () => {
  it('counts the CPU this process spends between two snapshots, and nothing for a process that is gone', async () => {
    const sources = [processSource('self', () => process.pid), processSource('gone', () => 2 ** 22 + 1)];
    const before = await cpuSnapshot(sources);
    // Spin until Node itself says 100 ms of CPU went by (however busy the machine, however long that takes).
    const start = process.cpuUsage();
    const cpuMs = () => {
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    };
    while (cpuMs() < 100);
    const spent = await cpuSince(before, sources);
    expect(spent.self).toBeGreaterThanOrEqual(80); // /proc counts in 10 ms ticks
    expect(spent.self).toBeLessThan(cpuMs() + 20);
    expect(spent.gone).toBe(0);
    expect(processCpuMs(2 ** 22 + 1)).toBe(0);
  });

  it('divides by the successful requests and sums the processes', () => {
    expect(perRequest({ gateway: 30, workflow: 70 }, 10)).toEqual({ byProcess: { gateway: 3, workflow: 7 }, total: 10 });
  });
});
