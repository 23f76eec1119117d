import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 场景机会 and 需求清单: opportunities of registered scenarios, and owners' numbered lists of them. */
export class RegistryOpportunities1763800004000 implements MigrationInterface {
  name = 'RegistryOpportunities1763800004000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.opportunity (
        id uuid PRIMARY KEY,
        scenario_id uuid NOT NULL REFERENCES registry.scenario (id),
        title_zh text NOT NULL,
        title_en text,
        description_zh text,
        description_en text,
        capabilities text[] NOT NULL,
        budget_min numeric(18, 2),
        budget_max numeric(18, 2),
        respond_by date NOT NULL,
        owner_unit text NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
        published_on date,
        published_year int,
        published_by text,
        closed_on date,
        close_reason text CHECK (close_reason IN ('matched', 'expired', 'withdrawn')),
        close_note text,
        closed_by text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((status = 'draft') = (published_on IS NULL)),
        CHECK ((status = 'closed') = (closed_on IS NOT NULL)),
        CHECK (budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max)
      );
      CREATE INDEX opportunity_created ON registry.opportunity (created_at, id);
      CREATE INDEX opportunity_scenario ON registry.opportunity (scenario_id);
      CREATE INDEX opportunity_published ON registry.opportunity (published_on) WHERE status <> 'draft';
      CREATE INDEX opportunity_owner ON registry.opportunity (owner_unit, status);

      CREATE TABLE registry.demand_list (
        id uuid PRIMARY KEY,
        number text NOT NULL,
        title_zh text NOT NULL,
        title_en text,
        owner_unit text NOT NULL,
        published_on date NOT NULL,
        published_year int NOT NULL,
        published_by text NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT demand_list_number UNIQUE (owner_unit, number)
      );
      CREATE INDEX demand_list_published ON registry.demand_list (published_on, id);

      CREATE TABLE registry.demand_list_item (
        demand_list_id uuid NOT NULL REFERENCES registry.demand_list (id) ON DELETE CASCADE,
        position int NOT NULL,
        opportunity_id uuid NOT NULL REFERENCES registry.opportunity (id),
        PRIMARY KEY (demand_list_id, opportunity_id)
      );
      CREATE INDEX demand_list_item_opportunity ON registry.demand_list_item (opportunity_id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.demand_list_item; DROP TABLE registry.demand_list; DROP TABLE registry.opportunity;');
  }
}

/**
 * 供需对接活动: events with their participants (suppliers), the opportunities presented and the outcomes.
 * The keys make the database hold the rule too: an outcome names a participant and a presented opportunity
 * of the same event, and a presented opportunity exists.
 */
export class RegistryMatchmakingEvents1763800004100 implements MigrationInterface {
  name = 'RegistryMatchmakingEvents1763800004100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.matchmaking_event (
        id uuid PRIMARY KEY,
        title_zh text NOT NULL,
        title_en text,
        description_zh text,
        description_en text,
        held_on date NOT NULL,
        held_year int NOT NULL,
        district text,
        organiser_unit text NOT NULL,
        kind text NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX matchmaking_event_held ON registry.matchmaking_event (held_on, id);
      CREATE INDEX matchmaking_event_district ON registry.matchmaking_event (district);

      CREATE TABLE registry.matchmaking_participant (
        event_id uuid NOT NULL REFERENCES registry.matchmaking_event (id) ON DELETE CASCADE,
        position int NOT NULL,
        name text NOT NULL,
        organisation_type text NOT NULL CHECK (organisation_type IN ('enterprise', 'university', 'institute', 'soe')),
        PRIMARY KEY (event_id, name)
      );

      CREATE TABLE registry.matchmaking_presented (
        event_id uuid NOT NULL REFERENCES registry.matchmaking_event (id) ON DELETE CASCADE,
        position int NOT NULL,
        opportunity_id uuid NOT NULL REFERENCES registry.opportunity (id),
        PRIMARY KEY (event_id, opportunity_id)
      );
      CREATE INDEX matchmaking_presented_opportunity ON registry.matchmaking_presented (opportunity_id);

      CREATE TABLE registry.matchmaking_outcome (
        event_id uuid NOT NULL,
        position int NOT NULL,
        supplier text NOT NULL,
        opportunity_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('intent', 'agreement', 'contract-signed')),
        note text,
        PRIMARY KEY (event_id, supplier, opportunity_id),
        FOREIGN KEY (event_id, supplier) REFERENCES registry.matchmaking_participant (event_id, name) ON DELETE CASCADE,
        FOREIGN KEY (event_id, opportunity_id) REFERENCES registry.matchmaking_presented (event_id, opportunity_id) ON DELETE CASCADE
      );
      CREATE INDEX matchmaking_outcome_opportunity ON registry.matchmaking_outcome (opportunity_id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP TABLE registry.matchmaking_outcome; DROP TABLE registry.matchmaking_presented; DROP TABLE registry.matchmaking_participant; DROP TABLE registry.matchmaking_event;',
    );
  }
}

/** Money is integer fen everywhere: an opportunity's budget range (numeric yuan before). */
export class RegistryOpportunityBudgetInFen1767300000100 implements MigrationInterface {
  name = 'RegistryOpportunityBudgetInFen1767300000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE registry.opportunity
        ALTER COLUMN budget_min TYPE bigint USING round(budget_min * 100)::bigint,
        ALTER COLUMN budget_max TYPE bigint USING round(budget_max * 100)::bigint;
      ALTER TABLE registry.opportunity RENAME COLUMN budget_min TO budget_min_fen;
      ALTER TABLE registry.opportunity RENAME COLUMN budget_max TO budget_max_fen;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE registry.opportunity RENAME COLUMN budget_min_fen TO budget_min;
      ALTER TABLE registry.opportunity RENAME COLUMN budget_max_fen TO budget_max;
      ALTER TABLE registry.opportunity
        ALTER COLUMN budget_min TYPE numeric(18, 2) USING budget_min / 100.0,
        ALTER COLUMN budget_max TYPE numeric(18, 2) USING budget_max / 100.0;
    `);
  }
}

export const opportunitiesMigrations = [RegistryOpportunities1763800004000, RegistryMatchmakingEvents1763800004100, RegistryOpportunityBudgetInFen1767300000100];
