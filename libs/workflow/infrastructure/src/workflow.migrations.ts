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

/**
 * 场景创新联合体: a consortium (its lead organisation recorded) and its members, each organisation once (by its
 * lower-cased, space-collapsed key) and one lead. Searched by name and member name.
 */
export class WorkflowConsortia1767700000000 implements MigrationInterface {
  name = 'WorkflowConsortia1767700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE workflow.consortium (
        id uuid PRIMARY KEY,
        name_zh text NOT NULL,
        name_en text,
        description text,
        lead_organisation text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX consortium_created ON workflow.consortium (created_at DESC, id DESC);
      CREATE TABLE workflow.consortium_member (
        id uuid PRIMARY KEY,
        consortium_id uuid NOT NULL REFERENCES workflow.consortium (id) ON DELETE CASCADE,
        position integer NOT NULL,
        organisation text NOT NULL,
        organisation_key text NOT NULL,
        kind text NOT NULL,
        role text NOT NULL CHECK (role IN ('lead', 'member')),
        contribution text NOT NULL,
        UNIQUE (consortium_id, organisation_key)
      );
      CREATE UNIQUE INDEX consortium_one_lead ON workflow.consortium_member (consortium_id) WHERE role = 'lead';
      CREATE INDEX consortium_member_key ON workflow.consortium_member (organisation_key, consortium_id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE workflow.consortium_member; DROP TABLE workflow.consortium');
  }
}

/**
 * The directory's organisation names (`identity.organisation.changed`), so that consortium members are kept under the
 * directory's spelling (`重交大` → `重庆交通大学`) and an organisation listed by two of its names is one member.
 */
export class WorkflowOrganisationNames1767700000001 implements MigrationInterface {
  name = 'WorkflowOrganisationNames1767700000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE workflow.organisation_name (
        organisation_id text PRIMARY KEY,
        name text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        uscc text,
        changed_at timestamptz NOT NULL
      );
      CREATE INDEX organisation_name_name ON workflow.organisation_name (lower(name));
      CREATE INDEX organisation_name_uscc ON workflow.organisation_name (uscc);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE workflow.organisation_name');
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

/**
 * The workflow's own tables: the engine's lifecycle instances and their history, the panel read model, application
 * content and attachments, consortia and the directory's organisation names, suppliers' credit status (outbox and
 * inbox come with the runtime).
 */
export const workflowMigrations = [
  ...lifecycleMigrations('workflow'),
  WorkflowAssessmentPanel1766400000000,
  WorkflowApplicationFiles1767200000000,
  WorkflowSupplierCredit1767300000000,
  WorkflowConsortia1767700000000,
  WorkflowOrganisationNames1767700000001,
];
