import type { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER, correlation, REQUEST_ID_HEADER } from '@scq/platform-observability';
import { identityHeadersFor } from './auth/caller-identity';
import { routeFor, type ServiceRoute } from './service-routes';

// The caller's x-user-* headers are never copied here: identityHeadersFor decides them (token claims, or trusted client headers).
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'accept-language'];

export interface ProxyIdentityOptions {
  jwtSecret: string;
  trustClientIdentity: boolean;
}
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-disposition', 'cache-control'];

/**
 * Forwards API calls to the owning service, carrying the correlation id and the caller from the Bearer token
 * (an expired, tampered or malformed token is a 401 and nothing is forwarded); a service that is down is a 502.
 */
export function serviceProxyMiddleware(routes: ServiceRoute[], identity: ProxyIdentityOptions) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const route = routeFor(routes, request.path);
    if (!route) return next();
    const caller = identityHeadersFor(request, identity.jwtSecret, identity.trustClientIdentity);
    if (!caller.ok) {
      response.setHeader('www-authenticate', `Bearer error="invalid_token"`);
      response.status(401).json({ error: { status: 401, code: caller.code, message: caller.message }, requestId: response.getHeader(REQUEST_ID_HEADER) });
      return;
    }
    const headers: Record<string, string> = { [CORRELATION_HEADER]: correlation.currentOrNew().correlationId, ...caller.headers };
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
