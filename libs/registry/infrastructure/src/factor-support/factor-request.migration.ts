import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 要素保障: factor support requests of scenarios, each routed to the unit responsible for its factor, and their answers. */
export class RegistryFactorRequests1767300000000 implements MigrationInterface {
  name = 'RegistryFactorRequests1767300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.factor_request (
        id uuid PRIMARY KEY,
        scenario_id uuid NOT NULL REFERENCES registry.scenario (id),
        scenario_title jsonb NOT NULL,
        owner_unit text NOT NULL,
        kind text NOT NULL,
        responsible_unit text NOT NULL,
        need jsonb NOT NULL,
        quantity text,
        working_days int NOT NULL CHECK (working_days > 0),
        deadline_id text NOT NULL UNIQUE,
        status text NOT NULL CHECK (status IN ('awaiting-answer', 'answered')),
        outcome text CHECK (outcome IN ('granted', 'partially-granted', 'declined')),
        answer jsonb,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        answered_by text,
        answered_at timestamptz,
        CHECK ((status = 'answered') = (outcome IS NOT NULL AND answer IS NOT NULL AND answered_at IS NOT NULL))
      );
      CREATE INDEX factor_request_responsible ON registry.factor_request (responsible_unit, status, requested_at, id);
      CREATE INDEX factor_request_owner ON registry.factor_request (owner_unit, requested_at, id);
      CREATE INDEX factor_request_scenario ON registry.factor_request (scenario_id, requested_at, id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.factor_request');
  }
}
