import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServiceProcess, type ServiceProcess } from '@scq/platform-testing';


const DEMO_PASSWORD = 'scq-demo-2026';

/** The gateway as its own process: refuses an unsafe production start; signs in and forwards the token's caller. */
describe('gateway process authentication', () => {
  let upstream: Server;
  let upstreamUrl: string;
  const started: ServiceProcess[] = [];

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ headers: request.headers }));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    const codes = await Promise.all(started.map((s) => s.stop()));
    await new Promise((resolve) => upstream?.close(resolve));
    expect(codes.every((code) => code === 0)).toBe(true);
  });

  it('refuses to start in production without JWT_SECRET, saying why', async () => {
    await expect(startServiceProcess('gateway', { NODE_ENV: 'production', JWT_SECRET: '', GATEWAY_TRUST_CLIENT_IDENTITY: '', WORKFLOW_URL: upstreamUrl, DATABASE_URL: '', GATEWAY_DATABASE_URL: '', DATA_DIR: '' })).rejects.toThrow(
      /JWT_SECRET is required when NODE_ENV=production/,
    );
  });

  it('signs in a demo account and forwards its identity, not the client-chosen one', async () => {
    const gateway = await startServiceProcess('gateway', { NODE_ENV: 'production', JWT_SECRET: 'e2e-secret-of-sufficient-length-0123456789', GATEWAY_TRUST_CLIENT_IDENTITY: '', WORKFLOW_URL: upstreamUrl, DATABASE_URL: '', GATEWAY_DATABASE_URL: '', DATA_DIR: '' });
    started.push(gateway);
    expect(gateway.output()).toContain(DEMO_PASSWORD);
    const login = await fetch(`${gateway.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'officer.forestry', password: DEMO_PASSWORD }) });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const spoofed = { 'x-user-id': 'mallory', 'x-user-roles': 'admin' };
    const withToken = (await (await fetch(`${gateway.url}/api/workflow/machines`, { headers: { ...spoofed, authorization: `Bearer ${accessToken}` } })).json()) as { headers: IncomingHttpHeaders };
    expect(withToken.headers).toMatchObject({ 'x-user-id': 'demo-officer-forestry', 'x-user-roles': 'officer', 'x-user-unit': encodeURIComponent('市林业局') });
    const anonymous = (await (await fetch(`${gateway.url}/api/workflow/machines`, { headers: spoofed })).json()) as { headers: IncomingHttpHeaders };
    expect(anonymous.headers['x-user-id']).toBeUndefined();
    expect((await fetch(`${gateway.url}/api/workflow/machines`, { headers: { authorization: 'Bearer x.y.z' } })).status).toBe(401);
  });

  it('counts sign-in attempts per client behind the proxies TRUST_PROXY names, and refuses TRUST_PROXY=true', async () => {
    const env = { GATEWAY_TRUST_CLIENT_IDENTITY: '', WORKFLOW_URL: upstreamUrl, DATABASE_URL: '', GATEWAY_DATABASE_URL: '', DATA_DIR: '', REDIS_URL: '' };
    await expect(startServiceProcess('gateway', { ...env, TRUST_PROXY: 'true' })).rejects.toThrow(/TRUST_PROXY must be a number of proxy hops/);
    const gateway = await startServiceProcess('gateway', { ...env, TRUST_PROXY: 'loopback' });
    started.push(gateway);
    const attempt = async (address: string) => {
      const response = await fetch(`${gateway.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify({ username: 'someone', password: 'guess' }) });
      return response.status === 429 ? ((await response.json()) as { error: { code: string } }).error.code : response.status;
    };
    for (let i = 0; i < 10; i += 1) expect(await attempt('203.0.113.1')).toBe(401);
    expect(await attempt('203.0.113.1')).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    // Another client behind the same proxy is not limited for that pair, but the account is locked for everyone.
    expect(await attempt('203.0.113.2')).toBe('ACCOUNT_LOCKED_TEMPORARILY');
  });

  it('forwards a token-less client identity when GATEWAY_TRUST_CLIENT_IDENTITY=true (how the other e2e tests run)', async () => {
    const gateway = await startServiceProcess('gateway', { GATEWAY_TRUST_CLIENT_IDENTITY: 'true', WORKFLOW_URL: upstreamUrl, DATABASE_URL: '', GATEWAY_DATABASE_URL: '', DATA_DIR: '' });
    started.push(gateway);
    const echoed = (await (await fetch(`${gateway.url}/api/workflow/machines`, { headers: { 'x-user-id': 'officer-1', 'x-user-roles': 'officer' } })).json()) as { headers: IncomingHttpHeaders };
    expect(echoed.headers).toMatchObject({ 'x-user-id': 'officer-1', 'x-user-roles': 'officer' });
  });
});
