import { GatewayConfigError, gatewayAuthConfigFromEnv } from './gateway-auth.config';

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
