import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { describeDatabaseContract } from './database.contract';
import { openDatabase } from './open-database';

let postgres: TestDatabase;
beforeAll(async () => {
  postgres = await createTestDatabase('persistence');
});
afterAll(() => postgres.drop());

describeDatabaseContract('PostgreSQL (pg)', (schema) => openDatabase({ schema, url: postgres.url, migrations: [] }));
describeDatabaseContract('PGlite (in memory)', (schema) => openDatabase({ schema, pgliteDataDir: 'memory://', migrations: [] }));
