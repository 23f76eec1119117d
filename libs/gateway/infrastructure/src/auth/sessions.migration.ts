import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in sessions and their rotating refresh tokens (stored as SHA-256 hashes: the database never holds a usable
 * token). Access tokens name their session (`sid`); a revoked session's access tokens stop working at once.
 */
export class GatewaySessions1765100000000 implements MigrationInterface {
  name = 'GatewaySessions1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE gateway.session (
        id text PRIMARY KEY,
        user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_because text
      )
    `);
    await runner.query('CREATE INDEX session_by_user ON gateway.session (user_id) WHERE revoked_at IS NULL');
    await runner.query(`
      CREATE TABLE gateway.refresh_token (
        token_hash text PRIMARY KEY,
        session_id text NOT NULL REFERENCES gateway.session (id),
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )
    `);
    await runner.query('CREATE INDEX refresh_token_session ON gateway.refresh_token (session_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.refresh_token');
    await runner.query('DROP TABLE gateway.session');
  }
}
