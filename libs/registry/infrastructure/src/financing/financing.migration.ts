import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 场景贷, 场景保险, 国有投资基金跟投: financing records of scenarios, amounts in integer fen (bigint, never a float). */
export class RegistryScenarioFinancing1767210000000 implements MigrationInterface {
  name = 'RegistryScenarioFinancing1767210000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.scenario_financing (
        id uuid PRIMARY KEY,
        scenario_id uuid NOT NULL REFERENCES registry.scenario (id),
        owner_unit text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('loan', 'insurance', 'fund-co-investment')),
        institution text NOT NULL,
        product text NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen > 0 AND amount_fen <= 100000000000000),
        term_months int CHECK (term_months BETWEEN 1 AND 600),
        status text NOT NULL CHECK (status IN ('applied', 'approved', 'disbursed', 'declined', 'closed')),
        applied_on date NOT NULL,
        approved_on date,
        disbursed_on date,
        declined_on date,
        closed_on date,
        note jsonb,
        status_note text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX scenario_financing_scenario ON registry.scenario_financing (scenario_id, created_at, id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.scenario_financing');
  }
}
