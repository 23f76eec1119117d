import { Kafka, logLevel } from 'kafkajs';
import { startKafkaMockCluster, type KafkaMockCluster } from './kafka-mock-cluster';
import { slowTimeout } from './slow-timeout';

jest.setTimeout(slowTimeout(2));

/**
 * The simulator's `kafka-connections` fault aborts every connection to the brokers, kcat's own consumer's included.
 * Without -E, kcat took "all brokers down" for a reason to exit, and every broker of the cluster went with it
 * (the clients then saw ECONNREFUSED for the rest of the run).
 */
describe('Kafka mock cluster: every connection to its brokers aborted, again and again', () => {
  let cluster: KafkaMockCluster;

  beforeAll(async () => {
    cluster = await startKafkaMockCluster();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('keeps its brokers, and a client reconnects to them', async () => {
    const kafka = new Kafka({ clientId: 'abort-spec', brokers: cluster.brokers, logLevel: logLevel.NOTHING, retry: { initialRetryTime: 100, retries: 10 } });
    const producer = kafka.producer({ allowAutoTopicCreation: true });
    await producer.connect();
    const topic = `${cluster.prefix}.aborted`;
    try {
      for (let round = 1; round <= 10; round++) {
        await producer.send({ topic, acks: -1, messages: [{ key: String(round), value: `round ${round}` }] });
        expect(await cluster.abortConnections()).toBeGreaterThan(0);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect({ round, running: cluster.running() }).toEqual({ round, running: true });
      }
      await producer.send({ topic, acks: -1, messages: [{ key: 'after', value: 'after every abort' }] });
      const admin = kafka.admin();
      await admin.connect();
      try {
        const offsets = await admin.fetchTopicOffsets(topic);
        expect(offsets.reduce((n, p) => n + Number(p.high), 0)).toBe(11);
      } finally {
        await admin.disconnect();
      }
    } finally {
      await producer.disconnect();
    }
  });
});
