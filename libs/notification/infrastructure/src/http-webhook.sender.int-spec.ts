import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpWebhookSender } from './http-webhook.sender';
import { parseAllowedNetworks, refusedAddress } from './webhook-target.guard';

/** A subscriber on this machine that answers `status` with a body a delivery log must never keep. */
async function receiver(status: number): Promise<{ port: number; hits: string[]; server: Server }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '/');
    response.writeHead(status, { 'content-type': 'text/plain' }).end('internal token=s3cr3t-from-the-receiver');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, hits, server };
}

const request = (url: string) => ({ url, secret: 'webhook-secret', body: '{"id":"d-1"}', deliveryId: 'd-1' });

describe('webhook targets (server-side request forgery) and what a delivery keeps', () => {
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('refuses this machine, private, link-local and metadata addresses, by literal and after name resolution, and sends nothing', async () => {
    const { port, hits, server } = await receiver(200);
    servers.push(server);
    const sender = new HttpWebhookSender({ timeoutMs: 2000 });
    const refused: Array<[string, RegExp]> = [
      [`http://127.0.0.1:${port}/hook`, /本机回环.*loopback/],
      [`http://localhost:${port}/hook`, /localhost → .*(本机回环|loopback)/],
      [`http://[::1]:${port}/hook`, /loopback/],
      ['http://169.254.169.254/latest/meta-data/', /链路本地（含云元数据服务）.*link-local/],
      ['http://10.1.2.3:6379/', /内网.*private network/],
      ['http://192.168.1.10/', /private network/],
      [`http://[::ffff:127.0.0.1]:${port}/hook`, /loopback/],
    ];
    for (const [url, reason] of refused) {
      const outcome = await sender.send(request(url));
      expect({ url, status: outcome.status }).toEqual({ url, status: 'permanent-failure' });
      expect(outcome.detail).toMatch(reason);
    }
    expect(hits).toEqual([]);
  });

  it('reaches a private network an intranet deployment allows, and keeps only the status of the answer, never its body', async () => {
    const failing = await receiver(500);
    const ok = await receiver(200);
    servers.push(failing.server, ok.server);
    const sender = new HttpWebhookSender({ timeoutMs: 2000, allowedNetworks: parseAllowedNetworks('127.0.0.0/8, fd00::/8') });
    expect(await sender.send(request(`http://127.0.0.1:${failing.port}/hook`))).toEqual({ status: 'temporary-failure', detail: 'HTTP 500' });
    expect(await sender.send(request(`http://localhost:${ok.port}/hook`))).toEqual({ status: 'delivered', detail: 'HTTP 200' });
    expect(failing.hits).toEqual(['/hook']);
    expect(ok.hits).toEqual(['/hook']);
  });

  it('judges addresses by range, IPv4-mapped IPv6 as IPv4, and refuses a malformed allow-list at start', () => {
    expect(refusedAddress('8.8.8.8', null)).toBeNull();
    expect(refusedAddress('2001:4860:4860::8888', null)).toBeNull();
    expect(refusedAddress('172.20.0.5', null)).toMatch(/private network/);
    expect(refusedAddress('100.64.1.1', null)).toMatch(/CGNAT/);
    expect(refusedAddress('fe80::1', null)).toMatch(/link-local/);
    expect(refusedAddress('::ffff:10.0.0.1', null)).toMatch(/10\.0\.0\.1 属于内网/);
    expect(refusedAddress('0:0:0:0:0:ffff:a9fe:a9fe', null)).toMatch(/169\.254\.169\.254 属于链路本地/);
    expect(refusedAddress('10.20.3.4', parseAllowedNetworks('10.20.0.0/16'))).toBeNull();
    expect(refusedAddress('10.21.3.4', parseAllowedNetworks('10.20.0.0/16'))).toMatch(/private network/);
    expect(() => parseAllowedNetworks('10.20.0.0/40')).toThrow(/not a CIDR/);
    expect(() => parseAllowedNetworks('intranet')).toThrow(/not a CIDR/);
  });
});
