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

/**
 * Keyed history links and anchored heads: each history row records the key its link was made with (null: a legacy
 * row, linked by plain SHA-256) and the subject authorisation saw; anchors and the heads they record are append-only.
 */
export function lifecycleChainMigration(schema: string): new () => MigrationInterface {
  const s = quoteIdentifier(schema);
  return class LifecycleKeyedHistoryAndAnchors implements MigrationInterface {
    name = 'LifecycleKeyedHistoryAndAnchors1766000000100';

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`
        ALTER TABLE ${s}.lifecycle_history ADD COLUMN key_id text, ADD COLUMN subject jsonb;
        CREATE TABLE ${s}.lifecycle_anchor (
          sequence int PRIMARY KEY,
          anchored_at timestamptz NOT NULL,
          key_id text NOT NULL,
          instances int NOT NULL,
          entries_digest text NOT NULL,
          previous_mac text NOT NULL,
          mac text NOT NULL
        );
        CREATE TABLE ${s}.lifecycle_anchor_head (
          anchor_sequence int NOT NULL REFERENCES ${s}.lifecycle_anchor (sequence),
          instance_id uuid NOT NULL,
          sequence int NOT NULL,
          link text NOT NULL,
          PRIMARY KEY (anchor_sequence, instance_id)
        );
        CREATE INDEX lifecycle_anchor_head_by_instance ON ${s}.lifecycle_anchor_head (instance_id, sequence);
        CREATE FUNCTION ${s}.lifecycle_anchor_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
        END $$;
        CREATE TRIGGER lifecycle_anchor_append_only BEFORE UPDATE OR DELETE ON ${s}.lifecycle_anchor
          FOR EACH ROW EXECUTE FUNCTION ${s}.lifecycle_anchor_is_append_only();
        CREATE TRIGGER lifecycle_anchor_no_truncate BEFORE TRUNCATE ON ${s}.lifecycle_anchor
          FOR EACH STATEMENT EXECUTE FUNCTION ${s}.lifecycle_anchor_is_append_only();
        CREATE TRIGGER lifecycle_anchor_head_append_only BEFORE UPDATE OR DELETE ON ${s}.lifecycle_anchor_head
          FOR EACH ROW EXECUTE FUNCTION ${s}.lifecycle_anchor_is_append_only();
        CREATE TRIGGER lifecycle_anchor_head_no_truncate BEFORE TRUNCATE ON ${s}.lifecycle_anchor_head
          FOR EACH STATEMENT EXECUTE FUNCTION ${s}.lifecycle_anchor_is_append_only();
      `);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`
        DROP TABLE ${s}.lifecycle_anchor_head; DROP TABLE ${s}.lifecycle_anchor; DROP FUNCTION ${s}.lifecycle_anchor_is_append_only();
        ALTER TABLE ${s}.lifecycle_history DROP COLUMN key_id, DROP COLUMN subject;
      `);
    }
  };
}

/** Lifecycle releases (machine-release.ts): who shipped which machine version to the running instances, and each instance's outcome. */
export function lifecycleReleaseMigration(schema: string): new () => MigrationInterface {
  const s = quoteIdentifier(schema);
  return class LifecycleReleases implements MigrationInterface {
    name = 'LifecycleReleases1767600000000';

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`
        CREATE TABLE ${s}.lifecycle_release (
          id uuid PRIMARY KEY,
          machine_id text NOT NULL,
          to_version int NOT NULL,
          from_versions int[] NOT NULL,
          stage_map jsonb NOT NULL,
          actor jsonb NOT NULL,
          started_at timestamptz NOT NULL,
          finished_at timestamptz,
          moved int NOT NULL,
          skipped int NOT NULL,
          failed int NOT NULL
        );
        CREATE INDEX lifecycle_release_by_time ON ${s}.lifecycle_release (started_at DESC, id);
        CREATE TABLE ${s}.lifecycle_release_step (
          release_id uuid NOT NULL REFERENCES ${s}.lifecycle_release (id),
          position int NOT NULL,
          instance_id uuid NOT NULL,
          subject_id text NOT NULL,
          from_version int NOT NULL,
          from_stage text NOT NULL,
          to_version int,
          to_stage text,
          outcome text NOT NULL CHECK (outcome IN ('moved', 'skipped', 'failed')),
          stage_changed boolean NOT NULL,
          problem jsonb,
          PRIMARY KEY (release_id, position)
        );
      `);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`DROP TABLE ${s}.lifecycle_release_step; DROP TABLE ${s}.lifecycle_release;`);
    }
  };
}

/** Every lifecycle migration, in order, for the schema of a service that runs lifecycle instances. */
export function lifecycleMigrations(schema: string): Array<new () => MigrationInterface> {
  return [lifecycleMigration(schema), lifecycleChainMigration(schema), lifecycleReleaseMigration(schema)];
}
