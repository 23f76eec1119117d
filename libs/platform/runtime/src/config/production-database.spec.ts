import { DEFAULT_SESSION_QUEUE_LIMITS } from '@scq/platform-persistence';
import { StartupConfigError } from '../secrets/secret-files';
import { productionDatabaseFromEnv } from './production-database';

describe('productionDatabaseFromEnv: a separately deployed service’s database', () => {
  it('takes the service’s own URL before DATABASE_URL', () => {
    expect(productionDatabaseFromEnv('scenario-registry', { NODE_ENV: 'production', SCENARIO_REGISTRY_DATABASE_URL: 'postgres://a/own', DATABASE_URL: 'postgres://a/shared' })).toEqual({ url: 'postgres://a/own' });
    expect(productionDatabaseFromEnv('scenario-registry', { NODE_ENV: 'production', DATABASE_URL: 'postgres://a/shared' })).toEqual({ url: 'postgres://a/shared' });
  });

  it('refuses to start in production without a URL, in both languages, naming the variables to set', () => {
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'production', DATA_DIR: '/var/lib/scq', DATABASE_URL: '  ' }]) {
      expect(() => productionDatabaseFromEnv('application-workflow', env)).toThrow(StartupConfigError);
      expect(() => productionDatabaseFromEnv('application-workflow', env)).toThrow(/缺少数据库地址.*APPLICATION_WORKFLOW_DATABASE_URL.*No database: with NODE_ENV=production application-workflow keeps all its state in PostgreSQL/);
    }
  });

  it('falls back to the embedded database outside production (the given one, else DATA_DIR/pglite)', () => {
    expect(productionDatabaseFromEnv('evaluation', { NODE_ENV: 'development', DATA_DIR: '/tmp/scq' })).toEqual({ pgliteDataDir: '/tmp/scq/pglite', pgliteQueue: DEFAULT_SESSION_QUEUE_LIMITS });
    expect(productionDatabaseFromEnv('gateway', {}, () => ({ pgliteDataDir: 'memory://' }))).toEqual({ pgliteDataDir: 'memory://' });
  });
});
