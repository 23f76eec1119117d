import { eventually, slowTimeout, startKafkaMockCluster, type KafkaMockCluster } from '@scq/platform-testing';
import { KafkaMessageBus } from './kafka.message-bus';
import type { BusMessage } from './message-bus.port';

jest.setTimeout(slowTimeout(2));

/**
 * Consumers take Kafka's fetched batches several keys at a time (issue 17): messages of different keys are handled
 * concurrently, the messages of one key strictly one after the other, in offset order.
 */
describe('Kafka consumer: batches handled several keys at once, in order per key', () => {
  let cluster: KafkaMockCluster;
  let bus: KafkaMessageBus;

  beforeAll(async () => {
    cluster = await startKafkaMockCluster(1);
    bus = new KafkaMessageBus({ brokers: cluster.brokers, clientId: 'batches', prefix: `${cluster.prefix}.` });
  });

  afterAll(async () => {
    await bus?.close();
    await cluster?.stop();
  });

  it('overlaps keys and keeps each key in order', async () => {
    const keys = Array.from({ length: 8 }, (_, i) => `scenario-${i}`);
    const perKey = 10;
    const messages: BusMessage[] = [];
    for (let n = 0; n < perKey; n++) for (const key of keys) messages.push({ topic: 'registry.scenario.v1', key, value: `${key}#${n}` });
    // All on the wire before the consumer joins, so its fetches bring many messages per partition.
    await bus.publish(messages);

    const seen = new Map<string, number[]>();
    const activeByKey = new Map<string, number>();
    let active = 0;
    let mostAtOnce = 0;
    let overlapSameKey = false;
    let done: () => void = () => undefined;
    const all = new Promise<void>((resolve) => (done = resolve));
    let count = 0;
    const subscription = await bus.subscribe('batches-group', ['registry.scenario.v1'], async (message) => {
      const key = message.key ?? '';
      active += 1;
      mostAtOnce = Math.max(mostAtOnce, active);
      if ((activeByKey.get(key) ?? 0) > 0) overlapSameKey = true;
      activeByKey.set(key, (activeByKey.get(key) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 15));
      seen.set(key, [...(seen.get(key) ?? []), Number(message.value.split('#')[1])]);
      activeByKey.set(key, (activeByKey.get(key) ?? 1) - 1);
      active -= 1;
      if (++count === messages.length) done();
    });
    try {
      await all;
    } finally {
      await subscription.close();
    }
    expect(overlapSameKey).toBe(false);
    for (const key of keys) expect(seen.get(key)).toEqual(Array.from({ length: perKey }, (_, n) => n));
    expect(mostAtOnce).toBeGreaterThan(1);
  });

  it('with awaitJoin: false, resolves before its group is joined; what is published meanwhile is delivered once joined', async () => {
    const delivered: string[] = [];
    let joined = false;
    const subscription = await bus.subscribe('early-group', ['workflow.scenario.v1'], async (message) => void delivered.push(message.value), { awaitJoin: false });
    const joining = subscription.joined?.().then(() => (joined = true));
    try {
      // A join waits out the broker's rebalance delay (3 s on the mock cluster): subscribe did not.
      expect(joined).toBe(false);
      await bus.publish([{ topic: 'workflow.scenario.v1', key: 'early', value: 'while joining' }]);
      await joining;
      expect(joined).toBe(true);
      await eventually(async () => (delivered.length > 0 ? true : undefined), slowTimeout(0.25));
      expect(delivered).toEqual(['while joining']);
    } finally {
      // Closing waits for a join in progress, so kafkajs never finishes one on a closed client.
      await subscription.close();
    }
  });
});
