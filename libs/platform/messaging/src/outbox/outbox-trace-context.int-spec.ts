import { randomUUID } from 'node:crypto';
import { context, propagation, trace, type Span } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase, eventually, startKafkaMockCluster, type KafkaMockCluster, type TestDatabase } from '@scq/platform-testing';
import type { DeliveredMessage } from '../bus/message-bus.port';
import { KafkaMessageBus } from '../bus/kafka.message-bus';
import { EventConsumer } from '../inbox/event.consumer';
import { SqlInboxStore } from '../inbox/sql-inbox.store';
import { messagingMigrations } from '../messaging.migration';
import { EventPublisher } from './event.publisher';
import { OutboxRelay } from './outbox.relay';
import { SqlOutboxStore } from './sql-outbox.store';

/**
 * One trace across the outbox (issue 16): the row keeps the W3C context of the work that wrote it, the relay's publish
 * span continues that context (not the relay loop's), the Kafka message carries it with the CloudEvents binary-mode
 * headers, and the consumer's handling span is its child. Real PostgreSQL, the Kafka wire protocol, in-memory spans.
 */
describe('trace context through the outbox, the relay and Kafka', () => {
  const schema = 'trace_ctx';
  const spans = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  let database: TestDatabase | undefined;
  let cluster: KafkaMockCluster | undefined;
  let db: Database | undefined;
  let bus: KafkaMessageBus | undefined;

  beforeAll(async () => {
    provider.register();
    [database, cluster] = await Promise.all([createTestDatabase('trace'), startKafkaMockCluster(1)]);
    db = await openDatabase({ schema, url: database.url, migrations: [...messagingMigrations(schema)] });
    bus = new KafkaMessageBus({ brokers: cluster.brokers, clientId: 'trace-context', prefix: `${cluster.prefix}.` });
  });

  afterAll(async () => {
    await bus?.close();
    await db?.close();
    await Promise.all([cluster?.stop(), database?.drop()]);
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('stores the context with the row, continues it in the relay’s publish span, and parents the consumer’s span on the extracted context', async () => {
    const outbox = new SqlOutboxStore(db!, schema);
    const publisher = new EventPublisher(outbox, 'test-registry');
    const tracer = trace.getTracer('test');
    const scenarioId = randomUUID();

    // The use case: a span active while the event is written in the transaction.
    const useCase = await tracer.startActiveSpan('use case', async (span: Span) => {
      await db!.transaction((tx) =>
        publisher.publish(tx, 'registry.scenario.v1', 'registry.scenario.registered', {
          subject: scenarioId,
          data: { scenarioId, title: { zh: '智慧工地' }, domainCode: 'construction-safety', ownerUnit: '市住房城乡建委', taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString() },
        }),
      );
      span.end();
      return span.spanContext();
    });

    const [row] = (await db!.query<{ id: string; trace_context: Record<string, string> | null }>(`SELECT id, trace_context FROM ${schema}.outbox`)).rows;
    expect(row.trace_context).toEqual({ traceparent: `00-${useCase.traceId}-${useCase.spanId}-01` });

    const delivered: DeliveredMessage[] = [];
    const raw = await bus!.subscribe('raw-reader', ['registry.scenario.v1'], async (message) => void delivered.push(message));
    const handledIn: string[] = [];
    const consumer = new EventConsumer({ consumer: 'trace-reader', source: 'test-workflow', db: db!, bus: bus!, inbox: new SqlInboxStore(schema), outbox }).on(
      'registry.scenario.v1',
      'registry.scenario.registered',
      async () => void handledIn.push(trace.getActiveSpan()?.spanContext().spanId ?? 'none'),
    );
    await consumer.start();

    // The relay runs later, inside a trace of its own (its loop): the message must not join that one.
    const relay = new OutboxRelay({ store: outbox, bus: bus! });
    const loop = await tracer.startActiveSpan('relay loop', async (span: Span) => {
      expect(await relay.relayOnce()).toBe(1);
      span.end();
      return span.spanContext();
    });
    await eventually(async () => (handledIn.length === 1 && delivered.length === 1 ? true : undefined));
    await Promise.all([raw.close(), consumer.stop()]);

    const finished = spans.getFinishedSpans();
    const publish = only(finished, 'publish registry.scenario.v1');
    const process = only(finished, 'process registry.scenario.v1');
    expect(publish.spanContext().traceId).toBe(useCase.traceId);
    expect(publish.parentSpanContext?.spanId).toBe(useCase.spanId);
    expect(publish.spanContext().traceId).not.toBe(loop.traceId);
    expect(process.spanContext().traceId).toBe(useCase.traceId);
    expect(process.parentSpanContext?.spanId).toBe(publish.spanContext().spanId);
    expect(handledIn).toEqual([process.spanContext().spanId]);

    // The message on the wire: the body as it was, the CloudEvents attributes and the publish span's context as headers.
    const [message] = delivered;
    const envelope = JSON.parse(message.value) as { id: string; type: string; source: string; time: string; specversion: string };
    expect(envelope.id).toBe(row.id);
    expect(message.headers).toMatchObject({
      ce_id: envelope.id,
      ce_type: 'registry.scenario.registered',
      ce_source: 'test-registry',
      ce_specversion: '1.0',
      ce_time: envelope.time,
      ce_subject: scenarioId,
      'content-type': 'application/json',
      traceparent: `00-${useCase.traceId}-${publish.spanContext().spanId}-01`,
    });
  });
});

function only(spans: ReadableSpan[], name: string): ReadableSpan {
  const named = spans.filter((span) => span.name === name);
  expect(named).toHaveLength(1);
  return named[0];
}
