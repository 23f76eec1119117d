import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpMetricsMiddleware, metricsEndpoint, type MetricsAccess } from './metrics-http';
import { platformMetrics } from './platform-metrics';

/** The endpoint alone on a loopback server: what each access setting answers. */
async function serve(access: MetricsAccess, remoteAddress?: string): Promise<{ url: string; server: Server }> {
  const endpoint = metricsEndpoint(access);
  const server = createServer((req, res) => {
    if (remoteAddress) Object.defineProperty(req.socket, 'remoteAddress', { value: remoteAddress });
    endpoint(req, res, () => {
      res.statusCode = 418;
      res.end('not metrics');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('GET /metrics access', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((server) => server.close()));
  const start = async (access: MetricsAccess, remoteAddress?: string) => {
    const { url, server } = await serve(access, remoteAddress);
    servers.push(server);
    return url;
  };
  const token = 'a-metrics-token-of-32-characters-or-more-x9';

  it('with a token: only that bearer token reads the metrics, compared in constant time', async () => {
    const url = await start({ token, production: true });
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    expect((await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    expect((await fetch(`${url}/metrics`, { headers: { authorization: token } })).status).toBe(401);
    const ok = await fetch(`${url}/metrics?x=1`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('# TYPE scq_http_request_duration_seconds histogram');
    expect((await fetch(`${url}/metrics`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status).toBe(405);
    // Other paths are the application's.
    expect((await fetch(`${url}/metricsx`)).status).toBe(418);
  });

  it('in production without a token: no metrics at all, answered as an unknown route', async () => {
    const url = await start({ token: null, production: true });
    const answer = await fetch(`${url}/metrics`);
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('ROUTE_NOT_FOUND');
    expect((await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer anything' } })).status).toBe(404);
  });

  it('outside production without a token: this machine only', async () => {
    expect((await fetch(`${await start({ token: null, production: false })}/metrics`)).status).toBe(200);
    expect((await fetch(`${await start({ token: null, production: false }, '10.0.0.7')}/metrics`)).status).toBe(401);
  });
});

describe('HTTP request metrics', () => {
  it('labels a request by its route template, forwarded paths as forwarded, the rest unmatched', async () => {
    const middleware = httpMetricsMiddleware((path) => path.startsWith('/api/forwarded'));
    const server = createServer((req, res) => {
      middleware(req, res, () => {
        if (req.url?.startsWith('/api/items/')) Object.assign(req, { route: { path: '/api/items/:id' }, baseUrl: '' });
        if (req.url === '/api/stream') {
          Object.assign(req, { route: { path: '/api/stream' }, baseUrl: '' });
          res.setHeader('content-type', 'text/event-stream');
        }
        res.statusCode = req.url?.startsWith('/api/items/') ? 204 : 404;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await fetch(`${url}/api/items/8d2f0c4e`);
      await fetch(`${url}/api/forwarded/x`);
      await fetch(`${url}/whatever`);
      await fetch(`${url}/metrics`);
      await (await fetch(`${url}/api/stream`)).text();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const text = await platformMetrics.registry.metrics();
      expect(text).toContain('scq_http_request_duration_seconds_count{method="GET",route="/api/items/:id",status="204"} 1');
      expect(text).toContain('scq_http_request_duration_seconds_count{method="GET",route="forwarded",status="404"} 1');
      expect(text).toContain('scq_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"} 1');
      expect(text).not.toContain('8d2f0c4e');
      expect(text).not.toContain('route="/metrics"');
      expect(text).not.toContain('route="/api/stream"');
    } finally {
      server.close();
    }
  });
});
