import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpenApiDocument, ProcessApiDocs } from '@scq/platform-http';
import { DocsHttpController } from './docs.http.controller';

/** A service answering `GET /openapi.json` on a real socket, counting what it was asked. */
async function service(answer: () => { status: number; body: unknown }): Promise<{ url: string; asked: () => number; close: () => Promise<void> }> {
  let asked = 0;
  const server: Server = createServer((_request, response) => {
    asked++;
    const { status, body } = answer();
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked: () => asked, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const serviceDocument = { openapi: '3.1.0', info: { title: 'workflow', version: '1' }, paths: { '/api/workflow/ping': { get: { summary: 'ping', responses: { '200': { description: 'ok' } } } } }, components: { schemas: {} } };
const noLocalServices = { services: () => [], document: () => ({}) as OpenApiDocument } as unknown as ProcessApiDocs;

describe('the gateway’s API document (public, anonymous)', () => {
  it('asks the services once for a burst of requests and serves the complete document again without asking', async () => {
    const workflow = await service(() => ({ status: 200, body: serviceDocument }));
    try {
      const docs = new DocsHttpController([{ prefix: '/api/workflow', target: workflow.url }] as never, noLocalServices);
      const burst = await Promise.all(Array.from({ length: 20 }, () => docs.openApi()));
      expect(workflow.asked()).toBe(1);
      expect(Object.keys(burst[0].paths as object)).toContain('/api/workflow/ping');
      await docs.openApi();
      await docs.page();
      expect(workflow.asked()).toBe(1);
    } finally {
      await workflow.close();
    }
  });

  it('asks again on the next request while a service is missing from it', async () => {
    let up = false;
    const workflow = await service(() => (up ? { status: 200, body: serviceDocument } : { status: 503, body: {} }));
    try {
      const docs = new DocsHttpController([{ prefix: '/api/workflow', target: workflow.url }] as never, noLocalServices);
      expect((await docs.openApi())['x-missing']).toHaveLength(1);
      up = true;
      const again = await docs.openApi();
      expect(again['x-missing']).toBeUndefined();
      expect(Object.keys(again.paths as object)).toContain('/api/workflow/ping');
      expect(workflow.asked()).toBe(2);
    } finally {
      await workflow.close();
    }
  });
});
