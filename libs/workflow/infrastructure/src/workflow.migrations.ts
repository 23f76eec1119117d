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

/** The workflow's own tables: the engine's lifecycle instances and their history, and the panel read model (outbox and inbox come with the runtime). */
export const workflowMigrations = [...lifecycleMigrations('workflow'), WorkflowAssessmentPanel1766400000000];
