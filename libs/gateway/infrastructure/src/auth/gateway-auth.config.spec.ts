import { GatewayConfigError, gatewayAuthConfigFromEnv } from './gateway-auth.config';
import { gatewayEnvSchema } from '../gateway.env';
import { trustProxyFromEnv } from '../trust-proxy';

describe('gateway auth configuration', () => {
  it('refuses to start in production trusting client identity or with demo accounts; JWT_SECRET is no longer needed and only noted as unused', () => {
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', GATEWAY_TRUST_CLIENT_IDENTITY: 'true' })).toThrow(GatewayConfigError);
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', GATEWAY_TRUST_CLIENT_IDENTITY: 'true' })).toThrow(/must not be set/);
    expect(gatewayAuthConfigFromEnv({ NODE_ENV: 'production' })).toMatchObject({ legacySecretIgnored: false, trustClientIdentity: false, demoAccounts: false });
    expect(gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'CHANGE_ME' }).legacySecretIgnored).toBe(true);
    expect(gatewayAuthConfigFromEnv({ JWT_SECRET_FILE: '/run/scq/jwt-secret' }).legacySecretIgnored).toBe(true);
  });

  it('never creates demo accounts in production, and takes a first administrator password of 12 characters or more', () => {
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', DEMO_ACCOUNTS: 'true' })).toThrow(/DEMO_ACCOUNTS=true .* must not be set/);
    expect(gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true' }).demoAccounts).toBe(true);
    expect(gatewayAuthConfigFromEnv({}).demoAccounts).toBe(false);
    expect(() => gatewayAuthConfigFromEnv({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD must be at least 12/);
    expect(gatewayAuthConfigFromEnv({ ADMIN_PASSWORD: 'a long admin password' }).adminPassword).toBe('a long admin password');
  });

  it('trusts client headers only when asked', () => {
    expect([gatewayAuthConfigFromEnv({}), gatewayAuthConfigFromEnv({ GATEWAY_TRUST_CLIENT_IDENTITY: 'true' }), gatewayAuthConfigFromEnv({ GATEWAY_TRUST_CLIENT_IDENTITY: '1' })].map((c) => c.trustClientIdentity)).toEqual([false, true, false]);
  });

  it('takes the access token and session lifetimes in whole seconds: 15 minutes, 2 hours idle, 12 hours at most', () => {
    expect(gatewayAuthConfigFromEnv({})).toMatchObject({ tokenTtlSeconds: 900, session: { idleSeconds: 7200, maxSeconds: 43_200, reuseGraceSeconds: 30 } });
    expect(gatewayAuthConfigFromEnv({ ACCESS_TOKEN_TTL_SECONDS: '60', SESSION_IDLE_SECONDS: '600', SESSION_MAX_SECONDS: '3600' })).toMatchObject({ tokenTtlSeconds: 60, session: { idleSeconds: 600, maxSeconds: 3600 } });
    expect(() => gatewayAuthConfigFromEnv({ ACCESS_TOKEN_TTL_SECONDS: '15m' })).toThrow(/ACCESS_TOKEN_TTL_SECONDS must be a whole number of seconds/);
    expect(() => gatewayAuthConfigFromEnv({ SESSION_IDLE_SECONDS: '0' })).toThrow(/SESSION_IDLE_SECONDS/);
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
