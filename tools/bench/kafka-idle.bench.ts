/**
 * What an idle Kafka consumer costs (issue 17): CPU a second of one process holding consumers that receive nothing, for
 * several shapes side by side on one librdkafka mock cluster. kafkajs fetches again as soon as a fetch answers, and an
 * empty fetch answers when its wait ends, so the idle cost is (groups × brokers with their partitions ÷ wait) fetches a
 * second, each encoded and decoded for every partition. The mock cluster waits out every fetch; a real broker answers as
 * soon as data arrives, so there a longer wait costs no latency.
 *
 *   npm run bench:kafka-idle     (BENCH_KAFKA_IDLE_SECONDS, default 5 per shape)
 */
import { KafkaMessageBus } from '@scq/platform-messaging';
import { startKafkaMockCluster } from '@scq/platform-testing';

const SECONDS = Number(process.env.BENCH_KAFKA_IDLE_SECONDS ?? 5);

interface Shape {
  label: string;
  brokers: number;
  groups: number;
  topics: number;
  waitMs: number;
}

const SHAPES: Shape[] = [
  { label: 'producer only (the baseline)', brokers: 3, groups: 0, topics: 10, waitMs: 20 },
  { label: 'one group per handler (10 groups × 1 topic)', brokers: 3, groups: 10, topics: 1, waitMs: 20 },
  { label: 'one group per service (1 group × 10 topics)', brokers: 3, groups: 1, topics: 10, waitMs: 20 },
  { label: 'one group per service, 1 broker', brokers: 1, groups: 1, topics: 10, waitMs: 20 },
  { label: 'one group per service, wait 100 ms', brokers: 3, groups: 1, topics: 10, waitMs: 100 },
  { label: 'one group per service, wait 500 ms', brokers: 3, groups: 1, topics: 10, waitMs: 500 },
];

async function measure(shape: Shape): Promise<{ user: number; system: number }> {
  const cluster = await startKafkaMockCluster(shape.brokers);
  const bus = new KafkaMessageBus({ brokers: cluster.brokers, clientId: 'idle', prefix: `${cluster.prefix}.`, maxWaitTimeInMs: shape.waitMs });
  try {
    const topics = Array.from({ length: shape.topics }, (_, i) => `idle-${i}`);
    await bus.publish(topics.map((topic) => ({ topic, key: 'k', value: 'created' })));
    await Promise.all(Array.from({ length: shape.groups }, (_, g) => bus.subscribe(`idle-group-${g}`, shape.groups === 1 ? topics : topics.slice(g % topics.length, (g % topics.length) + 1), async () => undefined)));
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the first fetches and the created messages behind
    const before = process.cpuUsage();
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
    const used = process.cpuUsage(before);
    const seconds = (performance.now() - started) / 1000;
    return { user: used.user / 1000 / seconds, system: used.system / 1000 / seconds };
  } finally {
    await bus.close();
    await cluster.stop();
  }
}

async function main(): Promise<void> {
  console.log(`Idle Kafka consumers — CPU ms a second of this process over ${SECONDS} s, librdkafka mock cluster, Node ${process.version}\n`);
  console.log('| shape | brokers | groups | topics (4 partitions each) | fetch wait | user | system | total ms/s |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const shape of SHAPES) {
    const { user, system } = await measure(shape);
    console.log(`| ${shape.label} | ${shape.brokers} | ${shape.groups} | ${shape.topics} | ${shape.waitMs} ms | ${user.toFixed(0)} | ${system.toFixed(0)} | ${(user + system).toFixed(0)} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
