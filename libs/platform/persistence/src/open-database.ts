import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { TypeOrmDatabase, type Database } from './database';
import { PgPoolDatabase } from './pg-pool.database';
import { pgliteDriverFor } from './pglite-pool.driver';
import { openPGliteSession } from './pglite-session';
import type { SessionQueueLimits } from './database-admission';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Constructor = Function;

export interface DatabaseLocation {
  /** A PostgreSQL connection string: the production adapter (`pg`). */
  url?: string;
  /** Otherwise PGlite in this folder (`memory://` keeps it in memory): the embedded adapter. */
  pgliteDataDir?: string;
  /** How long requests may queue for the PGlite session (default DEFAULT_SESSION_QUEUE_LIMITS). */
  pgliteQueue?: SessionQueueLimits;
}

export interface OpenDatabaseOptions extends DatabaseLocation {
  /** The schema this service owns; every table of the service lives in it. */
  schema: string;
  migrations: MixedList<Constructor | string>;
  entities?: MixedList<Constructor | string | EntitySchema>;
  poolSize?: number;
  /** Tests may set it; every other run migrates (never `synchronize`). */
  runMigrations?: boolean;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const common = {
    type: 'postgres' as const,
    schema: options.schema,
    entities: options.entities ?? [],
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
  };
  let dataSource: DataSource;
  if (options.url) {
    dataSource = new DataSource({ ...common, url: options.url, poolSize: options.poolSize ?? 10, applicationName: options.schema });
  } else {
    const session = await openPGliteSession(options.pgliteDataDir ?? 'memory://', options.pgliteQueue);
    // TypeORM keeps its migrations table per schema, so services sharing one PGlite folder keep theirs apart.
    dataSource = new DataSource({ ...common, driver: pgliteDriverFor(session) });
  }
  await dataSource.initialize();
  const database = options.url
    ? new PgPoolDatabase(dataSource, options.schema, (dataSource.driver as PostgresDriver).master as Pool)
    : new TypeOrmDatabase(dataSource, options.schema, 'pglite');
  try {
    await database.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
    if (options.runMigrations !== false) await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

export function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return `"${name}"`;
}
