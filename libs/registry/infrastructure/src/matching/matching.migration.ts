import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 供需对接: supplier profiles, one per organisation (the directory's name, as the caller's token carries it), with the
 * credit status the coordinator sets (失信 restricted needs a reason and a date).
 */
export class RegistrySupplierProfiles1767300000000 implements MigrationInterface {
  name = 'RegistrySupplierProfiles1767300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.supplier_profile (
        id uuid PRIMARY KEY,
        organisation text NOT NULL UNIQUE,
        capabilities text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        products jsonb NOT NULL DEFAULT '[]',
        domains text[] NOT NULL DEFAULT '{}',
        districts text[] NOT NULL DEFAULT '{}',
        first_set_recognitions jsonb NOT NULL DEFAULT '[]',
        credit_status text NOT NULL DEFAULT 'normal' CHECK (credit_status IN ('normal', 'restricted')),
        credit_reason text,
        credit_since date,
        credit_set_by text,
        credit_changed_at timestamptz,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((credit_status = 'restricted') = (credit_reason IS NOT NULL AND credit_since IS NOT NULL))
      );
      CREATE INDEX supplier_profile_domains ON registry.supplier_profile USING gin (domains);
      CREATE INDEX matchmaking_outcome_supplier ON registry.matchmaking_outcome (lower(btrim(supplier)));
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX registry.matchmaking_outcome_supplier; DROP TABLE registry.supplier_profile');
  }
}

/** The workflow's 场景创新联合体 as `workflow.consortium.changed` tells them (newest version wins), for matching. */
export class RegistryConsortia1767300000200 implements MigrationInterface {
  name = 'RegistryConsortia1767300000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.consortium (
        consortium_id uuid PRIMARY KEY,
        name_zh text NOT NULL,
        name_en text,
        lead_organisation text NOT NULL,
        members jsonb NOT NULL,
        version integer NOT NULL,
        changed_at timestamptz NOT NULL
      )
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.consortium');
  }
}
