import { ArgumentsHost, Catch, HttpException, NotFoundException, type ExceptionFilter } from '@nestjs/common';
import { DomainError, type FieldError } from '@scq/contracts';
import { DatabaseBusyError } from '@scq/platform-persistence';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { throwError, type Observable } from 'rxjs';
import { REQUEST_ID_HEADER } from '../edge/correlation.middleware';
import { REFUSAL_HTTP_STATUS, statusText } from './error-table';

export interface ErrorBody {
  code: string;
  message: string;
  fields?: FieldError[];
}

/**
 * The one exception filter. Over HTTP, one error format for every service: `{ error: { status, code, message,
 * fields? }, requestId }`, messages zh then en. Domain refusals go through the one table; the framework's own errors (unknown route, body parser) get our
 * words; anything unexpected is a 500 with a generic message (the details go to the log, not the caller).
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void | Observable<never> {
    // An event handler's error goes back to its inbox consumer unchanged: it retries, then dead-letters with the reason.
    if (host.getType() === 'rpc') return throwError(() => exception);
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const { status, body } = describeError(exception, request);
    // A deliberate refusal under load, not a failure: not logged one by one (an overload must not also flood the log).
    if (status >= 500 && !(exception instanceof DatabaseBusyError)) this.logger.error({ err: exception, url: request.originalUrl }, 'request failed');
    if (response.headersSent) return;
    if (exception instanceof DatabaseBusyError) response.setHeader('retry-after', String(exception.retryAfterSeconds));
    sendError(response, status, body);
  }
}

/** Writes the one error format; for edges that answer before Nest's router (gateway middlewares). */
export function sendError(response: Response, status: number, body: ErrorBody): void {
  response.status(status).json({ error: { status, ...body }, requestId: response.getHeader(REQUEST_ID_HEADER) });
}

const DATABASE_BUSY: ErrorBody = { code: 'DATABASE_BUSY', message: '系统繁忙，请稍后重试 Too many requests at once for the embedded database: try again after Retry-After seconds' };

/** The embedded database's refusal under load (database-admission.ts): 503 with Retry-After, in the one error format. */
export function sendDatabaseBusy(response: Response, error: DatabaseBusyError): void {
  response.setHeader('retry-after', String(error.retryAfterSeconds));
  sendError(response, 503, DATABASE_BUSY);
}

export function describeError(exception: unknown, request: Pick<Request, 'method' | 'path'>): { status: number; body: ErrorBody } {
  if (exception instanceof DomainError) {
    return { status: REFUSAL_HTTP_STATUS[exception.kind], body: withFields({ code: exception.code, message: exception.message }, exception.fields) };
  }
  if (exception instanceof DatabaseBusyError) {
    return { status: 503, body: DATABASE_BUSY };
  }
  if (exception instanceof NotFoundException && isRouteNotFound(exception)) {
    return { status: 404, body: { code: 'ROUTE_NOT_FOUND', message: `没有此接口 No such route: ${request.method} ${request.path}` } };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const payload = exception.getResponse();
    if (typeof payload === 'object' && payload !== null && 'code' in payload) {
      const { code, message, fields } = payload as ErrorBody;
      return { status, body: withFields({ code, message }, fields) };
    }
    return { status, body: statusText(status) };
  }
  return { status: 500, body: statusText(500) };
}

function isRouteNotFound(exception: NotFoundException): boolean {
  const payload = exception.getResponse();
  const message = typeof payload === 'object' && payload !== null ? (payload as { message?: unknown }).message : payload;
  return typeof message === 'string' && message.startsWith('Cannot ');
}

function withFields(body: ErrorBody, fields: FieldError[] | undefined): ErrorBody {
  return fields && fields.length > 0 ? { ...body, fields } : body;
}
