import { slowTimeout, startKafkaMockCluster, type KafkaMockCluster } from '@scq/platform-testing';
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
});
