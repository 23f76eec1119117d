import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdentifier } from '@scq/platform-persistence';

export const SCHEDULED_JOB_STATUSES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export type ScheduledJobStatus = (typeof SCHEDULED_JOB_STATUSES)[number];

/** The DatabaseScheduler's table in a service's own schema; add it to that service's migrations. */
export function schedulingMigration(schema: string): new () => MigrationInterface {
  const table = `${quoteIdentifier(schema)}.scheduled_job`;
  const statuses = SCHEDULED_JOB_STATUSES.map((status) => `'${status}'`).join(', ');
  return class SchedulingJobs1763800000100 implements MigrationInterface {
    readonly name = 'SchedulingJobs1763800000100';

    async up(runner: QueryRunner): Promise<void> {
      // run_at is when the job is next due (a retry moves it); scheduled_for keeps the runAt it was scheduled with.
      // While running, locked_until is the lease: past it, another poller may take the job again.
      await runner.query(`
        CREATE TABLE ${table} (
          queue text NOT NULL,
          job_id text NOT NULL,
          run_at timestamptz NOT NULL,
          scheduled_for timestamptz NOT NULL,
          payload jsonb,
          status text NOT NULL DEFAULT 'pending' CHECK (status IN (${statuses})),
          attempts integer NOT NULL DEFAULT 0,
          last_error text,
          locked_until timestamptz,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (queue, job_id)
        )`);
      await runner.query(`CREATE INDEX scheduled_job_due_idx ON ${table} (run_at) WHERE status = 'pending'`);
      await runner.query(`CREATE INDEX scheduled_job_lease_idx ON ${table} (locked_until) WHERE status = 'running'`);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`DROP TABLE ${table}`);
    }
  };
}
