export * from './sql-executor';
export * from './database';
export * from './open-database';
export * from './database-location';
export * from './pglite-pool.driver';
export * from './pglite-session';
