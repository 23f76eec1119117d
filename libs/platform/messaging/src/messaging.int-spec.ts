import { openDatabase } from '@scq/platform-persistence';
import { createTestDatabase, startKafkaMockCluster, type TestDatabase } from '@scq/platform-testing';
import { describeMessageBusContract } from './bus/message-bus.contract';
import { InProcessMessageBus } from './bus/in-process.message-bus';
import { KafkaMessageBus } from './bus/kafka.message-bus';
import { describeInboxStoreContract } from './inbox/inbox-store.contract';
import { SqlInboxStore } from './inbox/sql-inbox.store';
import { messagingMigrations } from './messaging.migration';
import { describeOutboxStoreContract } from './outbox/outbox-store.contract';
import { SqlOutboxStore } from './outbox/sql-outbox.store';

let postgres: TestDatabase;
beforeAll(async () => {
  postgres = await createTestDatabase('messaging');
});
afterAll(() => postgres.drop());

const adapters = {
  'PostgreSQL (pg)': (schema: string) => openDatabase({ schema, url: postgres.url, migrations: [...messagingMigrations(schema)] }),
  'PGlite (in memory)': (schema: string) => openDatabase({ schema, pgliteDataDir: 'memory://', migrations: [...messagingMigrations(schema)] }),
};

for (const [name, open] of Object.entries(adapters)) {
  describeOutboxStoreContract(name, async () => {
    const db = await open('outbox_contract');
    return { db, store: new SqlOutboxStore(db, 'outbox_contract') };
  });
  describeInboxStoreContract(name, async () => {
    const db = await open('inbox_contract');
    return { db, store: new SqlInboxStore('inbox_contract') };
  });
}

describeMessageBusContract('Kafka (kafkajs on the librdkafka mock cluster)', async () => {
  const cluster = await startKafkaMockCluster();
  const bus = new KafkaMessageBus({ brokers: cluster.brokers, clientId: 'contract', prefix: `${cluster.prefix}.` });
  return {
    bus,
    teardown: async () => {
      await bus.close();
      await cluster.stop();
    },
  };
});

describeMessageBusContract('in-process', async () => {
  const bus = new InProcessMessageBus();
  return { bus, teardown: () => bus.close() };
});
