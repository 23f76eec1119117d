import { mkdirSync } from 'node:fs';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { PGlite } from '@electric-sql/pglite';
import { TypeOrmDatabase, type Database } from './database';
import { pgliteDriverFor } from './pglite-pool.driver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Constructor = Function;

export interface DatabaseLocation {
  /** A PostgreSQL connection string: the production adapter (`pg`). */
  url?: string;
  /** Otherwise PGlite in this folder (`memory://` keeps it in memory): the embedded adapter. */
  pgliteDataDir?: string;
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

const INT8 = 20;
const NUMERIC = 1700;

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
    const dataDir = options.pgliteDataDir ?? 'memory://';
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
    // Parse 64-bit integers and numerics as strings, as `pg` does, so both adapters return the same values.
    const pglite = await PGlite.create({ dataDir, parsers: { [INT8]: (value: string) => value, [NUMERIC]: (value: string) => value } });
    dataSource = new DataSource({ ...common, driver: pgliteDriverFor(pglite) });
  }
  await dataSource.initialize();
  const database = new TypeOrmDatabase(dataSource, options.schema, options.url ? 'postgres' : 'pglite');
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
