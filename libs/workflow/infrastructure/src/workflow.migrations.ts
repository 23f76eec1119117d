import type { MigrationInterface, QueryRunner } from 'typeorm';
import { lifecycleMigrations } from '@scq/platform-lifecycle';

/**
 * Who is on a current panel of an assessment about a scenario, from the evaluation service's
 * `evaluation.assessment.panel-changed` events: an evaluator reads the lifecycles of the scenarios they assess.
 * Looked up by subject (a read) and by evaluator (a list).
 */
export class WorkflowAssessmentPanel1766400000000 implements MigrationInterface {
  name = 'WorkflowAssessmentPanel1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE workflow.assessment_panel (
        subject_id text NOT NULL,
        assessment_id uuid NOT NULL,
        evaluator_id text NOT NULL,
        PRIMARY KEY (assessment_id, evaluator_id)
      );
      CREATE INDEX assessment_panel_subject ON workflow.assessment_panel (subject_id);
      CREATE INDEX assessment_panel_evaluator ON workflow.assessment_panel (evaluator_id, subject_id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE workflow.assessment_panel');
  }
}

/**
 * An application's content (one row, replaced while editable) and its attachments' records (the bytes are in the
 * attachment store under `storage_key`).
 */
export class WorkflowApplicationFiles1767200000000 implements MigrationInterface {
  name = 'WorkflowApplicationFiles1767200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE workflow.application_content (
        application_id uuid PRIMARY KEY,
        proposal jsonb NOT NULL,
        contact jsonb NOT NULL,
        team jsonb NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE workflow.application_attachment (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL,
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX application_attachment_application ON workflow.application_attachment (application_id, uploaded_at, id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE workflow.application_attachment; DROP TABLE workflow.application_content');
  }
}

/** The suppliers' credit status (失信 restrictions) the registry publishes: a restricted applicant may not apply. */
export class WorkflowSupplierCredit1767300000000 implements MigrationInterface {
  name = 'WorkflowSupplierCredit1767300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE workflow.supplier_credit (
        organisation text PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('normal', 'restricted')),
        reason text,
        since date,
        changed_at timestamptz NOT NULL
      );
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE workflow.supplier_credit');
  }
}

/** The workflow's own tables: the engine's lifecycle instances and their history, the panel read model, application content and attachments, suppliers' credit status (outbox and inbox come with the runtime). */
export const workflowMigrations = [...lifecycleMigrations('workflow'), WorkflowAssessmentPanel1766400000000, WorkflowApplicationFiles1767200000000, WorkflowSupplierCredit1767300000000];
