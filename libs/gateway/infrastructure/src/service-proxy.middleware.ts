import { Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { createProxyMiddleware, fixRequestBody } from 'http-proxy-middleware';
import { sendError } from '@scq/platform-http';
import { correlation } from '@scq/platform-observability';
import { CORRELATION_HEADER } from '@scq/platform-http';
import type { ProxiedStreams } from './proxied-streams';
import { routeFor, type ServiceRoute } from './service-routes';

/** How long a service may take to answer before the caller gets a 502 (default). */
export const UPSTREAM_TIMEOUT_MS = 30_000;

/** A client asking for server-sent events (`Accept: text/event-stream`, as EventSource and the console send it). */
export function wantsEventStream(request: IncomingMessage): boolean {
  return /\btext\/event-stream\b/i.test(request.headers.accept ?? '');
}

/**
 * Forwards API calls to the owning service, streaming the body unread (so nothing is re-serialised at the edge),
 * with the correlation id and the caller that callerIdentityMiddleware (which runs first) set from the Bearer
 * token. A service that is down or too slow is a 502 in the one error format. Event streams go through a proxy
 * without the answer timeout (a stream is quiet between events) and each event is passed on as it comes, unbuffered.
 */
export function serviceProxyMiddleware(routes: ServiceRoute[], streams: ProxiedStreams, upstreamTimeoutMs = UPSTREAM_TIMEOUT_MS) {
  // Connections to the services are kept open and reused (without an agent every forwarded call opened a new TCP
  // connection and asked the service to close it: `Connection: close`). Event streams hold theirs for as long as they last.
  const agent = new Agent({ keepAlive: true, keepAliveMsecs: 1000, maxFreeSockets: 256, scheduling: 'lifo' });
  const streamAgent = new Agent({ keepAlive: true, maxFreeSockets: 16 });
  const proxy = proxyTo({ proxyTimeout: upstreamTimeoutMs, timeout: upstreamTimeoutMs }, agent);
  const streamProxy = proxyTo({}, streamAgent, (response) => streams.add(response));
  return (request: Request, response: Response, next: NextFunction): void => {
    // The route is looked up once here and handed to the proxy as its target.
    const route = routeFor(routes, pathOf(request));
    if (!route) return next();
    // Nest mounts middleware under its route, which strips the prefix from `url`; the service wants the whole path.
    request.url = request.originalUrl;
    (request as RoutedRequest).serviceTarget = route.target;
    void (wantsEventStream(request) ? streamProxy : proxy)(request, response, next);
  };
}

type RoutedRequest = IncomingMessage & { serviceTarget?: string };

function proxyTo(timeouts: { proxyTimeout?: number; timeout?: number }, agent: Agent, onStream?: (response: ServerResponse) => void) {
  return createProxyMiddleware<IncomingMessage, ServerResponse>({
    router: (request) => (request as RoutedRequest).serviceTarget,
    changeOrigin: true,
    agent,
    ...timeouts,
    on: {
      proxyRes: (proxyResponse, _request, response) => {
        if (!onStream || !String(proxyResponse.headers['content-type'] ?? '').startsWith('text/event-stream')) return;
        onStream(response);
        // Each event goes out in its own packet, at once.
        response.socket?.setNoDelay(true);
      },
      proxyReq: (proxyRequest, request, response) => {
        proxyRequest.setHeader(CORRELATION_HEADER, correlation.currentOrNew().correlationId);
        // A client that stops listening ends the service's stream too (the proxy would keep it open otherwise).
        if (onStream) response.on('close', () => proxyRequest.destroy());
        // The gateway leaves forwarded bodies unread (the host's `forwarded` option), so they stream on untouched and this
        // returns at once; only a host that parsed the body anyway (tests without that option) has it re-sent as read.
        fixRequestBody(proxyRequest, request);
      },
      error: (error, _request, response) => {
        if (!('status' in response) || (response as Response).headersSent) return void (response as ServerResponse).destroy?.();
        sendError(response as Response, 502, { code: 'UPSTREAM_UNAVAILABLE', message: `服务暂不可用 Service unavailable: ${error.message}` });
      },
    },
  });
}

function pathOf(request: Request): string {
  return request.originalUrl.split('?')[0] ?? '/';
}
