import { startConsumers, type EventConsumer } from './event.consumer';

/** A consumer whose start the test finishes by hand, recording what was asked of it. */
function consumer(name: string, log: string[]) {
  let finish!: (error?: Error) => void;
  const started = new Promise<void>((resolve, reject) => (finish = (error) => (error ? reject(error) : resolve())));
  const fake = {
    start: () => {
      log.push(`start ${name}`);
      return started;
    },
    stop: async () => void log.push(`stop ${name}`),
  };
  return { fake: fake as unknown as EventConsumer, finish };
}

describe('startConsumers', () => {
  it('asks every consumer to join before any has joined, and resolves once all have', async () => {
    const log: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) => consumer(name, log));
    let done = false;
    const all = startConsumers([a.fake, b.fake, c.fake]).then(() => (done = true));
    expect(log).toEqual(['start a', 'start b', 'start c']);
    a.finish();
    b.finish();
    await Promise.resolve();
    expect(done).toBe(false);
    c.finish();
    await all;
    expect(done).toBe(true);
  });

  it('stops every consumer again and throws the failure when one cannot join', async () => {
    const log: string[] = [];
    const [a, b] = ['a', 'b'].map((name) => consumer(name, log));
    const all = startConsumers([a.fake, b.fake]);
    a.finish();
    b.finish(new Error('broker unreachable'));
    await expect(all).rejects.toThrow('broker unreachable');
    expect(log).toEqual(['start a', 'start b', 'stop a', 'stop b']);
  });
});
