import { Agent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER, sendError } from '@scq/platform-http';
import { correlation } from '@scq/platform-observability';
import type { ProxiedStreams } from './proxied-streams';
import { routeFor, type ServiceRoute } from './service-routes';

/** How long a service may take to answer before the caller gets a 502 (default). */
export const UPSTREAM_TIMEOUT_MS = 30_000;

/** Headers of one connection, not of the message: never passed on (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/** A client asking for server-sent events (`Accept: text/event-stream`, as EventSource and the console send it). */
export function wantsEventStream(request: IncomingMessage): boolean {
  return /\btext\/event-stream\b/i.test(request.headers.accept ?? '');
}

interface Agents {
  'http:': Agent;
  'https:': HttpsAgent;
}

/**
 * Forwards API calls to the owning service: the body streamed on unread (nothing is parsed or re-serialised at the
 * edge), the whole path, the correlation id and the caller that CallerIdentityMiddleware (which runs first) set from
 * the Bearer token, over connections kept alive and reused. A service that is down or too slow is a 502 in the one
 * error format. Event streams have no answer timeout (a stream is quiet between events) and each event is passed on
 * as it comes, unbuffered. A plain `http.request` pipe: the route is looked up once, the target parsed once at start.
 */
export function serviceProxyMiddleware(routes: ServiceRoute[], streams: ProxiedStreams, upstreamTimeoutMs = UPSTREAM_TIMEOUT_MS) {
  const calls: Agents = { 'http:': new Agent({ keepAlive: true, maxFreeSockets: 256, scheduling: 'lifo' }), 'https:': new HttpsAgent({ keepAlive: true, maxFreeSockets: 256, scheduling: 'lifo' }) };
  const eventStreams: Agents = { 'http:': new Agent({ keepAlive: true, maxFreeSockets: 16 }), 'https:': new HttpsAgent({ keepAlive: true, maxFreeSockets: 16 }) };
  const targets = new Map(routes.map((route) => [route.target, new URL(route.target)]));
  return (request: Request, response: Response, next: NextFunction): void => {
    const route = routeFor(routes, pathOf(request));
    if (!route) return next();
    const target = targets.get(route.target) as URL;
    if (wantsEventStream(request)) forward(request, response, target, eventStreams, 0, streams);
    else forward(request, response, target, calls, upstreamTimeoutMs, null);
  };
}

function forward(request: Request, response: Response, target: URL, agents: Agents, timeoutMs: number, streams: ProxiedStreams | null): void {
  const headers = endToEnd(request.headers);
  headers.host = target.host;
  headers[CORRELATION_HEADER] = correlation.currentOrNew().correlationId;
  // A host that parsed the body anyway (no `forwarded` option: some tests) sends it on as read.
  const parsed = request.readableEnded && request.body !== undefined && String(request.headers['content-type'] ?? '').includes('json') ? JSON.stringify(request.body) : undefined;
  if (parsed !== undefined) headers['content-length'] = Buffer.byteLength(parsed);
  const protocol = target.protocol === 'https:' ? 'https:' : 'http:';
  const upstream = (protocol === 'https:' ? httpsRequest : httpRequest)({
    protocol,
    hostname: target.hostname,
    port: target.port,
    // Nest mounts middleware under its route, which strips the prefix from `url`; the service wants the whole path.
    path: request.originalUrl,
    method: request.method,
    headers,
    agent: agents[protocol],
  });
  let failed = false;
  const fail = (error: Error) => {
    if (failed) return;
    failed = true;
    upstream.destroy();
    if (response.headersSent) return void response.destroy();
    sendError(response, 502, { code: 'UPSTREAM_UNAVAILABLE', message: `服务暂不可用 Service unavailable: ${error.message}` });
  };
  if (timeoutMs > 0) upstream.setTimeout(timeoutMs, () => fail(new Error(`no answer within ${timeoutMs} ms`)));
  upstream.on('error', fail);
  upstream.on('response', (answer) => {
    if (failed) return void answer.resume();
    if (streams && String(answer.headers['content-type'] ?? '').startsWith('text/event-stream')) {
      streams.add(response);
      // Each event goes out in its own packet, at once.
      response.socket?.setNoDelay(true);
    }
    response.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
    answer.on('error', () => response.destroy());
    answer.pipe(response);
  });
  // A client that goes away ends the call to the service too; an event stream's always (ended at shutdown included:
  // the service's side would stay open otherwise). A call answered in full keeps its connection for the next one.
  response.on('close', () => {
    if (streams || !response.writableFinished) upstream.destroy();
  });
  if (parsed !== undefined) upstream.end(parsed);
  else if (request.readableEnded) upstream.end();
  else request.pipe(upstream);
}

function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  }
  return kept;
}

function pathOf(request: Request): string {
  return request.originalUrl.split('?')[0] ?? '/';
}
