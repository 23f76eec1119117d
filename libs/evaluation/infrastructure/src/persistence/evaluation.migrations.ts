import type { MigrationInterface, QueryRunner } from 'typeorm';
import { buildEnvelope } from '@scq/platform-messaging';
import { lifecycleChainMigration, lifecycleMigration } from '@scq/platform-lifecycle';

/** The evaluator pool, the parties read model, assessments, assignments and the sealed score sheets. */
export class EvaluationPoolAndAssessments1763800003000 implements MigrationInterface {
  name = 'EvaluationPoolAndAssessments1763800003000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE evaluation.organisation (
        id text PRIMARY KEY,
        name text NOT NULL,
        parent_id text,
        accounts text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL
      );
      CREATE TABLE evaluation.evaluator (
        id text PRIMARY KEY,
        name text NOT NULL,
        organisation_id text NOT NULL,
        expertise text[] NOT NULL,
        available boolean NOT NULL,
        capacity int NOT NULL CHECK (capacity >= 0),
        active boolean NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX evaluator_expertise ON evaluation.evaluator USING gin (expertise);
      CREATE TABLE evaluation.conflict_declaration (
        id uuid PRIMARY KEY,
        evaluator_id text NOT NULL REFERENCES evaluation.evaluator (id),
        kind text NOT NULL CHECK (kind IN ('declared', 'collaboration')),
        party text NOT NULL,
        reason text NOT NULL,
        ended_on date,
        declared_by text NOT NULL,
        declared_at timestamptz NOT NULL
      );
      CREATE INDEX conflict_declaration_evaluator ON evaluation.conflict_declaration (evaluator_id);
      CREATE TABLE evaluation.subject_party (
        subject_kind text NOT NULL CHECK (subject_kind IN ('scenario', 'application')),
        subject_id uuid NOT NULL,
        owner_unit text,
        domain_code text,
        applicant_id text,
        scenario_id uuid,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (subject_kind, subject_id)
      );
      CREATE INDEX subject_party_scenario ON evaluation.subject_party (scenario_id) WHERE subject_kind = 'application';
      CREATE TABLE evaluation.assessment (
        id uuid PRIMARY KEY,
        instance_id uuid NOT NULL UNIQUE REFERENCES evaluation.lifecycle_instance (id),
        request_id uuid NOT NULL UNIQUE,
        subject_kind text NOT NULL CHECK (subject_kind IN ('scenario', 'application')),
        subject_id uuid NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('recognition', 'effectiveness', 'application-review')),
        domain_code text,
        workflow_instance_id uuid NOT NULL,
        rubrics jsonb NOT NULL,
        organising_units text[] NOT NULL,
        required_evaluators int NOT NULL,
        waiting_reason text,
        excluded jsonb NOT NULL DEFAULT '[]',
        superseded_by uuid,
        result jsonb,
        passed boolean,
        explanation text,
        requested_at timestamptz NOT NULL,
        finalized_at timestamptz,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX assessment_subject ON evaluation.assessment (subject_id, purpose);
      CREATE INDEX assessment_waiting ON evaluation.assessment (created_at, id) WHERE waiting_reason IS NOT NULL AND finalized_at IS NULL AND superseded_by IS NULL;
      CREATE TABLE evaluation.assignment (
        assessment_id uuid NOT NULL REFERENCES evaluation.assessment (id),
        evaluator_id text NOT NULL REFERENCES evaluation.evaluator (id),
        status text NOT NULL CHECK (status IN ('assigned', 'submitted', 'declined', 'recused', 'missed-deadline', 'withdrawn')),
        assigned_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text,
        replaced_by text,
        PRIMARY KEY (assessment_id, evaluator_id)
      );
      CREATE INDEX assignment_evaluator ON evaluation.assignment (evaluator_id, status);
      CREATE TABLE evaluation.score_sheet (
        assessment_id uuid NOT NULL,
        evaluator_id text NOT NULL,
        marks jsonb NOT NULL,
        submitted_at timestamptz NOT NULL,
        PRIMARY KEY (assessment_id, evaluator_id),
        FOREIGN KEY (assessment_id, evaluator_id) REFERENCES evaluation.assignment (assessment_id, evaluator_id)
      );
      CREATE FUNCTION evaluation.score_sheet_is_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'score_sheet is sealed: % refused', TG_OP;
      END $$;
      CREATE TRIGGER score_sheet_sealed BEFORE UPDATE OR DELETE ON evaluation.score_sheet
        FOR EACH ROW EXECUTE FUNCTION evaluation.score_sheet_is_sealed();
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE evaluation.score_sheet; DROP FUNCTION evaluation.score_sheet_is_sealed();
      DROP TABLE evaluation.assignment; DROP TABLE evaluation.assessment; DROP TABLE evaluation.subject_party;
      DROP TABLE evaluation.conflict_declaration; DROP TABLE evaluation.evaluator; DROP TABLE evaluation.organisation;
    `);
  }
}

/**
 * The panels as they stand when `evaluation.assessment.panel-changed` was introduced, told once through the outbox so
 * that the registry's and the workflow's read models start complete (every later change is told as it happens).
 */
export class EvaluationTellCurrentPanels1766400000000 implements MigrationInterface {
  name = 'EvaluationTellCurrentPanels1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    const rows: Array<{ id: string; subject_kind: 'scenario' | 'application'; subject_id: string; panel: string[] | string }> = await runner.query(`
      SELECT a.id, a.subject_kind, a.subject_id, i.subject -> 'assignedEvaluators' AS panel
        FROM evaluation.assessment a JOIN evaluation.lifecycle_instance i ON i.id = a.instance_id
       WHERE a.superseded_by IS NULL AND jsonb_typeof(i.subject -> 'assignedEvaluators') = 'array' AND jsonb_array_length(i.subject -> 'assignedEvaluators') > 0
       ORDER BY a.created_at, a.id
    `);
    for (const row of rows) {
      const evaluatorIds = (typeof row.panel === 'string' ? JSON.parse(row.panel) : row.panel) as string[];
      const envelope = buildEnvelope('evaluation', 'evaluation.assessment.v1', 'evaluation.assessment.panel-changed', {
        subject: row.subject_id,
        data: { assessmentId: row.id, subject: { kind: row.subject_kind, id: row.subject_id }, evaluatorIds, at: new Date().toISOString() },
      });
      await runner.query(`INSERT INTO evaluation.outbox (id, topic, message_key, event_type, payload, headers) VALUES ($1, $2, $3, $4, $5, '{}'::jsonb)`, [
        envelope.id,
        'evaluation.assessment.v1',
        row.subject_id,
        envelope.type,
        JSON.stringify(envelope),
      ]);
    }
  }

  async down(): Promise<void> {
    // Told is told: the read models keep what they were sent.
  }
}

/** The directory's organisation names (a read model of `identity.organisation.changed`), looked up by name, alias and code. */
export class EvaluationOrganisationNames1766900000000 implements MigrationInterface {
  name = 'EvaluationOrganisationNames1766900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE evaluation.organisation_name (
        organisation_id text PRIMARY KEY,
        name text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        uscc text,
        changed_at timestamptz NOT NULL
      );
      CREATE INDEX organisation_name_name ON evaluation.organisation_name (lower(name));
      CREATE INDEX organisation_name_uscc ON evaluation.organisation_name (uscc);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE evaluation.organisation_name');
  }
}

/** An assessment whose subject ended (withdrawn, rejected, terminated) is cancelled, not superseded: when and why. */
export class EvaluationAssessmentCancellation1767100000000 implements MigrationInterface {
  name = 'EvaluationAssessmentCancellation1767100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE evaluation.assessment ADD COLUMN cancelled_at timestamptz, ADD COLUMN cancellation_reason text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE evaluation.assessment DROP COLUMN cancelled_at, DROP COLUMN cancellation_reason');
  }
}

/**
 * The organisations an application is from (`workflow.application.stage-changed` tells them; null: not told), and the
 * assignment ended because a conflict of interest came to light after it was made.
 */
export class EvaluationApplicationParties1767300000000 implements MigrationInterface {
  name = 'EvaluationApplicationParties1767300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE evaluation.subject_party ADD COLUMN organisations text[];
      ALTER TABLE evaluation.assignment DROP CONSTRAINT assignment_status_check;
      ALTER TABLE evaluation.assignment ADD CONSTRAINT assignment_status_check
        CHECK (status IN ('assigned', 'submitted', 'declined', 'recused', 'missed-deadline', 'withdrawn', 'conflict'));
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE evaluation.assignment DROP CONSTRAINT assignment_status_check;
      ALTER TABLE evaluation.assignment ADD CONSTRAINT assignment_status_check
        CHECK (status IN ('assigned', 'submitted', 'declined', 'recused', 'missed-deadline', 'withdrawn'));
      ALTER TABLE evaluation.subject_party DROP COLUMN organisations;
    `);
  }
}

/** The engine's lifecycle instances and history first (assessments reference them), then the evaluation tables, then keyed history links and anchors, then the panels told once, then the directory's organisation names, then cancellations, then applications' organisations. */
export const evaluationMigrations = [
  lifecycleMigration('evaluation'),
  EvaluationPoolAndAssessments1763800003000,
  lifecycleChainMigration('evaluation'),
  EvaluationTellCurrentPanels1766400000000,
  EvaluationOrganisationNames1766900000000,
  EvaluationAssessmentCancellation1767100000000,
  EvaluationApplicationParties1767300000000,
];
