import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 收益分享: the outcomes of scenario assessments (read model of `evaluation.assessment.finalized`) and the versions of
 * benefit-sharing agreements, shares in integer basis points adding up to 10000. A version is never changed or
 * removed (a trigger refuses): an amendment is a new row.
 */
export class RegistryBenefitSharing1767218000100 implements MigrationInterface {
  name = 'RegistryBenefitSharing1767218000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.scenario_assessment_outcome (
        assessment_id uuid PRIMARY KEY,
        scenario_id uuid NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('recognition', 'effectiveness')),
        passed boolean NOT NULL,
        explanation text NOT NULL,
        finalized_at timestamptz NOT NULL
      );
      CREATE INDEX scenario_assessment_outcome_scenario ON registry.scenario_assessment_outcome (scenario_id, finalized_at);

      CREATE TABLE registry.benefit_sharing_agreement (
        id uuid PRIMARY KEY,
        scenario_id uuid NOT NULL REFERENCES registry.scenario (id),
        version int NOT NULL CHECK (version >= 1),
        owner_unit text NOT NULL,
        parties jsonb NOT NULL,
        share_total int NOT NULL CHECK (share_total = 10000),
        basis text NOT NULL,
        effective_from date NOT NULL,
        effective_to date CHECK (effective_to IS NULL OR effective_to >= effective_from),
        pilot_assessment_id uuid NOT NULL,
        value_assessment_id uuid NOT NULL,
        amendment_reason text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (scenario_id, version)
      );

      CREATE FUNCTION registry.benefit_sharing_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'benefit-sharing agreement % version % cannot be changed: amend it by a new version', OLD.scenario_id, OLD.version USING ERRCODE = 'P0001';
      END $$;
      CREATE TRIGGER benefit_sharing_immutable BEFORE UPDATE OR DELETE ON registry.benefit_sharing_agreement
        FOR EACH ROW EXECUTE FUNCTION registry.benefit_sharing_immutable();
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE registry.benefit_sharing_agreement;
      DROP FUNCTION registry.benefit_sharing_immutable();
      DROP TABLE registry.scenario_assessment_outcome;
    `);
  }
}
