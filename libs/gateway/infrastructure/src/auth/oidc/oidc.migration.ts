import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on's short-lived secrets (schema `gateway`), each good for one use: the state of a sign-in begun at
 * the OpenID provider (10 minutes: the nonce and PKCE verifier it needs back, where to go after, and the hash of the
 * browser cookie it is bound to), and the one-time code that hands the signed-in person to the console (60 s).
 * States and codes are stored only as SHA-256 hashes.
 */
export class GatewaySingleSignOn1766300000000 implements MigrationInterface {
  name = 'GatewaySingleSignOn1766300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE gateway.oidc_login_state (
        state_hash text PRIMARY KEY,
        browser_hash text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_to text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )
    `);
    await runner.query(`
      CREATE TABLE gateway.oidc_handoff (
        code_hash text PRIMARY KEY,
        user_id text NOT NULL,
        return_to text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.oidc_handoff');
    await runner.query('DROP TABLE gateway.oidc_login_state');
  }
}
