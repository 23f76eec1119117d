import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistryScenarios1763800002000 implements MigrationInterface {
  name = 'RegistryScenarios1763800002000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.scenario (
        id uuid PRIMARY KEY,
        title_zh text NOT NULL,
        title_en text,
        description_zh text,
        description_en text,
        domain_code text NOT NULL,
        owner_unit text NOT NULL,
        taxonomy_version text NOT NULL,
        stage text,
        stage_sequence int,
        stage_changed_at timestamptz,
        registered_at timestamptz NOT NULL
      );
      CREATE INDEX scenario_stage ON registry.scenario (stage, registered_at, id);
      CREATE INDEX scenario_registered ON registry.scenario (registered_at, id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.scenario;');
  }
}

export class RegistryScenarioDistrict1763800002100 implements MigrationInterface {
  name = 'RegistryScenarioDistrict1763800002100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE registry.scenario ADD COLUMN district text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE registry.scenario DROP COLUMN district');
  }
}

export const registryMigrations = [RegistryScenarios1763800002000, RegistryScenarioDistrict1763800002100];
