import { GatewayConfigError, gatewayAuthConfigFromEnv } from './gateway-auth.config';
import { gatewayEnvSchema } from '../gateway.env';
import { trustProxyFromEnv } from '../trust-proxy';

describe('gateway auth configuration', () => {
  it('refuses to start in production without JWT_SECRET, or trusting client identity', () => {
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production' })).toThrow(GatewayConfigError);
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(() => gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), GATEWAY_TRUST_CLIENT_IDENTITY: 'true' })).toThrow(/must not be set/);
    expect(gatewayAuthConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'given' })).toMatchObject({ jwtSecret: 'given', secretGenerated: false, trustClientIdentity: false });
  });

  it('makes a random secret per process outside production, and trusts client headers only when asked', () => {
    const a = gatewayAuthConfigFromEnv({});
    const b = gatewayAuthConfigFromEnv({ GATEWAY_TRUST_CLIENT_IDENTITY: 'true' });
    expect(a.secretGenerated).toBe(true);
    expect(a.jwtSecret).not.toBe(b.jwtSecret);
    expect([a.trustClientIdentity, b.trustClientIdentity, gatewayAuthConfigFromEnv({ GATEWAY_TRUST_CLIENT_IDENTITY: '1' }).trustClientIdentity]).toEqual([false, true, false]);
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
