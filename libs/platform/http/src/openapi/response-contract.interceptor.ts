import { isDeepStrictEqual } from 'node:util';
import { HttpStatus, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { declaredStatus } from '../edge/declared-status';
import { RequestError } from '../errors/request-error';
import { API_ROUTE, type ApiRouteDoc } from './api-route.decorator';

/** Set (to `true`) by the test suite, so every answer of every test is checked against the API document. */
export const CHECK_RESPONSES_ENV = 'SCQ_CHECK_RESPONSES';

/**
 * Holds the API document to what the routes really answer: with `SCQ_CHECK_RESPONSES=true` (the test suite sets it,
 * for in-process hosts and service processes alike) every 2xx JSON answer must be documented by `@ApiRoute` with a
 * schema for its status, must parse, and must not carry a field the schema leaves out (the console's generated types
 * would not know it). A mismatch is a 500 whose message names the route and the differences. Off in production: it costs a parse.
 * Routes without `@ApiRoute` (health) are not checked here; each service's API document test requires it on `/api`.
 */
@Injectable()
export class ResponseContractInterceptor implements NestInterceptor {
  private readonly enabled = process.env[CHECK_RESPONSES_ENV] === 'true';

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.enabled || context.getType() !== 'http') return next.handle();
    const doc = Reflect.getMetadata(API_ROUTE, context.getHandler()) as ApiRouteDoc | undefined;
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const problem = responseContractProblem(doc, answerStatus(context, response), body, response.getHeader('content-type'));
        if (problem) throw new RequestError(HttpStatus.INTERNAL_SERVER_ERROR, 'RESPONSE_CONTRACT', `${request.method} ${request.route?.path ?? request.path} answers outside its API document: ${problem}`);
        return body;
      }),
    );
  }
}

/** The status the answer goes out with: one the route set itself (a replay, a redirect), else the one it declares. */
function answerStatus(context: ExecutionContext, response: Response): number {
  return response.statusCode !== 200 ? response.statusCode : declaredStatus(context);
}

/** Why an answer does not match the route's document (undefined when it does): framework-free for its tests. */
export function responseContractProblem(doc: ApiRouteDoc | undefined, status: number, body: unknown, sentAs?: unknown): string | undefined {
  if (body === undefined || status < 200 || status >= 300) return undefined;
  if (typeof sentAs === 'string' && !sentAs.includes('json')) {
    const type = sentAs.split(';')[0].trim();
    const documented = doc?.responses[String(status)];
    if (!doc || documented?.contentType?.startsWith(type) || documented?.alternativeContentTypes?.some((t) => t.startsWith(type))) return undefined;
    return `status ${status} as ${type} is not documented`;
  }
  if (!doc) return undefined;
  const documented = doc.responses[String(status)];
  if (!documented) return `status ${status} is not documented`;
  if (documented.contentType && !documented.contentType.includes('json')) return undefined;
  if (!documented.schema) return `status ${status} has no schema`;
  const json: unknown = JSON.parse(JSON.stringify(body));
  const parsed = documented.schema.safeParse(json);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ');
  if (!isDeepStrictEqual(parsed.data, json)) return `undocumented fields: ${undocumentedPaths(json, parsed.data).join(', ')}`;
  return undefined;
}

/** The paths present in what was sent but not in what the schema kept. */
function undocumentedPaths(sent: unknown, kept: unknown, at = ''): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) return sent.flatMap((item, i) => undocumentedPaths(item, kept[i], `${at}${i}.`));
  if (!sent || typeof sent !== 'object' || !kept || typeof kept !== 'object') return isDeepStrictEqual(sent, kept) ? [] : [at.slice(0, -1) || '(body)'];
  return Object.entries(sent).flatMap(([key, value]) => (key in kept ? undocumentedPaths(value, (kept as Record<string, unknown>)[key], `${at}${key}.`) : [`${at}${key}`]));
}
