import { randomUUID } from 'node:crypto';
import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { MessageDeadLetteredV1 } from '@scq/contracts';
import type { Database, Transaction } from '@scq/platform-persistence';
import type { DeliveredMessage, MessageBus, MessageHandler, Subscription } from '../bus/message-bus.port';
import { buildEnvelope } from '../outbox/event.publisher';
import type { OutboxMessage, OutboxStore } from '../outbox/outbox-store.port';
import { DEAD_LETTER_TOPIC, EventConsumer } from './event.consumer';
import type { InboxEntry, InboxStore } from './inbox-store.port';
import { subscribeSharedGroup } from './shared-group';

const SCENARIOS = 'registry.scenario.v1';
const REGISTERED = 'registry.scenario.registered';

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

/** The service's inbox and outbox in memory, behind the ports the consumers write through. */
function memoryService() {
  const inboxRows: InboxEntry[] = [];
  const outboxRows: OutboxMessage[] = [];
  const inbox: InboxStore = {
    record: async (_tx, entry) => {
      if (inboxRows.some((row) => row.messageId === entry.messageId && row.consumer === entry.consumer)) return false;
      inboxRows.push(entry);
      return true;
    },
    status: async (_db, messageId, consumer) => inboxRows.find((row) => row.messageId === messageId && row.consumer === consumer)?.status ?? null,
    forgetDeadLetter: async () => false,
  };
  const outbox = { append: async (_tx: unknown, messages: OutboxMessage[]) => void outboxRows.push(...messages) } as unknown as OutboxStore;
  const db = { transaction: <T>(work: (tx: Transaction) => Promise<T>) => work({} as Transaction) } as unknown as Database;
  const deadLetters = () => outboxRows.filter((row) => row.topic === DEAD_LETTER_TOPIC).map((row) => (JSON.parse(row.payload) as { data: MessageDeadLetteredV1 }).data);
  return { db, inbox, outbox, inboxRows, deadLetters };
}

type Service = ReturnType<typeof memoryService>;

function member(bus: MessageBus, service: Service, name: string, db: Database = service.db): EventConsumer {
  return new EventConsumer({ consumer: name, group: 'svc.events', source: 'svc', db, bus, inbox: service.inbox, outbox: service.outbox, maxAttempts: 1, baseDelayMs: 1 });
}

function scenarioRegistered(): DeliveredMessage {
  const scenarioId = randomUUID();
  const event = buildEnvelope('registry', SCENARIOS, REGISTERED, {
    subject: scenarioId,
    data: { scenarioId, title: { zh: '园区无人配送', en: 'Driverless delivery in parks' }, domainCode: 'smart-logistics', ownerUnit: '市发展改革委', taxonomyVersion: '2028-final', registeredAt: new Date().toISOString() },
  });
  return { topic: SCENARIOS, key: scenarioId, value: JSON.stringify(event), partition: 0, offset: '1' };
}

function deadLettered(): DeliveredMessage {
  const event = buildEnvelope('evaluation', DEAD_LETTER_TOPIC, 'platform.message.dead-lettered', {
    subject: 'evaluation.assessments',
    data: { consumer: 'evaluation.assessments', reason: 'test', attempts: 4, original: { topic: 'workflow.assessment.v1', key: 'k', value: '{}', partition: 0, offset: '1' }, failedAt: new Date().toISOString() },
  });
  return { topic: DEAD_LETTER_TOPIC, key: 'evaluation.assessments', value: JSON.stringify(event), partition: 0, offset: '2' };
}

/** The message with a `value` that counts how many times its bytes are read (each JSON.parse of it reads them once). */
function countingReads(message: DeliveredMessage): { message: DeliveredMessage; reads: () => number } {
  let reads = 0;
  const counted = { ...message };
  Object.defineProperty(counted, 'value', { enumerable: true, get: () => (reads++, message.value) });
  return { message: counted, reads: () => reads };
}

const idOf = (message: DeliveredMessage) => (JSON.parse(message.value) as { id: string }).id;

