import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';

/**
 * The W3C trace context (`traceparent`, `tracestate`) of the work in progress, through the OpenTelemetry API only:
 * without a started SDK (tracing off) every call here is the API's no-op and nothing is recorded or carried.
 */
export type TraceCarrier = Record<string, string>;

const TRACER = 'scq-platform';

/** The active trace context as W3C headers, or null when there is none (tracing off, or no span active). */
export function currentTraceCarrier(): TraceCarrier | null {
  const carrier: TraceCarrier = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ? carrier : null;
}

/** The context a carrier (outbox row, message headers) names, on top of nothing: never the caller's own. */
export function contextFromCarrier(carrier: Record<string, string> | null | undefined): Context {
  return carrier ? propagation.extract(ROOT_CONTEXT, carrier) : ROOT_CONTEXT;
}

/** The ids of the active span, for log lines; undefined when no span is active. */
export function activeSpanIds(): { trace_id: string; span_id: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/**
 * Runs `work` in a new span whose parent is `parent` (default: the active context), ending it when the work settles and
 * recording a failure. With tracing off the span is the API's non-recording one.
 */
export function withSpan<T>(name: string, options: { kind?: SpanKind; parent?: Context; attributes?: Record<string, string | number> }, work: (span: Span) => Promise<T>): Promise<T> {
  const parent = options.parent ?? context.active();
  const span = startSpan(name, { ...options, parent });
  return context.with(trace.setSpan(parent, span), async () => {
    try {
      return await work(span);
    } catch (error) {
      failSpan(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Starts a span (not made active) whose parent is `parent` (default: the active context); the caller ends it. */
export function startSpan(name: string, options: { kind?: SpanKind; parent?: Context; attributes?: Record<string, string | number> }): Span {
  return trace.getTracer(TRACER).startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes }, options.parent ?? context.active());
}

/** Records a failure on a span. */
export function failSpan(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/** W3C headers naming `span` (the context a message carries to its consumer). */
export function carrierOfSpan(span: Span, parent: Context): TraceCarrier {
  const carrier: TraceCarrier = {};
  propagation.inject(trace.setSpan(parent, span), carrier);
  return carrier;
}

/**
 * Where a Kafka message keeps the context it was created in, hidden from the wire (a symbol property of its headers):
 * the kafkajs instrumentation overwrites `traceparent` with its batch send span, and the tracing set-up restores it.
 */
export const CREATION_TRACE_CONTEXT = Symbol.for('scq.trace.creation-context');

export { SpanKind };
