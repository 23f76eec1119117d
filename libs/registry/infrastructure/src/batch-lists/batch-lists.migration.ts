import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Batch lists (批次清单) and their items. A published or superseded list is immutable, and the database holds to it
 * too: triggers refuse changes to its header (other than stepping down to superseded), to its items, and its deletion.
 */
export class RegistryBatchLists1763800003000 implements MigrationInterface {
  name = 'RegistryBatchLists1763800003000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.batch_list (
        id uuid PRIMARY KEY,
        number text NOT NULL,
        revision int NOT NULL CHECK (revision >= 1),
        revision_of uuid REFERENCES registry.batch_list (id),
        revision_reason text,
        title_zh text NOT NULL,
        title_en text,
        issuing_unit text NOT NULL,
        issue_date date NOT NULL,
        year int NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'published', 'superseded')),
        version int NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        published_by text,
        published_at timestamptz,
        superseded_by uuid REFERENCES registry.batch_list (id),
        superseded_at timestamptz,
        CONSTRAINT batch_list_number_revision UNIQUE (number, revision),
        CONSTRAINT batch_list_published_has_publisher CHECK (status = 'draft' OR (published_by IS NOT NULL AND published_at IS NOT NULL))
      );
      -- One revision in force and at most one correction being drafted per number.
      CREATE UNIQUE INDEX batch_list_one_published ON registry.batch_list (number) WHERE status = 'published';
      CREATE UNIQUE INDEX batch_list_one_draft ON registry.batch_list (number) WHERE status = 'draft';
      CREATE INDEX batch_list_year_status ON registry.batch_list (year, status, issue_date);

      CREATE TABLE registry.batch_list_item (
        list_id uuid NOT NULL REFERENCES registry.batch_list (id) ON DELETE CASCADE,
        scenario_id uuid NOT NULL REFERENCES registry.scenario (id),
        position int NOT NULL,
        note text,
        category text,
        snapshot jsonb,
        PRIMARY KEY (list_id, scenario_id),
        CONSTRAINT batch_list_item_position UNIQUE (list_id, position)
      );
      CREATE INDEX batch_list_item_scenario ON registry.batch_list_item (scenario_id);

      CREATE FUNCTION registry.batch_list_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'batch list % revision % is %: it cannot be deleted', OLD.number, OLD.revision, OLD.status USING ERRCODE = 'P0001';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status <> 'draft' AND NOT (
          OLD.status = 'published' AND NEW.status = 'superseded'
          AND (NEW.id, NEW.number, NEW.revision, NEW.revision_of, NEW.revision_reason, NEW.title_zh, NEW.title_en, NEW.issuing_unit, NEW.issue_date, NEW.year,
               NEW.created_by, NEW.created_at, NEW.published_by, NEW.published_at)
            IS NOT DISTINCT FROM
              (OLD.id, OLD.number, OLD.revision, OLD.revision_of, OLD.revision_reason, OLD.title_zh, OLD.title_en, OLD.issuing_unit, OLD.issue_date, OLD.year,
               OLD.created_by, OLD.created_at, OLD.published_by, OLD.published_at)
        ) THEN
          RAISE EXCEPTION 'batch list % revision % is %: it cannot be changed', OLD.number, OLD.revision, OLD.status USING ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER batch_list_immutable BEFORE UPDATE OR DELETE ON registry.batch_list
        FOR EACH ROW EXECUTE FUNCTION registry.batch_list_immutable();

      CREATE FUNCTION registry.batch_list_item_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        list_status text;
      BEGIN
        SELECT status INTO list_status FROM registry.batch_list WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.list_id ELSE OLD.list_id END;
        -- No parent row: the draft itself is being deleted (ON DELETE CASCADE).
        IF list_status IS NOT NULL AND list_status <> 'draft' THEN
          RAISE EXCEPTION 'the items of a % batch list cannot be changed', list_status USING ERRCODE = 'P0001';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$;
      CREATE TRIGGER batch_list_item_immutable BEFORE INSERT OR UPDATE OR DELETE ON registry.batch_list_item
        FOR EACH ROW EXECUTE FUNCTION registry.batch_list_item_immutable();
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE registry.batch_list_item;
      DROP TABLE registry.batch_list;
      DROP FUNCTION registry.batch_list_item_immutable();
      DROP FUNCTION registry.batch_list_immutable();
    `);
  }
}

export const batchListMigrations = [RegistryBatchLists1763800003000];