describe('subscribeSharedGroup', () => {
  const spans = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });

  beforeAll(() => provider.register());
  afterEach(() => spans.reset());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('subscribes once for the union of its members’ topics and hands each event to the members with a handler for its type', async () => {
    const { bus, subscriptions } = recordingBus();
    const service = memoryService();
    const seen: string[] = [];
    const a = member(bus, service, 'svc.a')
      .on(SCENARIOS, REGISTERED, async () => void seen.push('a:registered'))
      .on(DEAD_LETTER_TOPIC, 'platform.message.dead-lettered', async () => void seen.push('a:dead-lettered'));
    const b = member(bus, service, 'svc.b').on(SCENARIOS, 'registry.scenario.profile-changed', async () => void seen.push('b:profile-changed'));
    const c = member(bus, service, 'svc.c').on(DEAD_LETTER_TOPIC, 'platform.message.dead-lettered', async () => void seen.push('c:dead-lettered'));
    await subscribeSharedGroup('svc.events', [a, b, c], {});

    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0].group).toBe('svc.events');
    expect([...subscriptions[0].topics].sort()).toEqual([DEAD_LETTER_TOPIC, SCENARIOS].sort());
    for (const message of [scenarioRegistered(), deadLettered(), { ...scenarioRegistered(), topic: 'elsewhere' }]) await subscriptions[0].handler(message);
    expect(seen).toEqual(['a:registered', 'a:dead-lettered', 'c:dead-lettered']);
    expect(service.inboxRows.map((row) => `${row.consumer}:${row.topic}`)).toEqual([`svc.a:${SCENARIOS}`, `svc.a:${DEAD_LETTER_TOPIC}`, `svc.c:${DEAD_LETTER_TOPIC}`]);
  });

  it('parses and validates a message once, however many members take it', async () => {
    const { bus, subscriptions } = recordingBus();
    const service = memoryService();
    const handled: string[] = [];
    const members = ['svc.start', 'svc.index', 'svc.search', 'svc.audit'].map((name) => member(bus, service, name).on(SCENARIOS, REGISTERED, async (event) => void handled.push(`${name}:${event.id}`)));
    await subscribeSharedGroup('svc.events', members, {});

    const delivered = scenarioRegistered();
    const { message, reads } = countingReads(delivered);
    await subscriptions[0].handler(message);
    expect(reads()).toBe(1);
    expect(handled).toEqual(['svc.start', 'svc.index', 'svc.search', 'svc.audit'].map((name) => `${name}:${idOf(delivered)}`));
  });

  it('leaves out the members with no handler for the event’s type: no call, no span, no inbox row; each taker has its own span in the producer’s trace', async () => {
    const { bus, subscriptions } = recordingBus();
    const service = memoryService();
    const handled: string[] = [];
    const takers = ['svc.start', 'svc.index'].map((name) => member(bus, service, name).on(SCENARIOS, REGISTERED, async () => void handled.push(name)));
    const others = [member(bus, service, 'svc.profile').on(SCENARIOS, 'registry.scenario.profile-changed', async () => void handled.push('svc.profile')), member(bus, service, 'svc.risk').on(SCENARIOS, 'registry.scenario.employment-risk-breached', async () => void handled.push('svc.risk'))];
    // Whichever way the group hands a member a message.
    const calls: string[] = [];
    for (const consumer of [...takers, ...others]) {
      for (const entry of ['handle', 'handleShared'] as const) {
        const original = consumer[entry] as ((...args: unknown[]) => Promise<void>) | undefined;
        if (original) Object.assign(consumer, { [entry]: (...args: unknown[]) => (calls.push(consumer.name), original.apply(consumer, args)) });
      }
    }
    await subscribeSharedGroup('svc.events', [...takers, ...others], {});

    const traceId = randomUUID().replace(/-/g, '');
    const delivered = { ...scenarioRegistered(), headers: { traceparent: `00-${traceId}-${'b'.repeat(16)}-01` } };
    await subscriptions[0].handler(delivered);
    expect(calls).toEqual(['svc.start', 'svc.index']);
    expect(handled).toEqual(['svc.start', 'svc.index']);
    expect(service.inboxRows.map((row) => [row.consumer, row.status])).toEqual([
      ['svc.start', 'processed'],
      ['svc.index', 'processed'],
    ]);
    const finished = spans.getFinishedSpans();
    expect(finished.map((span) => [span.name, span.attributes['messaging.consumer.group.name']])).toEqual([
      [`process ${SCENARIOS}`, 'svc.start'],
      [`process ${SCENARIOS}`, 'svc.index'],
    ]);
    for (const span of finished) {
      expect(span.spanContext().traceId).toBe(traceId);
      expect(span.parentSpanContext?.spanId).toBe('b'.repeat(16));
      expect(span.attributes).toMatchObject({ 'messaging.operation.type': 'process', 'messaging.destination.name': SCENARIOS, 'messaging.kafka.message.key': delivered.key });
    }
  });

  it.each([
    ['malformed JSON', () => ({ ...scenarioRegistered(), value: '{"specversion":"1.0","id":"半截的消息","data":{"title":{"zh":"未写完' }), 'malformed JSON'],
    [
      'an invalid event',
      () => {
        const message = scenarioRegistered();
        const event = JSON.parse(message.value) as { data: Record<string, unknown> };
        delete event.data.title;
        return { ...message, value: JSON.stringify(event, null, 2) };
      },
      'invalid registry.scenario.registered data: title',
    ],
  ])('dead-letters %s under the name of every member of its topic, each once, as each would on its own subscription', async (_what, make, reason) => {
    const { bus, subscriptions } = recordingBus();
    const service = memoryService();
    const handled: string[] = [];
    const onTopic = [
      member(bus, service, 'svc.start').on(SCENARIOS, REGISTERED, async () => void handled.push('svc.start')),
      member(bus, service, 'svc.profile').on(SCENARIOS, 'registry.scenario.profile-changed', async () => void handled.push('svc.profile')),
    ];
    const elsewhere = member(bus, service, 'svc.watch').on(DEAD_LETTER_TOPIC, 'platform.message.dead-lettered', async () => void handled.push('svc.watch'));
    await subscribeSharedGroup('svc.events', [...onTopic, elsewhere], {});

    const bad = make();
    await subscriptions[0].handler(bad);
    // A redelivery of the same bytes finds the dead letters written: nothing more.
    await subscriptions[0].handler(bad);
    expect(handled).toEqual([]);
    expect(service.inboxRows.map((row) => [row.consumer, row.status, row.eventType])).toEqual([
      ['svc.start', 'dead-lettered', null],
      ['svc.profile', 'dead-lettered', null],
    ]);
    const letters = service.deadLetters();
    expect(letters.map((letter) => letter.consumer)).toEqual(['svc.start', 'svc.profile']);
    for (const letter of letters) {
      expect(letter.reason).toContain(reason);
      expect(letter.attempts).toBe(0);
      expect(letter.original).toMatchObject({ topic: SCENARIOS, key: bad.key, value: bad.value });
    }

    // What one of them writes on its own subscription (EventConsumer.handle) is the same.
    const alone = memoryService();
    await member(bus, alone, 'svc.start').on(SCENARIOS, REGISTERED, async () => undefined).handle(bad);
    expect(alone.inboxRows).toEqual(service.inboxRows.filter((row) => row.consumer === 'svc.start'));
    expect(alone.deadLetters().map(({ failedAt: _at, ...letter }) => letter)).toEqual(letters.filter((letter) => letter.consumer === 'svc.start').map(({ failedAt: _at, ...letter }) => letter));
  });

  it('lets every member finish before a failure reaches the bus, so a redelivery never overlaps a handler still running', async () => {
    const { bus, subscriptions } = recordingBus();
    const service = memoryService();
    let slowFinished = false;
    const unreachable = { transaction: async () => Promise.reject(new Error('database unreachable')) } as unknown as Database;
    const failing = member(bus, service, 'svc.failing', unreachable).on(SCENARIOS, REGISTERED, async () => undefined);
    const slow = member(bus, service, 'svc.slow').on(SCENARIOS, REGISTERED, async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      slowFinished = true;
    });
    await subscribeSharedGroup('svc.events', [failing, slow], {});

    await expect(subscriptions[0].handler(scenarioRegistered())).rejects.toThrow('database unreachable');
    expect(slowFinished).toBe(true);
  });

  it('stops handing messages to a member that stopped, and closes the subscription when the last one stops', async () => {
    const { bus, subscriptions } = recordingBus();
    const service = memoryService();
    const seen: string[] = [];
    const a = member(bus, service, 'svc.a').on(SCENARIOS, REGISTERED, async () => void seen.push('a'));
    const b = member(bus, service, 'svc.b').on(SCENARIOS, REGISTERED, async () => void seen.push('b'));
    await subscribeSharedGroup('svc.events', [a, b], {});

    await a.stop();
    await subscriptions[0].handler(scenarioRegistered());
    expect(seen).toEqual(['b']);
    expect(subscriptions[0].closed).toBe(false);
    await b.stop();
    expect(subscriptions[0].closed).toBe(true);
  });
});
