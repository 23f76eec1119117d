import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, Headers, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import pino from 'pino';
import type { Actor } from '@scq/contracts';
import { Access, CurrentActor } from '@scq/platform-http';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { DEMO_PASSWORD } from './auth/demo-accounts';
import { gatewayAuthConfigFromEnv } from './auth/gateway-auth.config';
import { GatewayModule } from './gateway.module';
import type { ThrottleStore } from './throttling/throttler-storage';
import { serviceTokenKeyFromEnv } from './auth/service-token-key';


/** Stands in for a service module hosted in the same process (embedded mode): tells who its guard says calls, and the headers. */
@Controller('api/echo')
class EchoController {
  @Get()
  @Access.public()
  echo(@CurrentActor() actor: Actor | null, @Headers() headers: Record<string, string>) {
    return { actor, headers };
  }
}

@Module({})
class EchoModule {}
const echoModule = { module: EchoModule, controllers: [EchoController] };

/** The gateway module in the embedded mode (no routes: the services answer in-process) and serving the console. */
describe('gateway in the embedded mode, with the console', () => {
  const consoleDir = mkdtempSync(join(tmpdir(), 'scq-console-test-'));
  const missingConsoleDir = join(consoleDir, 'not-built');
  let host: RunningHost;
  // Three /api requests a minute, and no console built: each gateway booted costs seconds, and the limit is about /api
  // alone while the missing console is about every other path, so one host serves both tests.
  let limitedUnbuilt: RunningHost;

  const start = (dir: string, apiRequestsPerMinute = 6000, throttle: ThrottleStore = {}) =>
    bootstrapHost({
      name: 'embedded-gateway-test',
      logger: pino({ level: 'silent' }),
      bus: new InProcessMessageBus(),
      port: 0,
      host: '127.0.0.1',
      modules: [echoModule, GatewayModule.register({ routes: [], serviceTokenKey: serviceTokenKeyFromEnv(process.env), database: { pgliteDataDir: 'memory://' }, auth: { ...gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true' }), apiRequestsPerMinute }, passwordHashing: { memoryCost: 1024, timeCost: 1 }, consoleDir: dir, throttle })],
    });

  beforeAll(async () => {
    mkdirSync(join(consoleDir, 'assets'));
    writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>console</title><div id="root"></div>');
    writeFileSync(join(consoleDir, 'assets', 'index-abc123.js'), 'console.log("console")');
    host = await start(consoleDir);
    limitedUnbuilt = await start(missingConsoleDir, 3);
  });

  afterAll(async () => {
    await Promise.all([host?.close(), limitedUnbuilt?.close()]);
    rmSync(consoleDir, { recursive: true, force: true });
  });

  const tokenOf = async (username: string) => {
    const response = await fetch(`${host.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
    return ((await response.json()) as { accessToken: string }).accessToken;
  };
  const echo = async (headers: Record<string, string>) => {
    const response = await fetch(`${host.url}/api/echo`, { headers });
    return { status: response.status, body: (await response.json()) as { actor?: Actor | null; headers?: Record<string, string>; error?: { code: string } } };
  };
  const spoofed = { 'x-user-id': 'mallory', 'x-user-roles': 'admin', 'x-user-unit': 'anything' };

  it('hands the in-process services the caller named by the token, whatever x-user-* headers the client sent', async () => {
    const { status, body } = await echo({ authorization: `Bearer ${await tokenOf('officer.urban')}`, ...spoofed });
    expect(status).toBe(200);
    expect(body.actor).toEqual({ id: 'demo-officer-urban', roles: ['officer'], unit: '市城市管理局', organisation: '重庆市城市管理局', district: null });
    expect(Object.keys(body.headers ?? {}).filter((name) => name.startsWith('x-user-'))).toEqual([]);
  });

  it('drops the identity headers of a client without a token, and refuses a bad token before any service sees it', async () => {
    const anonymous = await echo(spoofed);
    expect(anonymous.status).toBe(200);
    expect(Object.keys(anonymous.body.headers ?? {}).filter((name) => name.startsWith('x-user-'))).toEqual([]);
    expect(anonymous.body.actor).toBeNull();
    const tampered = await echo({ authorization: `Bearer ${(await tokenOf('coordinator')).slice(0, -2)}xx` });
    expect(tampered.status).toBe(401);
    expect(tampered.body.error?.code).toBe('TOKEN_INVALID');
  });

  it('answers every console path with index.html, serves hashed assets with a long cache, and leaves /api and /.well-known alone', async () => {
    for (const path of ['/', '/matrix', '/scenarios/0b3f0c8e-5f43-4d1e-9c39-1f1a4d3c2b10']) {
      const page = await fetch(`${host.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('<div id="root">');
    }
    const asset = await fetch(`${host.url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${host.url}/assets/missing.js`)).status).toBe(404);
    const unknownApi = await fetch(`${host.url}/api/no-such-endpoint`);
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toContain('application/json');
    // The gateway's public keys stay JSON, not the console's page.
    const jwks = await fetch(`${host.url}/.well-known/jwks.json`);
    expect(jwks.headers.get('content-type')).toContain('application/json');
    expect(((await jwks.json()) as { keys: Array<{ kty: string }> }).keys[0].kty).toBe('OKP');
  });

  it('limits /api requests per user a minute with a 429 and Retry-After, each user counted apart', async () => {
    const limited = limitedUnbuilt;
    const call = (headers: Record<string, string>) => fetch(`${limited.url}/api/echo`, { headers });
    const login = async (username: string) =>
      ((await (await fetch(`${limited.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) })).json()) as { accessToken: string }).accessToken;
    const busy = { authorization: `Bearer ${await login('officer.urban')}` };
    for (let i = 0; i < 3; i++) expect((await call(busy)).status).toBe(200);
    const refused = await call(busy);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(30); // seconds left of the minute, not 1
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_REQUESTS');
    expect((await call({ authorization: `Bearer ${await login('coordinator')}` })).status).toBe(200);
  });

  it('shares the limit across gateway replicas through Redis', async () => {
    const throttle = { redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', redisPrefix: `scq-test-${process.pid}-${randomUUID()}` };
    const [first, second] = await Promise.all([start(consoleDir, 4, throttle), start(consoleDir, 4, throttle)]);
    try {
      const call = (replica: RunningHost) => fetch(`${replica.url}/api/echo`);
      const statuses: number[] = [];
      for (const replica of [first, second, first, second, first, second]) statuses.push((await call(replica)).status);
      // Four requests a minute in all: the fifth is refused whichever replica it reaches.
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await Promise.all([first.close(), second.close()]);
      const redis = new Redis(throttle.redisUrl);
      const keys = await redis.keys(`${throttle.redisPrefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });

  it('explains how to build the console when it is not built, instead of failing', async () => {
    const page = await fetch(`${limitedUnbuilt.url}/`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build:console');
  });
});
