import { GatewayAuditLog1765800000000, GatewayAuditSummary1767900000000 } from '../audit/audit.migration';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GatewaySingleSignOn1766300000000 } from './oidc/oidc.migration';
import { GatewaySessions1765100000000 } from './sessions.migration';

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

/** A password someone else chose (the generated first administrator's, a reset one) must be changed at next sign-in. */
export class GatewayPasswordMustChange1764900000000 implements MigrationInterface {
  name = 'GatewayPasswordMustChange1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE gateway.account ADD COLUMN password_must_change boolean NOT NULL DEFAULT false');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE gateway.account DROP COLUMN password_must_change');
  }
}

/** Accounts moved to the directory (schema `identity`, `IdentityDirectory1765000000000`, which runs first). */
export class GatewayAccountsMovedToDirectory1765000000001 implements MigrationInterface {
  name = 'GatewayAccountsMovedToDirectory1765000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.account');
  }

  async down(): Promise<void> {
    throw new Error('the accounts live in schema identity now: restore gateway.account from a backup to go back');
  }
}

export const gatewayMigrations = [GatewayAccounts1763900000000, GatewayPasswordMustChange1764900000000, GatewayAccountsMovedToDirectory1765000000001, GatewaySessions1765100000000, GatewayAuditLog1765800000000, GatewaySingleSignOn1766300000000, GatewayAuditSummary1767900000000];
