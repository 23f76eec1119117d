import type { Actor } from '@scq/contracts';
import { generateServiceTokenKey, serviceTokenVerifier } from '@scq/platform-http';
import { createLocalJWKSet, jwtVerify, SignJWT, type JSONWebKeySet } from 'jose';
import { hash } from 'bcryptjs';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { ACCESS_TOKEN_AUDIENCE, TOKEN_ISSUER } from './auth/access-token';
import { forgedAccessToken } from './testing/in-process-gateway';
import { AccountRepository } from './auth/account.repository';
import { DEMO_PASSWORD } from './auth/demo-accounts';
import { gatewayAuthConfigFromEnv, type GatewayAuthConfig } from './auth/gateway-auth.config';
import { GatewayModule } from './gateway.module';
import { forwardedPaths } from './service-routes';
import { serviceTokenKeyFromEnv } from './auth/service-token-key';


/** The gateway in-process on PGlite, in front of a real HTTP upstream that echoes the headers it received. */
describe('gateway authentication', () => {
  let upstream: Server;
  let upstreamUrl: string;
  let gateway: RunningHost;
  let trusting: RunningHost;
  const logLines: string[] = [];
  const auth: GatewayAuthConfig = { ...gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true' }), trustClientIdentity: false };

  async function startGateway(config: GatewayAuthConfig): Promise<RunningHost> {
    const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
    const routes = [{ prefix: '/api/workflow', target: upstreamUrl }];
    return bootstrapHost({
      name: 'gateway-test',
      logger,
      bus: new InProcessMessageBus(),
      port: 0,
      host: '127.0.0.1',
      forwarded: forwardedPaths(routes),
      modules: [GatewayModule.register({ routes, serviceTokenKey: serviceTokenKeyFromEnv(process.env), database: { pgliteDataDir: 'memory://' }, auth: config, passwordHashing: { memoryCost: 1024, timeCost: 1 } })],
    });
  }

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ method: request.method, url: request.url, headers: request.headers }));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    gateway = await startGateway(auth);
    // Configured as before access tokens were signed with the Ed25519 key: JWT_SECRET is still set.
    trusting = await startGateway({ ...gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true', JWT_SECRET: 'an old signing secret of the HS256 days' }), trustClientIdentity: true });
  });

  afterAll(async () => {
    await Promise.all([gateway?.close(), trusting?.close()]);
    await new Promise((resolve) => upstream?.close(resolve));
  });

  const login = (body: unknown, base = gateway.url) => fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const tokenOf = async (username: string, base = gateway.url) => ((await (await login({ username, password: DEMO_PASSWORD }, base)).json()) as { accessToken: string }).accessToken;
  const proxied = async (headers: Record<string, string>, base = gateway.url) => {
    const response = await fetch(`${base}/api/workflow/instances?x=1`, { headers });
    return { status: response.status, body: (await response.json()) as { headers: IncomingHttpHeaders; error?: { code: string; message: string } } };
  };
  const spoofed = { 'x-user-id': 'mallory', 'x-user-roles': 'admin', 'x-user-unit': 'anything', 'x-user-org': 'evil' };
  // What a service would make of a forwarded request: the caller its service token names (null without one).
  const services = serviceTokenVerifier(JSON.parse(process.env.SERVICE_TOKEN_JWKS ?? '{}') as JSONWebKeySet);
  const forwardedCaller = async (headers: IncomingHttpHeaders): Promise<Actor | null> => {
    const token = /^Bearer (\S+)$/.exec(headers.authorization ?? '')?.[1];
    return token ? services.actorOf(token) : null;
  };

  it('says at start that the demo accounts are on, with their password, and which it created', () => {
    const seeded = logLines.map((line) => JSON.parse(line) as { msg: string; usernames?: string[] }).filter((line) => line.usernames);
    expect(seeded).toHaveLength(2); // one per gateway (each its own in-memory database)
    expect(seeded[0].msg).toContain(`DEMO_ACCOUNTS=true: demo accounts (password ${DEMO_PASSWORD}) can sign in`);
    expect(seeded[0].usernames).toEqual(['applicant', 'officer.transport', 'officer.urban', 'officer.forestry', 'officer.yuzhong', 'coordinator', 'evaluator', 'evaluator.2', 'evaluator.3', 'leadership', 'auditor', 'admin', 'officer.land', 'officer.hr', 'officer.finance']);
    expect(logLines.filter((line) => line.includes('JWT_SECRET / JWT_SECRET_FILE is no longer used'))).toHaveLength(1);
  });

  it('signs in with the right password: a 15-minute EdDSA token, checkable with the published key set, and who it names', async () => {
    const response = await login({ username: 'officer.transport', password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { accessToken: string; expiresIn: number; user: unknown };
    expect(body.user).toEqual({ id: 'demo-officer-transport', name: expect.any(String), roles: ['officer'], unit: '市交通运输委', district: null, organisation: '重庆市交通运输委员会' });
    expect(body.expiresIn).toBe(900);
    const [header, payload] = body.accessToken.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, number | string>);
    expect(header.alg).toBe('EdDSA');
    expect(Number(payload.exp) - Number(payload.iat)).toBe(900);
    // Anybody holding the gateway's JWKS can check it; its audience is the API, not the services.
    const published = (await (await fetch(`${gateway.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const { payload: verified } = await jwtVerify(body.accessToken, createLocalJWKSet(published), { issuer: TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE });
    expect(verified).toMatchObject({ sub: 'demo-officer-transport', preferred_username: 'officer.transport', unit: '市交通运输委' });
  });

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    const wrong = await login({ username: 'coordinator', password: 'nope' });
    const unknown = await login({ username: 'nobody', password: DEMO_PASSWORD });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    const [a, b] = (await Promise.all([wrong.json(), unknown.json()])) as Array<{ error: { code: string; message: string } }>;
    expect(a.error).toEqual(b.error);
    expect(a.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a bad body with 400 and field errors', async () => {
    const response = await login({ username: '', extra: 1 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: Array<{ path: string }> } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields.map((f) => f.path)).toEqual(expect.arrayContaining(['username', 'password']));
  });

  it('lists the accounts of a role to the coordinator and admins only (choosing evaluators for the pool)', async () => {
    const read = async (username: string | null, role: string) =>
      fetch(`${gateway.url}/api/auth/accounts?role=${role}`, { headers: username ? { authorization: `Bearer ${await tokenOf(username)}` } : {} });
    const listed = await read('coordinator', 'evaluator');
    expect(listed.status).toBe(200);
    const { items } = (await listed.json()) as { items: Array<{ id: string; organisation: string | null; roles: string[] }> };
    expect(items.map((a) => a.id).sort()).toEqual(['demo-evaluator', 'demo-evaluator-2', 'demo-evaluator-3']);
    expect(items.every((a) => a.roles.includes('evaluator') && a.organisation)).toBe(true);
    expect((await read('admin', 'leadership')).status).toBe(200);
    expect((await read('officer.urban', 'evaluator')).status).toBe(403);
    expect((await read('coordinator', 'superuser')).status).toBe(400);
    expect((await read(null, 'evaluator')).status).toBe(401);
  });

  it('answers me for a valid token and 401 without one', async () => {
    const token = await tokenOf('officer.urban');
    const me = await fetch(`${gateway.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: 'demo-officer-urban', roles: ['officer'], unit: '市城市管理局' });
    expect((await fetch(`${gateway.url}/api/auth/me`)).status).toBe(401);
  });

  it('forwards the token’s account as a service token the services verify, never the x-user-* headers the client sent', async () => {
    const token = await tokenOf('coordinator');
    const { status, body } = await proxied({ ...spoofed, authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    await expect(forwardedCaller(body.headers)).resolves.toEqual({ id: 'demo-coordinator', roles: ['coordinator'], unit: '市发展改革委', organisation: '重庆市发展和改革委员会', district: null });
    expect(Object.keys(body.headers).filter((name) => name.startsWith('x-user-'))).toEqual([]);
    expect(body.headers.authorization).not.toContain(token);
    // A district officer's district goes from the account to the access token to the service token.
    const district = await proxied({ authorization: `Bearer ${await tokenOf('officer.yuzhong')}` });
    await expect(forwardedCaller(district.body.headers)).resolves.toMatchObject({ id: 'demo-officer-yuzhong', roles: ['officer'], unit: null, district: '渝中区' });
    // The same holds when the gateway trusts token-less clients: a token always wins.
    const trusted = await proxied({ ...spoofed, authorization: `Bearer ${await tokenOf('evaluator', trusting.url)}` }, trusting.url);
    await expect(forwardedCaller(trusted.body.headers)).resolves.toMatchObject({ id: 'demo-evaluator', roles: ['evaluator'], unit: null });
  });

  it('publishes the public key the services verify with at /.well-known/jwks.json, and nothing private', async () => {
    const jwks = (await (await fetch(`${gateway.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const { body } = await proxied({ authorization: `Bearer ${await tokenOf('officer.urban')}` });
    await expect(serviceTokenVerifier(jwks).actorOf(/^Bearer (\S+)$/.exec(body.headers.authorization ?? '')?.[1] ?? '')).resolves.toMatchObject({ id: 'demo-officer-urban' });
  });

  it('refuses expired, tampered, malformed and foreign-key tokens with 401 and forwards nothing', async () => {
    const past = Math.floor(Date.now() / 1000) - 7200;
    const expired = await forgedAccessToken({ roles: ['admin'], sid: 'any' }, { exp: past + 3600 });
    const valid = await tokenOf('admin');
    const signature = valid.slice(valid.lastIndexOf('.') + 1);
    const flipped = signature[5] === 'A' ? 'B' : 'A';
    const tampered = `${valid.slice(0, valid.lastIndexOf('.') + 1)}${signature.slice(0, 5)}${flipped}${signature.slice(6)}`;
    const foreign = await forgedAccessToken({ roles: ['admin'], sid: 'any' }, { key: generateServiceTokenKey() });
    // A service token (audience scq-services, the same key) is no access token; nor is an HS256 token.
    const serviceToken = await forgedAccessToken({ roles: ['admin'], sid: 'any' }, { audience: 'scq-services' });
    const symmetric = await new SignJWT({ roles: ['admin'], sid: 'any' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('demo-admin')
      .setIssuer(TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('an old signing secret of the HS256 days'));
    const cases: Array<[string, string]> = [
      ['expired', `Bearer ${expired}`],
      ['tampered', `Bearer ${tampered}`],
      ['malformed', 'Bearer not-a-jwt'],
      ['not bearer', `Basic ${Buffer.from('admin:x').toString('base64')}`],
      ['foreign key', `Bearer ${foreign}`],
      ['service token', `Bearer ${serviceToken}`],
      ['HS256', `Bearer ${symmetric}`],
    ];
    for (const [name, authorization] of cases) {
      const { status, body } = await proxied({ authorization });
      expect({ name, status, forwarded: body.headers !== undefined }).toEqual({ name, status: 401, forwarded: false });
      expect(body.error?.code).toBe(name === 'expired' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
    }
    expect((await proxied({ authorization: `Bearer ${expired}` })).body.error?.message).toMatch(/expired/);
    const me = await fetch(`${gateway.url}/api/auth/me`, { headers: { authorization: `Bearer ${tampered}` } });
    expect(me.status).toBe(401);
  });

  it('without a token, forwards nobody whatever x-user-* headers say, unless GATEWAY_TRUST_CLIENT_IDENTITY is on', async () => {
    const stripped = await proxied(spoofed);
    expect(stripped.status).toBe(200);
    expect(Object.keys(stripped.body.headers).filter((name) => name.startsWith('x-user-'))).toEqual([]);
    await expect(forwardedCaller(stripped.body.headers)).resolves.toBeNull();
    const trusted = await proxied({ 'x-user-id': 'officer-1', 'x-user-roles': 'officer', 'x-user-unit': encodeURIComponent('市交通运输委') }, trusting.url);
    await expect(forwardedCaller(trusted.body.headers)).resolves.toEqual({ id: 'officer-1', roles: ['officer'], unit: '市交通运输委', organisation: null, district: null });
    // A district officer's district travels in the service token too.
    const district = await proxied({ 'x-user-id': 'officer-yz', 'x-user-roles': 'officer', 'x-user-district': encodeURIComponent('渝中区') }, trusting.url);
    await expect(forwardedCaller(district.body.headers)).resolves.toEqual({ id: 'officer-yz', roles: ['officer'], unit: null, organisation: null, district: '渝中区' });
    expect((await proxied(spoofed, trusting.url)).status).toBe(200);
    expect((await proxied({ 'x-user-id': 'x', 'x-user-roles': 'system' }, trusting.url)).status).toBe(400);
  });

  it('limits sign-in attempts per IP and username to 10 a minute (429), whatever X-Forwarded-For says without TRUST_PROXY', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const response = await fetch(`${gateway.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i}` }, body: JSON.stringify({ username: 'brute-force', password: `guess-${i}` }) });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    const limited = await login({ username: 'Brute-Force', password: 'x' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await limited.json()) as { error: { message: string } }).error.message).toMatch(/Too many sign-in attempts/);
    // Another username from the same address is not affected.
    expect((await login({ username: 'evaluator', password: DEMO_PASSWORD })).status).toBe(200);
  });

  it('publishes an OpenAPI document generated from the schemas, and a page rendering it', async () => {
    const response = await fetch(`${gateway.url}/api/docs/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/me']));
    expect(document.paths['/api/auth/login'].post).toBeDefined();
    expect(Object.keys(document.components.schemas.LoginRequest.properties ?? {})).toEqual(['username', 'password']);
    const page = await fetch(`${gateway.url}/api/docs`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('POST /api/auth/login');
    expect(html).not.toMatch(/<script|https?:\/\/(?!127)/);
  });
});

/** The gateway behind a trusted proxy (the client's address from X-Forwarded-For), counting in Redis, at production hashing cost. */
describe('gateway sign-in limits and password hashing', () => {
  let gateway: RunningHost;
  const throttle = { redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', redisPrefix: `scq-test-${process.pid}-${randomUUID()}` };

  beforeAll(async () => {
    gateway = await bootstrapHost({
      name: 'gateway-limits-test',
      logger: pino({ level: 'silent' }),
      bus: new InProcessMessageBus(),
      port: 0,
      host: '127.0.0.1',
      trustProxy: 'loopback',
      // One password check at a time and none waiting: a second simultaneous sign-in is refused.
      modules: [GatewayModule.register({ routes: [], serviceTokenKey: serviceTokenKeyFromEnv(process.env), database: { pgliteDataDir: 'memory://' }, auth: { ...gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true' }), passwordChecks: { concurrent: 1, queued: 0 } }, throttle })],
    });
  });

  afterAll(async () => {
    await gateway?.close();
    const redis = new Redis(throttle.redisUrl);
    const keys = await redis.keys(`${throttle.redisPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  const loginFrom = (address: string, username: string, password = 'wrong-password') =>
    fetch(`${gateway.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify({ username, password }) });
  const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

  it('refuses password spraying: 30 attempts from one address across usernames in 15 minutes, then 429 for any username', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await loginFrom('203.0.113.7', `sprayed-${i}`)).status);
    expect(statuses).toEqual(Array(30).fill(401));
    const refused = await loginFrom('203.0.113.7', 'applicant', DEMO_PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
    const error = await errorOf(refused);
    expect(error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS_FROM_ADDRESS');
    expect(error.message).toMatch(/此地址登录尝试过多.*Too many sign-in attempts from this address/);
    // Counted per client address behind the proxy: another client is not affected.
    expect((await loginFrom('203.0.113.8', 'applicant', DEMO_PASSWORD)).status).toBe(200);
  });

  it('locks an account for 15 minutes after 10 attempts from any addresses, even with the right password; other accounts unaffected', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 10; i += 1) statuses.push((await loginFrom(`192.0.2.${i}`, i % 2 ? 'officer.urban' : 'Officer.Urban ')).status);
    expect(statuses).toEqual(Array(10).fill(401));
    const locked = await loginFrom('192.0.2.200', 'officer.urban', DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    const error = await errorOf(locked);
    expect(error.code).toBe('ACCOUNT_LOCKED_TEMPORARILY');
    expect(error.message).toMatch(/该账号登录尝试过多.*locked/);
    // The wait in minutes, as people say it, not 884 seconds.
    expect(error.message).toMatch(/请 1[45] 分钟后再试 .*locked for 1[45] min$/);
    expect((await loginFrom('192.0.2.200', 'officer.transport', DEMO_PASSWORD)).status).toBe(200);
  });

  it('counts a password change against the caller’s own account: eleven people changing theirs from one address are not one locked bucket', async () => {
    const accounts = gateway.app.get(AccountRepository, { strict: false });
    const passwordHash = await hash('first-password-2026', 4);
    const tokens: string[] = [];
    for (let i = 0; i < 11; i += 1) {
      await accounts.insertIfAbsent({ id: `changer-${i}`, username: `changer.${i}`, displayName: { zh: `改密${i}`, en: '' }, passwordHash, roles: ['applicant'], unit: null, district: null, organisationId: null, passwordMustChange: true });
      const signedIn = await loginFrom(`198.51.100.${100 + i}`, `changer.${i}`, 'first-password-2026');
      expect(signedIn.status).toBe(200);
      tokens.push(((await signedIn.json()) as { accessToken: string }).accessToken);
    }
    // One office behind one address: each mistypes the current password once. Before, every password change counted
    // against the same empty username, so the eleventh was refused 429 for fifteen minutes whoever sent it.
    const statuses: number[] = [];
    for (const token of tokens) {
      const response = await fetch(`${gateway.url}/api/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.99', authorization: `Bearer ${token}` },
        body: JSON.stringify({ currentPassword: 'not-the-password', newPassword: 'a-new-password-2026' }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual(Array(11).fill(401));
  });

  it('signs in an account with an old bcrypt hash and replaces the hash with an argon2id one', async () => {
    const accounts = gateway.app.get(AccountRepository, { strict: false });
    const bcryptHash = await hash('legacy-password-2024', 10);
    await accounts.insertIfAbsent({ id: 'legacy-1', username: 'legacy.user', displayName: { zh: 'Legacy', en: '' }, passwordHash: bcryptHash, roles: ['auditor'], unit: null, district: null, organisationId: null, passwordMustChange: false });
    expect((await loginFrom('198.51.100.1', 'legacy.user', 'not-it')).status).toBe(401);
    expect((await accounts.byId('legacy-1'))?.passwordHash).toBe(bcryptHash);
    expect((await loginFrom('198.51.100.1', 'legacy.user', 'legacy-password-2024')).status).toBe(200);
    expect((await accounts.byId('legacy-1'))?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect((await loginFrom('198.51.100.1', 'legacy.user', 'legacy-password-2024')).status).toBe(200);
  });

  it('refuses sign-ins beyond the password checks it may run and queue with 503 SIGN_IN_BUSY and Retry-After: 1', async () => {
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => loginFrom(`100.64.0.${i}`, `busy-${i}`)));
    const busy = responses.filter((response) => response.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(responses.filter((response) => response.status !== 503).every((response) => response.status === 401)).toBe(true);
    expect(busy[0].headers.get('retry-after')).toBe('1');
    expect(await errorOf(busy[0])).toEqual({ status: 503, code: 'SIGN_IN_BUSY', message: expect.stringMatching(/登录请求过多.*Too many sign-ins at once/) });
  });
});
