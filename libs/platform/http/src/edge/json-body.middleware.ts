import { HttpStatus } from '@nestjs/common';
import { json, type NextFunction, type Request, type Response } from 'express';
import { RequestError } from '../errors/request-error';
import { MAX_BODY_BYTES, payloadTooLarge } from './request-guards.middleware';

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  charset?: string;
}

/** The body parser's refusals in our words (Nest would turn a JSON syntax error into a bare English 400). */
export function bodyParserRefusal(error: BodyParserError): RequestError {
  switch (error.type) {
    case 'entity.too.large':
      return payloadTooLarge(error.limit);
    case 'entity.parse.failed':
      return new RequestError(HttpStatus.BAD_REQUEST, 'MALFORMED_JSON', '请求体不是有效的 JSON Request body is not valid JSON');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new RequestError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', `不支持的字符集或编码 Unsupported charset or encoding (${error.charset ?? 'unknown'}); send UTF-8 JSON`);
    default:
      return new RequestError(HttpStatus.BAD_REQUEST, 'BAD_REQUEST', '请求体不完整或无法读取 Request body incomplete or unreadable');
  }
}

/**
 * Parses JSON bodies up to MAX_BODY_BYTES, except on paths this process forwards unread (the gateway streams those
 * on); what cannot be parsed is refused in the one error format. An empty body is no body (undefined), never `{}`:
 * a PUT without a body must not read as "reset everything to the defaults".
 */
export function jsonBodyMiddleware(forwarded: (path: string) => boolean = () => false) {
  const empty = new WeakSet<object>();
  const parse = json({ limit: MAX_BODY_BYTES, type: ['application/json', 'application/*+json'], verify: (request, _response, raw) => void (raw.length === 0 && empty.add(request)) });
  return (request: Request, response: Response, next: NextFunction): void => {
    if (forwarded(request.path) || request.headers['content-length'] === '0') return next();
    parse(request, response, (error?: unknown) => {
      if (error) return next(bodyParserRefusal(error as BodyParserError));
      if (empty.has(request)) request.body = undefined;
      next();
    });
  };
}
