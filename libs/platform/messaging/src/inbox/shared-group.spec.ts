import type { DeliveredMessage, MessageBus, MessageHandler, Subscription } from '../bus/message-bus.port';
import type { EventConsumer } from './event.consumer';
import { subscribeSharedGroup } from './shared-group';

/** A bus that records its one subscription and lets the test deliver messages by hand. */
function recordingBus() {
  const subscriptions: Array<{ group: string; topics: string[]; handler: MessageHandler; closed: boolean }> = [];
  const bus = {
    subscribe: async (group: string, topics: string[], handler: MessageHandler): Promise<Subscription> => {
      const entry = { group, topics, handler, closed: false };
      subscriptions.push(entry);
      return { close: async () => void (entry.closed = true) };
    },
  } as unknown as MessageBus;
  return { bus, subscriptions };
}

/** A member with the parts of EventConsumer the group uses; `handle` does what the test says. */
function member(bus: MessageBus, name: string, topics: string[], handle: (message: DeliveredMessage) => Promise<void>) {
  let subscription: Subscription | null = null;
  const fake = {
    name,
    bus,
    topicNames: topics,
    handle,
    attach: (given: Subscription) => void (subscription = given),
    stop: async () => subscription?.close(),
  };
  return fake as unknown as EventConsumer;
}

const message = (topic: string, value = 'v'): DeliveredMessage => ({ topic, key: 'k', value, partition: 0, offset: '0' });

describe('subscribeSharedGroup', () => {
  it('subscribes once for the union of its members’ topics and hands each message to the members that take its topic', async () => {
    const { bus, subscriptions } = recordingBus();
    const seen: string[] = [];
    const a = member(bus, 'svc.a', ['t1', 't2'], async (m) => void seen.push(`a:${m.topic}`));
    const b = member(bus, 'svc.b', ['t2', 't3'], async (m) => void seen.push(`b:${m.topic}`));
    await subscribeSharedGroup('svc.events', [a, b], {});

    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0].group).toBe('svc.events');
    expect([...subscriptions[0].topics].sort()).toEqual(['t1', 't2', 't3']);
    for (const topic of ['t1', 't2', 't3', 'elsewhere']) await subscriptions[0].handler(message(topic));
    expect(seen).toEqual(['a:t1', 'a:t2', 'b:t2', 'b:t3']);
  });

  it('lets every member finish before a failure reaches the bus, so a redelivery never overlaps a handler still running', async () => {
    const { bus, subscriptions } = recordingBus();
    let slowFinished = false;
    const failing = member(bus, 'svc.failing', ['t'], async () => {
      throw new Error('database unreachable');
    });
    const slow = member(bus, 'svc.slow', ['t'], async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      slowFinished = true;
    });
    await subscribeSharedGroup('svc.events', [failing, slow], {});

    await expect(subscriptions[0].handler(message('t'))).rejects.toThrow('database unreachable');
    expect(slowFinished).toBe(true);
  });

  it('stops handing messages to a member that stopped, and closes the subscription when the last one stops', async () => {
    const { bus, subscriptions } = recordingBus();
    const seen: string[] = [];
    const a = member(bus, 'svc.a', ['t'], async () => void seen.push('a'));
    const b = member(bus, 'svc.b', ['t'], async () => void seen.push('b'));
    await subscribeSharedGroup('svc.events', [a, b], {});

    await a.stop();
    await subscriptions[0].handler(message('t'));
    expect(seen).toEqual(['b']);
    expect(subscriptions[0].closed).toBe(false);
    await b.stop();
    expect(subscriptions[0].closed).toBe(true);
  });
});
