import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, startServiceProcess, type TestDatabase } from '@scq/platform-testing';

/** The services that run lifecycle instances link history rows with a key kept outside the database: production needs a real one. */
describe('the history chain key of a production start', () => {
  let dataDir: string;
  let database: TestDatabase;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'scq-history-key-'));
    database = await createTestDatabase('history_key');
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  });

  // A production start needs its other settings too (PostgreSQL, an attachment store for the workflow): only the key is missing.
  const production = () => ({ NODE_ENV: 'production', DATA_DIR: dataDir, DATABASE_URL: database.url, KAFKA_BROKERS: '', HISTORY_CHAIN_KEY_FILE: '', HISTORY_CHAIN_KEY: '', ATTACHMENTS_DIR: join(dataDir, 'attachments') });

  it.each(['application-workflow', 'evaluation'])('%s refuses to start without a key or with a placeholder, saying why, and starts with a real one', async (app) => {
    await expect(startServiceProcess(app, production())).rejects.toThrow(/HISTORY_CHAIN_KEY_FILE \(or HISTORY_CHAIN_KEY\) is required when NODE_ENV=production/);
    await expect(startServiceProcess(app, { ...production(), HISTORY_CHAIN_KEY: 'CHANGE_ME_HISTORY_CHAIN_KEY_for_the_services' })).rejects.toThrow(/HISTORY_CHAIN_KEY is a placeholder/);
    await expect(startServiceProcess(app, { ...production(), HISTORY_CHAIN_KEY: 'short' })).rejects.toThrow(/HISTORY_CHAIN_KEY is 5 characters; at least 32/);
    const service = await startServiceProcess(app, { ...production(), DATA_DIR: join(dataDir, app), HISTORY_CHAIN_KEY: 'Zq3v9LmN2xR7tY1uB8cD4eF6gH0jK5pS-e2e' });
    expect(await service.stop()).toBe(0);
  });
});
