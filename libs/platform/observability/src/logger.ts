import pino, { type Logger } from 'pino';
import { correlation } from './correlation-context';
import { activeSpanIds } from './trace-context';

export type { Logger } from 'pino';

/** Structured JSON logs on stdout, each line carrying the correlation id of the work in progress and, when a span is active, its trace_id and span_id. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const context = correlation.current();
      return { ...(context ? { correlationId: context.correlationId, causationId: context.causationId ?? undefined } : {}), ...activeSpanIds() };
    },
  });
}
