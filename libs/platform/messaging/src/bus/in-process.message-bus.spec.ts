import { InProcessMessageBus } from './in-process.message-bus';
import type { DeliveredMessage } from './message-bus.port';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const topic = 'registry.scenario.v1';
const message = (key: string, i: number) => ({ topic, key, value: String(i) });

describe('InProcessMessageBus lanes', () => {
  it('handles another key while one key waits, and keeps each key in publish order', async () => {
    const bus = new InProcessMessageBus();
    const gate = deferred();
    const handled: string[] = [];
    await bus.subscribe('projection', [topic], async (m: DeliveredMessage) => {
      if (m.key === 'slow' && m.value === '0') await gate.promise;
      handled.push(`${m.key}:${m.value}`);
    });
    const first = bus.publish([message('slow', 0), message('slow', 1)]);
    const second = bus.publish([message('fast', 2)]);
    await second;
    expect(handled).toEqual(['fast:2']);
    gate.resolve();
    await first;
    expect(handled).toEqual(['fast:2', 'slow:0', 'slow:1']);
  });

  it('lets one group work while another is slow, and resolves a publish only when every group handled it', async () => {
    const bus = new InProcessMessageBus();
    const gate = deferred();
    const fast: string[] = [];
    let slowDone = false;
    await bus.subscribe('slow', [topic], async () => {
      await gate.promise;
      slowDone = true;
    });
    await bus.subscribe('fast', [topic], async (m) => void fast.push(m.value));
    const published = bus.publish([message('a', 0)]);
    let settled = false;
    void published.then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(fast).toEqual(['0']);
    expect(settled).toBe(false);
    gate.resolve();
    await published;
    expect(slowDone).toBe(true);
  });

  it('rejects a publish whose handler failed, skips the rest of that key in it, and delivers later publishes', async () => {
    const bus = new InProcessMessageBus();
    const handled: string[] = [];
    await bus.subscribe('projection', [topic], async (m) => {
      if (m.value === '0') throw new Error('projection failed');
      handled.push(`${m.key}:${m.value}`);
    });
    await expect(bus.publish([message('a', 0), message('a', 1), message('b', 2)])).rejects.toThrow('projection failed');
    expect(handled).toEqual(['b:2']);
    await bus.publish([message('a', 1)]);
    expect(handled).toEqual(['b:2', 'a:1']);
    await bus.close();
  });
});
