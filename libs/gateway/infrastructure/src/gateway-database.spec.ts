import { StartupConfigError } from '@scq/platform-runtime';
import { gatewayDatabaseFromEnv } from './gateway.module';

describe('gatewayDatabaseFromEnv: where the gateway keeps accounts, sessions and the audit log', () => {
  it('is PostgreSQL when GATEWAY_DATABASE_URL or DATABASE_URL is set', () => {
    expect(gatewayDatabaseFromEnv({ NODE_ENV: 'production', GATEWAY_DATABASE_URL: 'postgres://db/gw', DATABASE_URL: 'postgres://db/all' })).toEqual({ url: 'postgres://db/gw' });
    expect(gatewayDatabaseFromEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/all' })).toEqual({ url: 'postgres://db/all' });
  });

  it('refuses to start in production without a URL instead of keeping its state in an in-memory PGlite', () => {
    expect(() => gatewayDatabaseFromEnv({ NODE_ENV: 'production' })).toThrow(StartupConfigError);
    expect(() => gatewayDatabaseFromEnv({ NODE_ENV: 'production', DATA_DIR: '/data' })).toThrow(/缺少数据库地址.*GATEWAY_DATABASE_URL 或 DATABASE_URL.*No database: with NODE_ENV=production gateway keeps all its state in PostgreSQL/);
  });

  it('outside production falls back to PGlite: in DATA_DIR when set, else in memory', () => {
    expect(gatewayDatabaseFromEnv({ NODE_ENV: 'development', DATA_DIR: '/data' })).toEqual({ pgliteDataDir: '/data/gateway-pglite' });
    expect(gatewayDatabaseFromEnv({})).toEqual({ pgliteDataDir: 'memory://' });
  });
});
