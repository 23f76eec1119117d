import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The gateway's accounts: who may sign in, with a bcrypt hash of the password and the identity a token carries. */
export class GatewayAccounts1763900000000 implements MigrationInterface {
  name = 'GatewayAccounts1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE gateway.account (
        id text PRIMARY KEY,
        username text NOT NULL UNIQUE,
        name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL,
        unit text,
        organisation text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.account');
  }
}

export const gatewayMigrations = [GatewayAccounts1763900000000];
