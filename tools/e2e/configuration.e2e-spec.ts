import { startServiceProcess } from '@scq/platform-testing';


/** A process started with a bad environment stops at once with one line that says what to fix. */
describe('configuration at start-up', () => {
  it('refuses to start a service with malformed variables, naming each and what it expects', async () => {
    const start = startServiceProcess('scenario-registry', { PORT: 'eighty', DATABASE_URL: 'mysql://db/x', KAFKA_BROKERS: '', REDIS_URL: '' });
    await expect(start).rejects.toThrow(/exited with 1 before listening/);
    await expect(start).rejects.toThrow(/scenario-registry: 配置无效 Invalid configuration: PORT must be a port number 0–65535 \(0: any free port\) \(got "eighty"\); DATABASE_URL must be a postgres or postgresql URL/);
  });

  it('checks the service’s own variables too', async () => {
    const start = startServiceProcess('notification', { SMTP_URL: 'mail.example', NOTIFICATION_DEMO_WORKING_DAY_MS: 'fast', DATABASE_URL: '', KAFKA_BROKERS: '', REDIS_URL: '' });
    await expect(start).rejects.toThrow(/SMTP_URL must be a smtp or smtps URL.*NOTIFICATION_DEMO_WORKING_DAY_MS must be a whole number of milliseconds \(got "fast"\)/);
  });

  it('refuses to start a service in production without the gateway’s keys: it could know no caller', async () => {
    // A database URL (never reached: the keys are checked before anything opens), so only the keys are missing.
    const start = startServiceProcess('evaluation', { NODE_ENV: 'production', SERVICE_TOKEN_JWKS: '', SERVICE_TOKEN_JWKS_URL: '', DATABASE_URL: 'postgres://127.0.0.1:5432/never_opened', KAFKA_BROKERS: '', REDIS_URL: '', DATA_DIR: '' });
    await expect(start).rejects.toThrow(/SERVICE_TOKEN_JWKS_URL \(or SERVICE_TOKEN_JWKS\) is required when NODE_ENV=production/);
  });

  it.each(['scenario-registry', 'application-workflow', 'evaluation', 'notification'])('refuses to start %s in production without a database URL instead of falling back to PGlite', async (app) => {
    const start = startServiceProcess(app, { NODE_ENV: 'production', SERVICE_TOKEN_JWKS: '{"keys":[]}', DATABASE_URL: '', KAFKA_BROKERS: '', REDIS_URL: '', DATA_DIR: '' });
    await expect(start).rejects.toThrow(new RegExp(`缺少数据库地址.*No database: with NODE_ENV=production ${app} keeps all its state in PostgreSQL`));
  });
});
