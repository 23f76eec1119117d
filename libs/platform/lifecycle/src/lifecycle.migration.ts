import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdentifier } from '@scq/platform-persistence';

/** Lifecycle instances and their append-only, hash-chained history, in the schema of the service that runs them. */
export function lifecycleMigration(schema: string): new () => MigrationInterface {
  const s = quoteIdentifier(schema);
  return class LifecycleInstancesAndHistory implements MigrationInterface {
    name = 'LifecycleInstancesAndHistory1763800000200';

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`
        CREATE TABLE ${s}.lifecycle_instance (
          id uuid PRIMARY KEY,
          machine_id text NOT NULL,
          machine_version int NOT NULL,
          subject_id text NOT NULL,
          subject jsonb NOT NULL,
          stage text NOT NULL,
          snapshot jsonb NOT NULL,
          version int NOT NULL,
          history_length int NOT NULL,
          history_head text NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (machine_id, subject_id)
        );
        CREATE INDEX lifecycle_instance_by_stage ON ${s}.lifecycle_instance (machine_id, stage, created_at, id);
        CREATE TABLE ${s}.lifecycle_history (
          instance_id uuid NOT NULL REFERENCES ${s}.lifecycle_instance (id),
          sequence int NOT NULL,
          kind text NOT NULL CHECK (kind IN ('start', 'transition', 'migration')),
          machine_id text NOT NULL,
          machine_version int NOT NULL,
          from_stage text,
          to_stage text NOT NULL,
          event jsonb NOT NULL,
          actor jsonb NOT NULL,
          reason text,
          correlation_id text NOT NULL,
          occurred_at timestamptz NOT NULL,
          previous_hash text NOT NULL,
          hash text NOT NULL,
          PRIMARY KEY (instance_id, sequence)
        );
        CREATE FUNCTION ${s}.lifecycle_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'lifecycle_history is append-only: % refused', TG_OP;
        END $$;
        CREATE TRIGGER lifecycle_history_append_only BEFORE UPDATE OR DELETE ON ${s}.lifecycle_history
          FOR EACH ROW EXECUTE FUNCTION ${s}.lifecycle_history_is_append_only();
      `);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`DROP TABLE ${s}.lifecycle_history; DROP FUNCTION ${s}.lifecycle_history_is_append_only(); DROP TABLE ${s}.lifecycle_instance;`);
    }
  };
}
