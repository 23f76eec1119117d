import { databaseLocationFromEnv, type DatabaseLocation } from '@scq/platform-persistence';
import { StartupConfigError } from '../secrets/secret-files';

/**
 * Where a separately deployed service keeps its data: PostgreSQL from `<SERVICE>_DATABASE_URL` or `DATABASE_URL`.
 * Outside production without one, the embedded PGlite `fallback` (default: `DATA_DIR/pglite`, as
 * `databaseLocationFromEnv`); with `NODE_ENV=production` the process refuses to start instead, so no state of a
 * production deployment ever lands in an embedded database that one replica alone sees and a restart may lose.
 * (The embedded host, apps/standalone, is PGlite by design and keeps using `databaseLocationFromEnv`.)
 */
export function productionDatabaseFromEnv(service: string, env: NodeJS.ProcessEnv = process.env, fallback?: () => DatabaseLocation): DatabaseLocation {
  const specific = `${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;
  const url = env[specific]?.trim() || env.DATABASE_URL?.trim();
  if (url) return { url };
  if (env.NODE_ENV === 'production') {
    throw new StartupConfigError(
      `缺少数据库地址：生产模式下 ${service} 的全部状态必须保存在 PostgreSQL 中，请设置 ${specific} 或 DATABASE_URL。` +
        ` No database: with NODE_ENV=production ${service} keeps all its state in PostgreSQL; set ${specific} or DATABASE_URL (postgres://user:password@host:5432/db). It refuses to start on an embedded database.`,
    );
  }
  return fallback ? fallback() : databaseLocationFromEnv(service, env);
}
