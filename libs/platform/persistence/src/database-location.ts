import { join } from 'node:path';
import type { DatabaseLocation } from './open-database';

/**
 * Where a service keeps its data, from the environment:
 * `<SERVICE>_DATABASE_URL` or `DATABASE_URL` → PostgreSQL; otherwise PGlite in `DATA_DIR/pglite` (default ./data),
 * one database shared by the services of the process, each in its own schema.
 */
export function databaseLocationFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const specific = env[`${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`];
  const url = specific || env.DATABASE_URL;
  if (url) return { url };
  return { pgliteDataDir: join(env.DATA_DIR || './data', 'pglite') };
}
