import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { createProxyMiddleware, fixRequestBody } from 'http-proxy-middleware';
import { sendError } from '@scq/platform-http';
import { correlation } from '@scq/platform-observability';
import { CORRELATION_HEADER } from '@scq/platform-http';
import { routeFor, type ServiceRoute } from './service-routes';

/** How long a service may take to answer before the caller gets a 502. */
const UPSTREAM_TIMEOUT_MS = 30_000;

/**
 * Forwards API calls to the owning service, streaming the body unread (so nothing is re-serialised at the edge),
 * with the correlation id and the caller that callerIdentityMiddleware (which runs first) set from the Bearer
 * token. A service that is down or too slow is a 502 in the one error format.
 */
export function serviceProxyMiddleware(routes: ServiceRoute[]) {
  const proxy = createProxyMiddleware<IncomingMessage, ServerResponse>({
    router: (request) => routeFor(routes, pathOf(request as Request))?.target,
    changeOrigin: true,
    proxyTimeout: UPSTREAM_TIMEOUT_MS,
    timeout: UPSTREAM_TIMEOUT_MS,
    on: {
      proxyReq: (proxyRequest, request) => {
        proxyRequest.setHeader(CORRELATION_HEADER, correlation.currentOrNew().correlationId);
        // A host that parsed the body anyway (no `forwarded` option) sends it on as read.
        fixRequestBody(proxyRequest, request);
      },
      error: (error, _request, response) => {
        if (!('status' in response) || (response as Response).headersSent) return void (response as ServerResponse).destroy?.();
        sendError(response as Response, 502, { code: 'UPSTREAM_UNAVAILABLE', message: `服务暂不可用 Service unavailable: ${error.message}` });
      },
    },
  });
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!routeFor(routes, pathOf(request))) return next();
    // Nest mounts middleware under its route, which strips the prefix from `url`; the service wants the whole path.
    request.url = request.originalUrl;
    void proxy(request, response, next);
  };
}

function pathOf(request: Request): string {
  return request.originalUrl.split('?')[0] ?? '/';
}
