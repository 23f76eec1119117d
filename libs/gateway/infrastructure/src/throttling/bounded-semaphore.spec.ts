import { BoundedSemaphore, SemaphoreQueueFullError } from './bounded-semaphore';

/** A task that runs until released, noting when it started. */
function gated(started: string[], name: string) {
  let release!: () => void;
  const done = new Promise<string>((resolve) => (release = () => resolve(name)));
  return { task: () => (started.push(name), done), release };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('BoundedSemaphore', () => {
  it('runs at most `concurrency` tasks at once, the others in arrival order as slots free', async () => {
    const semaphore = new BoundedSemaphore(2, 10);
    const started: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => gated(started, name));
    const results = [a, b, c, d].map((t) => semaphore.run(t.task));
    await tick();
    expect(started).toEqual(['a', 'b']);
    expect([semaphore.active, semaphore.queued]).toEqual([2, 2]);
    b.release();
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    a.release();
    c.release();
    d.release();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect([semaphore.active, semaphore.queued]).toEqual([0, 0]);
  });

  it('refuses a task at once when every slot is taken and the queue is full, without starting it', async () => {
    const semaphore = new BoundedSemaphore(1, 2);
    const started: string[] = [];
    const tasks = ['running', 'waiting-1', 'waiting-2', 'refused'].map((name) => gated(started, name));
    const results = tasks.map((t) => semaphore.run(t.task).catch((error: unknown) => error));
    expect(await results[3]).toBeInstanceOf(SemaphoreQueueFullError);
    expect(started).toEqual(['running']);
    expect([semaphore.active, semaphore.queued]).toEqual([1, 2]);
    for (const t of tasks) t.release();
    expect(await Promise.all(results.slice(0, 3))).toEqual(['running', 'waiting-1', 'waiting-2']);
    // Room again once the queue has drained.
    await expect(semaphore.run(async () => 'later')).resolves.toBe('later');
  });

  it('frees the slot when a task fails', async () => {
    const semaphore = new BoundedSemaphore(1, 0);
    await expect(semaphore.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(semaphore.active).toBe(0);
    await expect(semaphore.run(async () => 1)).resolves.toBe(1);
  });

  it('needs at least one slot and a queue limit of 0 or more', () => {
    expect(() => new BoundedSemaphore(0, 1)).toThrow(RangeError);
    expect(() => new BoundedSemaphore(1, -1)).toThrow(RangeError);
    expect(new BoundedSemaphore(Infinity, Infinity).concurrency).toBe(Infinity);
  });
});
