import { appendFileSync } from 'node:fs';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

/** One finished span as the test-only exporter writes it (one JSON object a line). */
export interface ExportedSpanLine {
  service: string;
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  links: Array<{ traceId: string; spanId: string }>;
  attributes: Record<string, unknown>;
  status: number;
  startTime: [number, number];
  endTime: [number, number];
}

/**
 * TEST ONLY (OTEL_TRACES_EXPORTER=scq-test-spans-file, refused in production): an in-memory exporter's view written to a
 * file, so a test can read the spans of services it runs as separate processes. Appends synchronously, one line a span.
 */
export class JsonLinesFileSpanExporter implements SpanExporter {
  constructor(private readonly file: string) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    try {
      appendFileSync(this.file, spans.map((span) => `${JSON.stringify(toLine(span))}\n`).join(''));
      done({ code: ExportResultCode.SUCCESS });
    } catch (error) {
      done({ code: ExportResultCode.FAILED, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  /** Every span is on disk once exported: nothing to flush or close. */
  shutdown(): Promise<void> {
    return Promise.resolve();
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
}

function toLine(span: ReadableSpan): ExportedSpanLine {
  const context = span.spanContext();
  return {
    service: String(span.resource.attributes['service.name'] ?? ''),
    name: span.name,
    kind: span.kind,
    traceId: context.traceId,
    spanId: context.spanId,
    parentSpanId: span.parentSpanContext?.spanId ?? null,
    links: span.links.map((link) => ({ traceId: link.context.traceId, spanId: link.context.spanId })),
    attributes: { ...span.attributes },
    status: span.status.code,
    startTime: span.startTime,
    endTime: span.endTime,
  };
}
