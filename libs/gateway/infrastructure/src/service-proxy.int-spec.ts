import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ProxiedStreams } from './proxied-streams';
import { serviceProxyMiddleware } from './service-proxy.middleware';

/** The gateway's forwarding, on real sockets: one upstream, calls through the proxy middleware. */
describe('serviceProxyMiddleware', () => {
  let upstream: Server;
  let edge: Server;
  let edgeUrl: string;
  let connections = 0;
  const seen: Array<{ url: string; connection: string | undefined; body: string }> = [];

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ url: request.url ?? '', connection: request.headers.connection, body });
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ ok: true }));
      });
    });
    upstream.on('connection', () => connections++);
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const app = express();
    app.use(serviceProxyMiddleware([{ prefix: '/api/workflow', target }], new ProxiedStreams()));
    app.use((_request, response) => response.status(404).end());
    edge = createServer(app);
    await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve));
    edgeUrl = `http://127.0.0.1:${(edge.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    edge.closeAllConnections();
    upstream.closeAllConnections();
    await Promise.all([new Promise((resolve) => edge.close(resolve)), new Promise((resolve) => upstream.close(resolve))]);
  });

  it('reuses its connections to the service (keep-alive) and passes bodies and paths on untouched', async () => {
    const body = '{"type":"startCultivation",  "reason":"原样 as sent"}';
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${edgeUrl}/api/workflow/scenarios/${i}/events?x=${i}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    expect(seen.map((request) => request.url)).toEqual([0, 1, 2, 3, 4].map((i) => `/api/workflow/scenarios/${i}/events?x=${i}`));
    expect(seen.every((request) => request.body === body && request.connection !== 'close')).toBe(true);
    // Five calls one after another: one connection, kept open between them (without an agent, one per call).
    expect(connections).toBe(1);
  });
});
