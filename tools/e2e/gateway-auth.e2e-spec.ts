import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serviceTokenVerifier } from '@scq/platform-http';
import type { JSONWebKeySet } from 'jose';
import { createTestDatabase, startServiceProcess, type ServiceProcess, type TestDatabase } from '@scq/platform-testing';


const DEMO_PASSWORD = 'scq-demo-2026';

/** The gateway as its own process: refuses an unsafe production start; signs in and forwards the token's caller. */
describe('gateway process authentication', () => {
  let upstream: Server;
  let upstreamUrl: string;
  const started: ServiceProcess[] = [];
  const databases: TestDatabase[] = [];
  /** Production keeps the gateway's state in PostgreSQL: each production start its own fresh database. */
  const ownDatabase = async () => {
    const database = await createTestDatabase('gateway_auth');
    databases.push(database);
    return { GATEWAY_DATABASE_URL: database.url };
  };

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
    await Promise.all(databases.map((database) => database.drop()));
    expect(codes.every((code) => code === 0)).toBe(true);
  });

  const PRODUCTION = { NODE_ENV: 'production', GATEWAY_TRUST_CLIENT_IDENTITY: '', DEMO_ACCOUNTS: '', ADMIN_PASSWORD: '', DATABASE_URL: '', GATEWAY_DATABASE_URL: '', DATA_DIR: '' };
  const signIn = (url: string, username: string, password: string) =>
    fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

  it('refuses to start in production without its signing key, with a placeholder for it, with demo accounts or without a database, saying why', async () => {
    await expect(startServiceProcess('gateway', { ...PRODUCTION, WORKFLOW_URL: upstreamUrl })).rejects.toThrow(/缺少数据库地址.*No database: with NODE_ENV=production gateway keeps all its state in PostgreSQL; set GATEWAY_DATABASE_URL or DATABASE_URL/);
    await expect(startServiceProcess('gateway', { ...PRODUCTION, DEMO_ACCOUNTS: 'true', WORKFLOW_URL: upstreamUrl })).rejects.toThrow(/DEMO_ACCOUNTS=true creates accounts with a published password/);
    await expect(startServiceProcess('gateway', { ...PRODUCTION, SERVICE_TOKEN_PRIVATE_KEY: '', SERVICE_TOKEN_PRIVATE_KEY_FILE: '', WORKFLOW_URL: upstreamUrl })).rejects.toThrow(/SERVICE_TOKEN_PRIVATE_KEY_FILE \(or SERVICE_TOKEN_PRIVATE_KEY\) is required when NODE_ENV=production/);
    await expect(startServiceProcess('gateway', { ...PRODUCTION, SERVICE_TOKEN_PRIVATE_KEY: 'CHANGE_ME_SERVICE_TOKEN_PRIVATE_KEY', WORKFLOW_URL: upstreamUrl })).rejects.toThrow(/SERVICE_TOKEN_PRIVATE_KEY is not a usable private key/);
  });

  it('has no demo account in production: the first administrator signs in with ADMIN_PASSWORD, and its identity is forwarded, not the client-chosen one', async () => {
    const gateway = await startServiceProcess('gateway', { ...PRODUCTION, ...(await ownDatabase()), ADMIN_PASSWORD: 'an administrator passphrase', WORKFLOW_URL: upstreamUrl });
    started.push(gateway);
    expect(gateway.output()).not.toContain(DEMO_PASSWORD);
    expect((await signIn(gateway.url, 'officer.forestry', DEMO_PASSWORD)).status).toBe(401);
    const login = await signIn(gateway.url, 'admin', 'an administrator passphrase');
    expect(login.status).toBe(200);
    const { accessToken, passwordChangeRequired } = (await login.json()) as { accessToken: string; passwordChangeRequired: boolean };
    expect(passwordChangeRequired).toBe(false);
    const spoofed = { 'x-user-id': 'mallory', 'x-user-roles': 'officer', 'x-user-unit': encodeURIComponent('市林业局') };
    // The service behind it learns the caller from the service token only, verified with the gateway's published keys.
    const services = serviceTokenVerifier((await (await fetch(`${gateway.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet);
    const callerSeen = async (headers: IncomingHttpHeaders) => (headers.authorization ? services.actorOf(headers.authorization.replace(/^Bearer /, '')) : null);
    const withToken = (await (await fetch(`${gateway.url}/api/workflow/machines`, { headers: { ...spoofed, authorization: `Bearer ${accessToken}` } })).json()) as { headers: IncomingHttpHeaders };
    await expect(callerSeen(withToken.headers)).resolves.toEqual({ id: 'admin', roles: ['admin'], unit: null, organisation: null, district: null });
    expect(withToken.headers['x-user-id']).toBeUndefined();
    const anonymous = (await (await fetch(`${gateway.url}/api/workflow/machines`, { headers: spoofed })).json()) as { headers: IncomingHttpHeaders };
    expect(anonymous.headers['x-user-id']).toBeUndefined();
    await expect(callerSeen(anonymous.headers)).resolves.toBeNull();
    expect((await fetch(`${gateway.url}/api/workflow/machines`, { headers: { authorization: 'Bearer x.y.z' } })).status).toBe(401);
  });

  it('prints a generated first administrator password once; it signs in only to change the password', async () => {
    const gateway = await startServiceProcess('gateway', { ...PRODUCTION, ...(await ownDatabase()), WORKFLOW_URL: upstreamUrl });
    started.push(gateway);
    const printed = /First administrator: username "admin", password "([^"]+)"/.exec(gateway.output());
    expect(printed).not.toBeNull();
    const generated = printed?.[1] ?? '';
    expect(gateway.output().split(generated)).toHaveLength(2);
    const first = (await (await signIn(gateway.url, 'admin', generated)).json()) as { accessToken: string; passwordChangeRequired: boolean };
    expect(first.passwordChangeRequired).toBe(true);
    const asFirst = { authorization: `Bearer ${first.accessToken}`, 'content-type': 'application/json' };
    const refused = await fetch(`${gateway.url}/api/workflow/machines`, { headers: asFirst });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await fetch(`${gateway.url}/api/auth/me`, { headers: asFirst })).status).toBe(200);

    const change = (newPassword: string) => fetch(`${gateway.url}/api/auth/password`, { method: 'POST', headers: asFirst, body: JSON.stringify({ currentPassword: generated, newPassword }) });
    const short = await change('short');
    expect(short.status).toBe(400);
    expect(((await short.json()) as { error: { fields: Array<{ path: string }> } }).error.fields[0].path).toBe('newPassword');
    expect((await change('admin-is-my-password')).status).toBe(400);
    const changed = await change('a passphrase of my own choosing');
    expect(changed.status).toBe(200);
    const { accessToken, passwordChangeRequired } = (await changed.json()) as { accessToken: string; passwordChangeRequired: boolean };
    expect(passwordChangeRequired).toBe(false);
    expect((await fetch(`${gateway.url}/api/workflow/machines`, { headers: { authorization: `Bearer ${accessToken}` } })).status).toBe(200);
    expect((await signIn(gateway.url, 'admin', generated)).status).toBe(401);
    expect((await signIn(gateway.url, 'admin', 'a passphrase of my own choosing')).status).toBe(200);
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
    const services = serviceTokenVerifier((await (await fetch(`${gateway.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet);
    await expect(services.actorOf((echoed.headers.authorization ?? '').replace(/^Bearer /, ''))).resolves.toMatchObject({ id: 'officer-1', roles: ['officer'] });
  });
});
