import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { correlation } from '@scq/platform-observability';

export const CORRELATION_HEADER = 'x-correlation-id';
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Every HTTP request runs in a correlation context: the caller's `x-correlation-id` (or a new one),
 * echoed back with a request id, and one JSON log line when the response is finished.
 */
export function correlationMiddleware(logger: Logger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const incoming = request.header(CORRELATION_HEADER);
    const correlationId = incoming && /^[\w.:-]{1,128}$/.test(incoming) ? incoming : randomUUID();
    const requestId = randomUUID();
    response.setHeader(CORRELATION_HEADER, correlationId);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      correlation.run({ correlationId, causationId: null }, () =>
        logger.info({ requestId, method: request.method, url: request.originalUrl, status: response.statusCode, ms: Math.round(ms * 10) / 10 }, 'http'),
      );
    });
    correlation.run({ correlationId, causationId: null }, () => next());
  };
}
