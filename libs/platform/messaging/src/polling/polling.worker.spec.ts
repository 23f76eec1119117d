import { PollingWorker } from './polling.worker';

/** Resolves when `predicate` holds, checking after each macrotask (no wall-clock waiting). */
async function until(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !predicate(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(predicate()).toBe(true);
}

describe('PollingWorker', () => {
  it('keeps stepping while there is more, then sleeps until nudged', async () => {
    let pending = 3;
    let steps = 0;
    const worker = new PollingWorker({
      step: async () => {
        steps += 1;
        if (pending === 0) return false;
        pending -= 1;
        return pending > 0;
      },
      idleDelayMs: 60_000,
      maxBackoffMs: 60_000,
      onError: () => undefined,
    });
    worker.start();
    await until(() => pending === 0);
    const afterDrain = steps;
    pending = 1;
    worker.nudge();
    await until(() => pending === 0 && steps > afterDrain);
    await worker.stop();
    expect(pending).toBe(0);
  });

  it('reports a failing step and tries again later, and stops promptly while backing off', async () => {
    const errors: unknown[] = [];
    const worker = new PollingWorker({
      step: async () => {
        throw new Error('database down');
      },
      idleDelayMs: 60_000,
      maxBackoffMs: 60_000,
      onError: (error) => errors.push(error),
    });
    worker.start();
    await until(() => errors.length === 1);
    await worker.stop();
    expect(String(errors[0])).toContain('database down');
  });

  it('armed to be woken from outside, looks once more before sleeping and disarms when it wakes', async () => {
    const calls: string[] = [];
    let pending = 0;
    const worker = new PollingWorker({
      step: async () => {
        calls.push(`step:${pending}`);
        if (pending === 0) return false;
        pending -= 1;
        return true; // did work (as the relay answers): look again
      },
      idleDelayMs: 60_000,
      maxBackoffMs: 60_000,
      onError: () => undefined,
      arm: async () => {
        calls.push('arm');
        // Work committed between the dry pass and arming: only the second look finds it.
        if (calls.filter((c) => c === 'arm').length === 1) pending = 1;
        return true;
      },
      disarm: async () => void calls.push('disarm'),
    });
    worker.start();
    await until(() => calls.filter((c) => c === 'arm').length === 2);
    await worker.stop();
    expect(calls).toEqual(['step:0', 'arm', 'step:1', 'disarm', 'step:0', 'arm', 'step:0', 'disarm']);
  });
});
