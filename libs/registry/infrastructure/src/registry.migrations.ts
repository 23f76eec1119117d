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

/** The scenario's profile: aspect, owner type, tier, budget and reserve, sandbox need, tags, contacts. */
export class RegistryScenarioProfile1763800002200 implements MigrationInterface {
  name = 'RegistryScenarioProfile1763800002200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE registry.scenario
        ADD COLUMN aspect_code text NOT NULL DEFAULT '',
        ADD COLUMN owner_type text NOT NULL DEFAULT 'municipal-department',
        ADD COLUMN tier text NOT NULL DEFAULT 'high-value-niche',
        ADD COLUMN budget_total numeric(18, 2),
        ADD COLUMN funding_source text,
        ADD COLUMN new_scenario_reserve numeric(18, 2),
        ADD COLUMN sandbox_needed boolean NOT NULL DEFAULT false,
        ADD COLUMN sandbox_reason text,
        ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN contacts jsonb NOT NULL DEFAULT '[]';
      ALTER TABLE registry.scenario ALTER COLUMN aspect_code DROP DEFAULT, ALTER COLUMN owner_type DROP DEFAULT, ALTER COLUMN tier DROP DEFAULT;
      CREATE INDEX scenario_domain ON registry.scenario (domain_code);
      CREATE INDEX scenario_aspect ON registry.scenario (aspect_code);
      CREATE INDEX scenario_district ON registry.scenario (district);
      CREATE INDEX scenario_tier ON registry.scenario (tier, registered_at);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE registry.scenario DROP COLUMN aspect_code, DROP COLUMN owner_type, DROP COLUMN tier, DROP COLUMN budget_total, DROP COLUMN funding_source,
        DROP COLUMN new_scenario_reserve, DROP COLUMN sandbox_needed, DROP COLUMN sandbox_reason, DROP COLUMN tags, DROP COLUMN contacts;
    `);
  }
}

/**
 * Who registered a scenario and whether on behalf of its owner unit (the coordinator or an admin for another unit).
 * Scenarios registered before registration needed sign-in have no registrant (null) and were not on behalf (false).
 */
export class RegistryScenarioRegistrant1763800006000 implements MigrationInterface {
  name = 'RegistryScenarioRegistrant1763800006000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE registry.scenario ADD COLUMN registered_by text, ADD COLUMN registered_on_behalf boolean NOT NULL DEFAULT false');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE registry.scenario DROP COLUMN registered_by, DROP COLUMN registered_on_behalf');
  }
}

/**
 * Who is on a current panel of an assessment about a scenario, from the evaluation service's
 * `evaluation.assessment.panel-changed` events: an evaluator reads the scenarios they assess. Looked up by scenario (a
 * read) and by evaluator then scenario (a list's EXISTS).
 */
export class RegistryAssessmentPanel1766400000000 implements MigrationInterface {
  name = 'RegistryAssessmentPanel1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.assessment_panel (
        scenario_id uuid NOT NULL,
        assessment_id uuid NOT NULL,
        evaluator_id text NOT NULL,
        PRIMARY KEY (assessment_id, evaluator_id)
      );
      CREATE INDEX assessment_panel_scenario ON registry.assessment_panel (scenario_id);
      CREATE INDEX assessment_panel_evaluator ON registry.assessment_panel (evaluator_id, scenario_id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.assessment_panel');
  }
}

/** The directory's organisation names (a read model of `identity.organisation.changed`), looked up by name, alias and code. */
export class RegistryOrganisationNames1766900000000 implements MigrationInterface {
  name = 'RegistryOrganisationNames1766900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.organisation_name (
        organisation_id text PRIMARY KEY,
        name text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        uscc text,
        changed_at timestamptz NOT NULL
      );
      CREATE INDEX organisation_name_name ON registry.organisation_name (lower(name));
      CREATE INDEX organisation_name_uscc ON registry.organisation_name (uscc);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.organisation_name');
  }
}

/**
 * When a scenario was first recognised (认定通过), for the 综合性重大场景 target: recorded from
 * `workflow.scenario.stage-changed`, the earliest report of recognition or any later stage. Scenarios already past it
 * take the time of their current stage, the best the read model knew.
 */
export class RegistryScenarioRecognisedAt1767000000000 implements MigrationInterface {
  name = 'RegistryScenarioRecognisedAt1767000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE registry.scenario ADD COLUMN recognized_at timestamptz;
      UPDATE registry.scenario SET recognized_at = stage_changed_at
       WHERE stage = 'recognition.recognized' OR stage IN ('listed', 'scaled')
          OR stage LIKE 'operating%' OR stage LIKE 'suspended%' OR stage LIKE 'terminated%';
      CREATE INDEX scenario_recognized ON registry.scenario (recognized_at) WHERE recognized_at IS NOT NULL;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE registry.scenario DROP COLUMN recognized_at');
  }
}

/** The profile's revision number, and each change of the profile with who made it (场景档案修改记录). */
export class RegistryScenarioProfileRevisions1767100000000 implements MigrationInterface {
  name = 'RegistryScenarioProfileRevisions1767100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE registry.scenario ADD COLUMN profile_revision int NOT NULL DEFAULT 1;
      CREATE TABLE registry.scenario_revision (
        scenario_id uuid NOT NULL REFERENCES registry.scenario (id),
        revision int NOT NULL CHECK (revision >= 2),
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        changes jsonb NOT NULL,
        PRIMARY KEY (scenario_id, revision)
      );
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.scenario_revision; ALTER TABLE registry.scenario DROP COLUMN profile_revision');
  }
}

/** 成渝 joint scenarios: co-owner units (Chinese names) and the derived flag (a co-owner of another region), written with the profile. */
export class RegistryScenarioCoOwners1767210000100 implements MigrationInterface {
  name = 'RegistryScenarioCoOwners1767210000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE registry.scenario ADD COLUMN co_owner_units text[] NOT NULL DEFAULT '{}', ADD COLUMN joint boolean NOT NULL DEFAULT false;
      CREATE INDEX scenario_joint ON registry.scenario (registered_at, id) WHERE joint;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX registry.scenario_joint; ALTER TABLE registry.scenario DROP COLUMN co_owner_units, DROP COLUMN joint');
  }
}

/** As jsonb: a profile revision's `budget` before or after, in fen (`{total: 1.5}` → `{totalFen: 150}`). */
const BUDGET_IN_FEN = (path: string) => {
  const value = `(${path})`;
  return `CASE WHEN jsonb_typeof(${value}) = 'object' THEN (${value} - 'total' - 'newScenarioReserve')
  || jsonb_build_object('totalFen', round((${value}->>'total')::numeric * 100)::bigint)
  || CASE WHEN ${value} ? 'newScenarioReserve' THEN jsonb_build_object('newScenarioReserveFen', round((${value}->>'newScenarioReserve')::numeric * 100)::bigint) ELSE '{}'::jsonb END
  ELSE ${value} END`;
};

/** Money is integer fen everywhere: the budget and the new-scenario reserve (numeric yuan before), and the profile revisions that recorded them. */
export class RegistryScenarioBudgetInFen1767300000000 implements MigrationInterface {
  name = 'RegistryScenarioBudgetInFen1767300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE registry.scenario
        ALTER COLUMN budget_total TYPE bigint USING round(budget_total * 100)::bigint,
        ALTER COLUMN new_scenario_reserve TYPE bigint USING round(new_scenario_reserve * 100)::bigint;
      ALTER TABLE registry.scenario RENAME COLUMN budget_total TO budget_total_fen;
      ALTER TABLE registry.scenario RENAME COLUMN new_scenario_reserve TO new_scenario_reserve_fen;
      UPDATE registry.scenario_revision r SET changes = (
        SELECT jsonb_agg(CASE WHEN c->>'field' = 'budget'
          THEN c || jsonb_build_object('before', ${BUDGET_IN_FEN("c->'before'")}, 'after', ${BUDGET_IN_FEN("c->'after'")}) ELSE c END ORDER BY n)
        FROM jsonb_array_elements(r.changes) WITH ORDINALITY AS e(c, n))
      WHERE jsonb_typeof(r.changes) = 'array' AND r.changes @> '[{"field": "budget"}]';
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE registry.scenario RENAME COLUMN budget_total_fen TO budget_total;
      ALTER TABLE registry.scenario RENAME COLUMN new_scenario_reserve_fen TO new_scenario_reserve;
      ALTER TABLE registry.scenario
        ALTER COLUMN budget_total TYPE numeric(18, 2) USING budget_total / 100.0,
        ALTER COLUMN new_scenario_reserve TYPE numeric(18, 2) USING new_scenario_reserve / 100.0;
    `);
  }
}

export const registryMigrations = [
  RegistryScenarios1763800002000,
  RegistryScenarioDistrict1763800002100,
  RegistryScenarioProfile1763800002200,
  RegistryScenarioRegistrant1763800006000,
  RegistryAssessmentPanel1766400000000,
  RegistryOrganisationNames1766900000000,
  RegistryScenarioRecognisedAt1767000000000,
  RegistryScenarioProfileRevisions1767100000000,
  RegistryScenarioCoOwners1767210000100,
  RegistryScenarioBudgetInFen1767300000000,
];
