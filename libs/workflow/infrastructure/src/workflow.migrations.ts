import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkflowLifecycleInstances1763800001000 implements MigrationInterface {
  name = 'WorkflowLifecycleInstances1763800001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE workflow.lifecycle_instance (
        id uuid PRIMARY KEY,
        scenario_id uuid NOT NULL UNIQUE,
        machine_id text NOT NULL,
        machine_version int NOT NULL,
        stage text NOT NULL,
        snapshot jsonb NOT NULL,
        version int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX lifecycle_instance_stage ON workflow.lifecycle_instance (machine_id, stage);
      CREATE TABLE workflow.transition_history (
        instance_id uuid NOT NULL REFERENCES workflow.lifecycle_instance (id),
        sequence int NOT NULL,
        machine_id text NOT NULL,
        machine_version int NOT NULL,
        from_stage text,
        to_stage text NOT NULL,
        event text NOT NULL,
        actor text,
        reason text,
        correlation_id text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (instance_id, sequence)
      );
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE workflow.transition_history; DROP TABLE workflow.lifecycle_instance;');
  }
}

export const workflowMigrations = [WorkflowLifecycleInstances1763800001000];
