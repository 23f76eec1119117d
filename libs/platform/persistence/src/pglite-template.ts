import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** Test-only: the folder (one per PGlite version) where the tests keep a freshly initialised cluster (tools/jest/pglite-template.js). */
export const PGLITE_TEMPLATE_ENV = 'SCQ_TEST_PGLITE_TEMPLATE_DIR';

// The template once read, for the process's (the test file's) next new clusters.
const read = new Map<string, Blob>();

/**
 * A new PGlite cluster costs an initdb: seconds of CPU each time, and the tests open hundreds. With
 * `SCQ_TEST_PGLITE_TEMPLATE_DIR` set (the jest set-up does), the first cluster initialised is kept there as a tarball
 * and every later new cluster is loaded from it (PGlite's own `clone()` does the same). Refused when
 * `NODE_ENV=production`; unset, every new cluster runs initdb, as the embedded mode does.
 */
export async function freshClusterTemplate(env: NodeJS.ProcessEnv): Promise<Blob | undefined> {
  const folder = env[PGLITE_TEMPLATE_ENV];
  if (!folder) return undefined;
  if (env.NODE_ENV === 'production') throw new Error(`${PGLITE_TEMPLATE_ENV} is for tests: it must not be set when NODE_ENV=production`);
  const file = join(folder, 'fresh-cluster.tar');
  const held = read.get(file);
  if (held) return held;
  try {
    const template = new Blob([readFileSync(file)]);
    read.set(file, template);
    return template;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const db = await PGlite.create({ dataDir: 'memory://' });
  try {
    const tarball = await db.dumpDataDir('none');
    // Written whole, then renamed: a test file in another worker never reads half a template.
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${randomUUID()}`;
    writeFileSync(partial, new Uint8Array(await tarball.arrayBuffer()));
    renameSync(partial, file);
    read.set(file, tarball);
    return tarball;
  } finally {
    await db.close();
  }
}

