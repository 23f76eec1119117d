import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatewayConfigError, gatewayAuthConfigFromEnv } from './gateway-auth.config';
import { gatewayEnvSchema } from '../gateway.env';
import { trustProxyFromEnv } from '../trust-proxy';

describe('gateway auth configuration', () => {
  const SECRET = 'k3J9vQz7Lm2Xr8Tn5Wc1Hy6Bd4Fp0SgEu7Ka9Zo';

  it('refuses to start in production without JWT_SECRET, with a short, placeholder or repetitive one, or trusting client identity', () => {
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production' })).toThrow(GatewayConfigError);
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET \(or JWT_SECRET_FILE\) is required/);
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'given' })).toThrow(/JWT_SECRET is 5 characters; at least 32/);
    // The placeholders the deploy folder and the compose file carried: a token signed with them acted as admin.
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'CHANGE_ME_JWT_SECRET_0123456789abcdef' })).toThrow(/placeholder/);
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'local-compose-demo-secret-change-me' })).toThrow(/placeholder/);
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'ab'.repeat(20) })).toThrow(/too few characters/);
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: SECRET, GATEWAY_TRUST_CLIENT_IDENTITY: 'true' })).toThrow(/must not be set/);
    expect(gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toMatchObject({ jwtSecret: SECRET, secretSource: 'environment', trustClientIdentity: false, demoAccounts: false });
  });

  it('never creates demo accounts in production, and takes a first administrator password of 12 characters or more', () => {
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: SECRET, DEMO_ACCOUNTS: 'true' })).toThrow(/DEMO_ACCOUNTS=true .* must not be set/);
    expect(gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true' }).demoAccounts).toBe(true);
    expect(gatewayAuthConfigFromEnv({}).demoAccounts).toBe(false);
    expect(() => gatewayAuthConfigFromEnv({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD must be at least 12/);
    expect(gatewayAuthConfigFromEnv({ ADMIN_PASSWORD: 'a long admin password' }).adminPassword).toBe('a long admin password');
  });

  it('makes a random secret per process outside production, and trusts client headers only when asked', () => {
    const a = gatewayAuthConfigFromEnv({});
    const b = gatewayAuthConfigFromEnv({ GATEWAY_TRUST_CLIENT_IDENTITY: 'true' });
    expect(a.secretSource).toBe('process');
    expect(a.jwtSecret).not.toBe(b.jwtSecret);
    expect([a.trustClientIdentity, b.trustClientIdentity, gatewayAuthConfigFromEnv({ GATEWAY_TRUST_CLIENT_IDENTITY: '1' }).trustClientIdentity]).toEqual([false, true, false]);
  });

  it('keeps the embedded mode’s key in its data folder, readable by its owner only, so a restart signs nobody out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scq-key-'));
    try {
      const keyFile = join(dir, 'data', 'gateway-signing.key');
      const first = gatewayAuthConfigFromEnv({}, { keyFile });
      const second = gatewayAuthConfigFromEnv({}, { keyFile });
      expect(first).toMatchObject({ secretSource: 'key-file' });
      expect(second.jwtSecret).toBe(first.jwtSecret);
      expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(gatewayAuthConfigFromEnv({ JWT_SECRET: SECRET }, { keyFile }).jwtSecret).toBe(SECRET);
      // Production reads a mounted secret file, holding it to the same rules.
      writeFileSync(join(dir, 'jwt-secret'), `${SECRET}\n`);
      expect(gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET_FILE: join(dir, 'jwt-secret') })).toMatchObject({ jwtSecret: SECRET, secretSource: 'environment' });
      writeFileSync(join(dir, 'placeholder'), 'CHANGE_ME_JWT_SECRET_0123456789abcdefgh');
      expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET_FILE: join(dir, 'placeholder') })).toThrow(/placeholder/);
      expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET_FILE: join(dir, 'missing') })).toThrow(/JWT_SECRET_FILE .* cannot be read \(ENOENT\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('API rate limit from the environment', () => {
  it('defaults to 6000 a minute (100 a second), takes a whole number (0: off) and refuses anything else', () => {
    expect(gatewayAuthConfigFromEnv({}).apiRequestsPerMinute).toBe(6000);
    expect(gatewayAuthConfigFromEnv({ GATEWAY_API_REQUESTS_PER_MINUTE: '0' }).apiRequestsPerMinute).toBe(0);
    expect(gatewayAuthConfigFromEnv({ GATEWAY_API_REQUESTS_PER_MINUTE: '300' }).apiRequestsPerMinute).toBe(300);
    expect(() => gatewayAuthConfigFromEnv({ GATEWAY_API_REQUESTS_PER_MINUTE: 'lots' })).toThrow(/GATEWAY_API_REQUESTS_PER_MINUTE/);
  });
});

describe('sign-in limits', () => {
  it('default to 10 a minute per address and username, 30 per address and 10 per account in 15 minutes, 2 password checks at once with 32 waiting', () => {
    expect(gatewayAuthConfigFromEnv({})).toMatchObject({
      loginAttemptsPerWindow: 10,
      loginWindowMs: 60_000,
      loginAttemptsPerAddress: 30,
      loginAttemptsPerAccount: 10,
      loginLockoutWindowMs: 900_000,
      passwordChecks: { concurrent: 2, queued: 32 },
    });
  });
});

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless set; takes a hop count, named ranges, addresses and CIDR subnets', () => {
    expect([undefined, '', ' ', 'false'].map((TRUST_PROXY) => trustProxyFromEnv({ TRUST_PROXY }))).toEqual([undefined, undefined, undefined, undefined]);
    expect(trustProxyFromEnv({ TRUST_PROXY: '1' })).toBe(1);
    expect(trustProxyFromEnv({ TRUST_PROXY: 'loopback' })).toBe('loopback');
    expect(trustProxyFromEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8, 192.0.2.10' })).toBe('loopback, 10.0.0.0/8, fd00::/8, 192.0.2.10');
  });

  it('refuses true (any client could name its own address) and what is not an address, at start-up', () => {
    expect(() => trustProxyFromEnv({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: true would trust every address/);
    expect(() => trustProxyFromEnv({ TRUST_PROXY: 'loopback,ingress.local' })).toThrow(/ingress\.local: expected/);
    expect(() => trustProxyFromEnv({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(GatewayConfigError);
    expect(gatewayEnvSchema.safeParse({ TRUST_PROXY: 'true' }).success).toBe(false);
    expect(gatewayEnvSchema.safeParse({ TRUST_PROXY: 'uniquelocal' }).success).toBe(true);
    expect(gatewayEnvSchema.safeParse({ TRUST_PROXY: '' }).success).toBe(true);
  });
});
