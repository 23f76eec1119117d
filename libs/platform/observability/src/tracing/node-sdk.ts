import { propagation, ROOT_CONTEXT, trace, type Span } from '@opentelemetry/api';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { KafkaJsInstrumentation } from '@opentelemetry/instrumentation-kafkajs';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { CREATION_TRACE_CONTEXT, type TraceCarrier } from '../trace-context';
import { JsonLinesFileSpanExporter } from './json-lines-span.exporter';
import type { TracingSettings } from './tracing-settings';

/**
 * Loaded only when tracing is on (see start-tracing.ts): the OpenTelemetry Node SDK with the instrumentations this
 * platform needs. The exporter, sampler and propagators come from the standard OTEL_* variables (OTLP by default);
 * metrics and logs stay out of it (metrics are Prometheus's, logs are pino's lines on stdout).
 */
export function startNodeSdk(settings: TracingSettings): { shutdown(): Promise<void> } {
  const sdk = new NodeSDK({
    serviceName: settings.serviceName,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => /^\/health\//.test(request.url ?? '') }),
      new ExpressInstrumentation(),
      new NestInstrumentation(),
      new PgInstrumentation({ requireParentSpan: true }),
      new KafkaJsInstrumentation({ producerHook: (span, { message }) => keepCreationContext(span, message.headers) }),
      new IORedisInstrumentation({ requireParentSpan: true }),
    ],
    // The test-only exporter replaces the environment's; otherwise the SDK reads OTEL_TRACES_EXPORTER and the OTLP settings.
    ...(settings.testSpansFile ? { spanProcessors: [new SimpleSpanProcessor(new JsonLinesFileSpanExporter(settings.testSpansFile))] } : {}),
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return sdk;
}

/**
 * kafkajs's producer span names itself in `traceparent` (one send span per message of a batch, all under the relay's
 * loop). A message created in another trace (the outbox row's, continued by the relay's publish span) keeps that one
 * instead: the send span is linked to it, and the consumer continues the trace the message belongs to.
 */
function keepCreationContext(span: Span, headers: unknown): void {
  const creation = (headers as { [CREATION_TRACE_CONTEXT]?: TraceCarrier } | undefined)?.[CREATION_TRACE_CONTEXT];
  if (!creation || !headers) return;
  const target = headers as Record<string, unknown>;
  delete target.traceparent;
  delete target.tracestate;
  Object.assign(target, creation);
  const created = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, creation));
  if (created) span.addLink({ context: created });
}
