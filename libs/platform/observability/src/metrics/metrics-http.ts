import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { platformMetrics } from './platform-metrics';

export const METRICS_PATH = '/metrics';

/**
 * Who may read `GET /metrics`. It is never public: the gateway's port is the Ingress's backend, so its `/metrics` must
 * not answer an anonymous caller.
 * - `token` set (`METRICS_TOKEN` / `METRICS_TOKEN_FILE`): only `Authorization: Bearer <token>` (Prometheus'
 *   `authorization.credentials_file`); production requires a strong one (checked at start).
 * - no token in production: metrics are off (404), whatever the caller.
 * - no token outside production: callers on this machine (loopback) only, for local runs.
 */
export interface MetricsAccess {
  token: string | null;
  production: boolean;
}

type Next = (error?: unknown) => void;
type RoutedRequest = IncomingMessage & { route?: { path?: unknown }; baseUrl?: string; path?: string; originalUrl?: string };

/** The `/metrics` endpoint as a plain middleware, ahead of the application's routes (it is no API route: not in any API document). */
export function metricsEndpoint(access: MetricsAccess): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  const expected = access.token ? digest(access.token) : null;
  return (req, res, next) => {
    if (pathOf(req) !== METRICS_PATH) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'METHOD_NOT_ALLOWED', '只支持 GET Only GET reads the metrics', { allow: 'GET, HEAD' });
    if (expected) {
      const presented = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
      if (!presented || !timingSafeEqual(digest(presented), expected)) {
        return answer(res, 401, 'UNAUTHENTICATED', '读取指标需要指标令牌 Reading the metrics needs the metrics token (Authorization: Bearer, METRICS_TOKEN)', { 'www-authenticate': 'Bearer realm="metrics"' });
      }
    } else if (access.production) {
      // Answered as any unknown route is: nothing tells a caller the endpoint exists.
      return answer(res, 404, 'ROUTE_NOT_FOUND', `没有此接口 No such route: ${req.method} ${METRICS_PATH}`);
    } else if (!isLoopback(req.socket.remoteAddress)) {
      return answer(res, 401, 'UNAUTHENTICATED', '未设置 METRICS_TOKEN 时只有本机可读取指标 Without METRICS_TOKEN only this machine may read the metrics');
    }
    platformMetrics.registry.metrics().then(
      (text) => {
        res.statusCode = 200;
        res.setHeader('content-type', platformMetrics.registry.contentType);
        res.setHeader('cache-control', 'no-store');
        res.end(req.method === 'HEAD' ? undefined : text);
      },
      (error: unknown) => next(error),
    );
  };
}

/**
 * Times every HTTP request into `scq_http_request_duration_seconds`, labelled by the route template Express matched
 * (`/api/scenarios/:id`, never the raw URL: bounded series), `forwarded` for what the gateway proxies on, and
 * `unmatched` for everything else (static console files, unknown paths). `/metrics` itself is not counted, nor are
 * server-sent event streams (their duration is the stream's life, not a latency).
 */
export function httpMetricsMiddleware(forwarded?: (path: string) => boolean): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const path = pathOf(req);
    if (path === METRICS_PATH) return next();
    res.once('finish', () => {
      if (String(res.getHeader('content-type') ?? '').startsWith('text/event-stream')) return;
      const routed = req as RoutedRequest;
      const template = typeof routed.route?.path === 'string' ? `${routed.baseUrl ?? ''}${routed.route.path}` : forwarded?.(path) ? 'forwarded' : 'unmatched';
      platformMetrics.httpRequest(req.method ?? 'GET', template, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}

function pathOf(req: IncomingMessage): string {
  const url = (req as RoutedRequest).originalUrl ?? req.url ?? '/';
  const query = url.indexOf('?');
  return query >= 0 ? url.slice(0, query) : url;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}

function answer(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: { status, code, message } }));
}
