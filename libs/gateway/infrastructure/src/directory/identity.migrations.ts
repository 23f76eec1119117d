import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory (schema `identity`): organisations with their 统一社会信用代码 and aliases, users with their display
 * names, status, unit, district and organisation, and their role assignments. Accounts kept in `gateway.account`
 * before are moved here (their organisations by name), and the gateway's own migration then drops that table.
 */
export class IdentityDirectory1765000000000 implements MigrationInterface {
  name = 'IdentityDirectory1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE identity.organisation (
        id text PRIMARY KEY,
        name text NOT NULL,
        name_en text NOT NULL DEFAULT '',
        kind text NOT NULL,
        uscc text UNIQUE,
        aliases text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await runner.query('CREATE UNIQUE INDEX organisation_name_key ON identity.organisation (lower(name))');
    await runner.query(`
      CREATE TABLE identity.user_account (
        id text PRIMARY KEY,
        username text NOT NULL,
        display_name_zh text NOT NULL,
        display_name_en text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        password_hash text NOT NULL,
        password_must_change boolean NOT NULL DEFAULT false,
        unit text,
        district text,
        organisation_id text REFERENCES identity.organisation (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await runner.query('CREATE UNIQUE INDEX user_account_username_key ON identity.user_account (lower(username))');
    await runner.query(`
      CREATE TABLE identity.role_assignment (
        user_id text NOT NULL REFERENCES identity.user_account (id),
        role text NOT NULL,
        assigned_by text,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, role)
      )
    `);
    await runner.query('CREATE INDEX role_assignment_role ON identity.role_assignment (role)');
    const [{ legacy }] = (await runner.query(`SELECT to_regclass('gateway.account') IS NOT NULL AS legacy`)) as { legacy: boolean }[];
    if (legacy) await moveLegacyAccounts(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE identity.role_assignment');
    await runner.query('DROP TABLE identity.user_account');
    await runner.query('DROP TABLE identity.organisation');
  }
}

async function moveLegacyAccounts(runner: QueryRunner): Promise<void> {
  await runner.query(`
    INSERT INTO identity.organisation (id, name, kind)
    SELECT DISTINCT ON (lower(organisation)) gen_random_uuid()::text, organisation, 'other'
    FROM gateway.account WHERE organisation IS NOT NULL AND organisation <> ''
  `);
  await runner.query(`
    INSERT INTO identity.user_account (id, username, display_name_zh, status, password_hash, password_must_change, unit, organisation_id, created_at)
    SELECT a.id, a.username, a.name, CASE WHEN a.active THEN 'active' ELSE 'disabled' END, a.password_hash, a.password_must_change, a.unit,
           (SELECT o.id FROM identity.organisation o WHERE lower(o.name) = lower(a.organisation)), a.created_at
    FROM gateway.account a
  `);
  await runner.query(`INSERT INTO identity.role_assignment (user_id, role, assigned_by) SELECT id, unnest(roles), 'migration' FROM gateway.account`);
}

/**
 * People who sign in through an OpenID provider: the provider's (issuer, subject) names one person of the directory
 * for good, whatever their username or e-mail there becomes.
 */
export class IdentityExternalIdentity1766300000000 implements MigrationInterface {
  name = 'IdentityExternalIdentity1766300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE identity.external_identity (
        issuer text NOT NULL,
        subject text NOT NULL,
        user_id text NOT NULL REFERENCES identity.user_account (id),
        linked_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject)
      )
    `);
    await runner.query('CREATE INDEX external_identity_user ON identity.external_identity (user_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE identity.external_identity');
  }
}

/**
 * Organisations the services have been told about (`identity.organisation.changed`): null until announced, so
 * organisations written before the directory published (the legacy accounts' among them) are announced at start-up.
 */
export class IdentityOrganisationAnnounced1766900000000 implements MigrationInterface {
  name = 'IdentityOrganisationAnnounced1766900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE identity.organisation ADD COLUMN announced_at timestamptz');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE identity.organisation DROP COLUMN announced_at');
  }
}

export const identityMigrations = [IdentityDirectory1765000000000, IdentityExternalIdentity1766300000000, IdentityOrganisationAnnounced1766900000000];
