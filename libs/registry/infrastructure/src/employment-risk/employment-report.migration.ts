import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 就业风险监测: a scenario's jobs created and displaced per period (month or quarter) and group, with the breaches found. */
export class RegistryEmploymentReports1767300000100 implements MigrationInterface {
  name = 'RegistryEmploymentReports1767300000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.employment_report (
        scenario_id uuid NOT NULL REFERENCES registry.scenario (id),
        period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
        period_kind text NOT NULL CHECK (period_kind IN ('month', 'quarter')),
        owner_unit text NOT NULL,
        groups jsonb NOT NULL,
        jobs_created int NOT NULL CHECK (jobs_created >= 0),
        jobs_displaced int NOT NULL CHECK (jobs_displaced >= 0),
        breaches jsonb NOT NULL,
        breach_count int NOT NULL,
        note jsonb,
        revision int NOT NULL CHECK (revision >= 1),
        reported_by text NOT NULL,
        reported_at timestamptz NOT NULL,
        PRIMARY KEY (scenario_id, period)
      );
      CREATE INDEX employment_report_period ON registry.employment_report (period, breach_count DESC);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.employment_report');
  }
}
