import type { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER, correlation } from '@scq/platform-observability';
import { IDENTITY_HEADERS } from './auth/caller-identity';
import { routeFor, type ServiceRoute } from './service-routes';

// The x-user-* headers are the ones callerIdentityMiddleware decided (token claims, or trusted client headers).
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'accept-language', ...IDENTITY_HEADERS];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-disposition', 'cache-control'];

/**
 * Forwards API calls to the owning service with the correlation id and the caller that callerIdentityMiddleware
 * (which runs first) set from the Bearer token; a service that is down is a 502.
 */
export function serviceProxyMiddleware(routes: ServiceRoute[]) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const route = routeFor(routes, request.path);
    if (!route) return next();
    const headers: Record<string, string> = { [CORRELATION_HEADER]: correlation.currentOrNew().correlationId };
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.header(name);
      if (value) headers[name] = value;
    }
    const hasBody = !['GET', 'HEAD'].includes(request.method);
    try {
      const upstream = await fetch(`${route.target}${request.originalUrl}`, {
        method: request.method,
        headers,
        body: hasBody ? JSON.stringify(request.body ?? {}) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
      response.status(upstream.status);
      for (const name of FORWARDED_RESPONSE_HEADERS) {
        const value = upstream.headers.get(name);
        if (value) response.setHeader(name, value);
      }
      response.send(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      response.status(502).json({ error: { status: 502, code: 'UPSTREAM_UNAVAILABLE', message: `服务暂不可用 Service unavailable: ${(error as Error).message}` } });
    }
  };
}
