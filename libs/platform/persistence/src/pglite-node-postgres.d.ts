// PGlite's node-postgres adapter is a subpath export, which this repository's module resolution ("node") does not read.
declare module '@electric-sql/pglite/node-postgres' {
  import type { PGlite } from '@electric-sql/pglite';

  /** The connection settings for a `pg` Client whose connection speaks the wire protocol to `pglite`. */
  export function createPgConfig(pglite: PGlite): object;
}
