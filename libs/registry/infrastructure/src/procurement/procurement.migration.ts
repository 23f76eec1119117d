import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 采购途径与首台(套): one record per scenario; the recognitions as a JSON list, `first_set` kept for the filter. */
export class RegistryScenarioProcurement1767218000000 implements MigrationInterface {
  name = 'RegistryScenarioProcurement1767218000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.scenario_procurement (
        scenario_id uuid PRIMARY KEY REFERENCES registry.scenario (id),
        route text NOT NULL CHECK (route IN ('government', 'state-owned-enterprise', 'enterprise', 'other')),
        method text,
        note text,
        first_set_recognitions jsonb NOT NULL DEFAULT '[]',
        first_set boolean NOT NULL DEFAULT false,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((route = 'government') = (method IS NOT NULL))
      );
      CREATE INDEX scenario_procurement_method ON registry.scenario_procurement (method) WHERE method IS NOT NULL;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.scenario_procurement');
  }
}
