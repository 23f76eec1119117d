import { ArgumentsHost, Catch, HttpException, HttpStatus, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { REQUEST_ID_HEADER } from './correlation.middleware';

export interface FieldError {
  path: string;
  message: string;
}

/** Thrown for a request that names something that is not there, or carries fields that are not valid. */
export class RequestError extends HttpException {
  constructor(status: HttpStatus, code: string, message: string, fields?: FieldError[]) {
    super({ code, message, fields }, status);
  }
}

/**
 * One error format for every service: `{ error: { status, code, message, fields? }, requestId }`.
 * Unexpected errors become a 500 with a generic message (the details go to the log, not the caller).
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const requestId = response.getHeader(REQUEST_ID_HEADER);
    const { status, body } = describe(exception);
    if (status >= 500) this.logger.error({ err: exception, url: request.originalUrl }, 'request failed');
    response.status(status).json({ error: { status, ...body }, requestId });
  }
}

function describe(exception: unknown): { status: number; body: { code: string; message: string; fields?: FieldError[] } } {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const payload = exception.getResponse();
    if (typeof payload === 'object' && payload !== null && 'code' in payload) {
      return { status, body: payload as { code: string; message: string; fields?: FieldError[] } };
    }
    const message = typeof payload === 'string' ? payload : String((payload as { message?: unknown }).message ?? exception.message);
    return { status, body: { code: HttpStatus[status] ?? 'ERROR', message } };
  }
  const parseError = exception as { type?: string; status?: number; message?: string; limit?: number };
  if (parseError?.type === 'entity.too.large') {
    return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: `请求体过大 Request body too large (limit ${parseError.limit ?? '?'} bytes)` } };
  }
  if (parseError?.type === 'entity.parse.failed') {
    return { status: 400, body: { code: 'MALFORMED_JSON', message: `请求体不是有效的 JSON Request body is not valid JSON: ${parseError.message}` } };
  }
  return { status: 500, body: { code: 'INTERNAL', message: '服务器内部错误 Internal server error' } };
}
