import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { freshClusterTemplate, PGLITE_TEMPLATE_ENV } from './pglite-template';

/** What a cluster holds right after it is made: its databases, roles and the catalogue of the `postgres` database. */
async function shapeOf(db: PGlite) {
  const rows = async (sql: string) => (await db.query<Record<string, unknown>>(sql)).rows;
  return {
    databases: await rows('SELECT datname, encoding, datcollate, datctype FROM pg_database ORDER BY datname'),
    roles: await rows('SELECT rolname, rolsuper FROM pg_roles ORDER BY rolname'),
    relations: await rows("SELECT count(*)::int AS n FROM pg_class WHERE relnamespace <> 'pg_toast'::regnamespace"),
    settings: await rows("SELECT name, setting FROM pg_settings WHERE name IN ('server_encoding', 'lc_collate', 'TimeZone', 'shared_buffers') ORDER BY name"),
  };
}

/** The tests' copy of a fresh cluster (SCQ_TEST_PGLITE_TEMPLATE_DIR) against initdb itself, which the embedded mode runs. */
describe('the tests’ PGlite cluster template', () => {
  const folder = mkdtempSync(join(tmpdir(), 'scq-pglite-template-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is unused unless the tests ask for it, and refused in production', async () => {
    expect(await freshClusterTemplate({})).toBeUndefined();
    await expect(freshClusterTemplate({ [PGLITE_TEMPLATE_ENV]: folder, NODE_ENV: 'production' })).rejects.toThrow(/must not be set when NODE_ENV=production/);
  });

  it('gives a new cluster the same databases, roles, catalogue and settings as initdb', async () => {
    const template = await freshClusterTemplate({ [PGLITE_TEMPLATE_ENV]: folder });
    expect(template).toBeInstanceOf(Blob);
    // The second ask reads it back rather than running initdb again.
    expect(await freshClusterTemplate({ [PGLITE_TEMPLATE_ENV]: folder })).toBe(template);
    const initialised = await PGlite.create({ dataDir: 'memory://' });
    const copied = await PGlite.create({ dataDir: 'memory://', loadDataDir: template });
    try {
      expect(await shapeOf(copied)).toEqual(await shapeOf(initialised));
    } finally {
      await Promise.all([initialised.close(), copied.close()]);
    }
  });
});
