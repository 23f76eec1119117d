import { quoteIdentifier, type SqlExecutor } from '@scq/platform-persistence';
import type { DueJob, ScheduledJob } from './scheduler.port';

/** A job this process claimed; `attempt` (the attempts counter after the claim) fences every later update. */
export type ClaimedJob = DueJob;

interface JobRow {
  queue: string;
  job_id: string;
  scheduled_for: Date | string;
  payload: unknown;
}

interface ClaimedRow extends JobRow {
  attempts: number;
}

const MAX_ERROR_LENGTH = 4000;

/** The SQL of the DatabaseScheduler: each method is one statement, so no transaction is ever held open. */
export class ScheduledJobTable {
  private readonly table: string;

  constructor(
    private readonly db: SqlExecutor,
    schema: string,
  ) {
    this.table = `${quoteIdentifier(schema)}.scheduled_job`;
  }

  /** True if newly scheduled. A cancelled job may be scheduled again (as BullMQ forgets a removed job); a pending or finished one may not. */
  async insert(job: ScheduledJob): Promise<boolean> {
    const { rows } = await this.db.query(
      `INSERT INTO ${this.table} AS j (queue, job_id, run_at, scheduled_for, payload)
       VALUES ($1, $2, $3::timestamptz, $3::timestamptz, $4::jsonb)
       ON CONFLICT (queue, job_id) DO UPDATE
         SET run_at = excluded.run_at, scheduled_for = excluded.scheduled_for, payload = excluded.payload,
             status = 'pending', attempts = 0, last_error = NULL, locked_until = NULL, created_at = now(), updated_at = now()
         WHERE j.status = 'cancelled'
       RETURNING 1`,
      [job.queue, job.jobId, job.runAt.toISOString(), JSON.stringify(job.payload ?? null)],
    );
    return rows.length === 1;
  }

  async cancel(queue: string, jobId: string): Promise<boolean> {
    const { rows } = await this.db.query(
      `UPDATE ${this.table} SET status = 'cancelled', updated_at = now()
       WHERE queue = $1 AND job_id = $2 AND status = 'pending'
       RETURNING 1`,
      [queue, jobId],
    );
    return rows.length === 1;
  }

  async pending(queue: string): Promise<ScheduledJob[]> {
    const { rows } = await this.db.query<JobRow>(
      `SELECT queue, job_id, scheduled_for, payload FROM ${this.table}
       WHERE queue = $1 AND status = 'pending'
       ORDER BY scheduled_for, job_id`,
      [queue],
    );
    return rows.map(toScheduledJob);
  }

  /** Claims up to `limit` due jobs of these queues; SKIP LOCKED lets several pollers claim side by side. */
  async claim(queues: string[], limit: number, leaseMs: number): Promise<ClaimedJob[]> {
    const { rows } = await this.db.query<ClaimedRow>(
      `WITH due AS (
         SELECT queue, job_id FROM ${this.table}
         WHERE status = 'pending' AND run_at <= now() AND queue = ANY($1::text[])
         ORDER BY run_at
         LIMIT $2
         FOR UPDATE SKIP LOCKED
       )
       UPDATE ${this.table} AS j
       SET status = 'running', attempts = j.attempts + 1, locked_until = now() + $3::integer * interval '1 millisecond', updated_at = now()
       FROM due
       WHERE j.queue = due.queue AND j.job_id = due.job_id
       RETURNING j.queue, j.job_id, j.scheduled_for, j.payload, j.attempts`,
      [queues, limit, leaseMs],
    );
    return rows.map(toClaimedJob).sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  }

  /** Jobs whose lease ran out (their process stopped mid-run) become pending again, or failed if that was their last attempt. */
  async releaseExpiredLeases(queues: string[], maxAttempts: number): Promise<number> {
    const { rows } = await this.db.query(
      `UPDATE ${this.table}
       SET status = CASE WHEN attempts >= $2 THEN 'failed' ELSE 'pending' END,
           last_error = 'lease expired: the process running the job stopped before it finished',
           locked_until = NULL, updated_at = now()
       WHERE status = 'running' AND locked_until <= now() AND queue = ANY($1::text[])
       RETURNING 1`,
      [queues, maxAttempts],
    );
    return rows.length;
  }

  async extendLeases(jobs: ClaimedJob[], leaseMs: number): Promise<void> {
    await this.db.query(
      `UPDATE ${this.table} AS j SET locked_until = now() + $4::integer * interval '1 millisecond'
       FROM unnest($1::text[], $2::text[], $3::integer[]) AS held(queue, job_id, attempts)
       WHERE j.queue = held.queue AND j.job_id = held.job_id AND j.attempts = held.attempts AND j.status = 'running'`,
      [jobs.map((job) => job.queue), jobs.map((job) => job.jobId), jobs.map((job) => job.attempt), leaseMs],
    );
  }

  async complete(job: ClaimedJob): Promise<void> {
    await this.finish(job, `status = 'done', last_error = NULL`, []);
  }

  async retry(job: ClaimedJob, delayMs: number, error: unknown): Promise<void> {
    await this.finish(job, `status = 'pending', run_at = now() + $4::integer * interval '1 millisecond', last_error = $5`, [delayMs, describe(error)]);
  }

  async fail(job: ClaimedJob, error: unknown): Promise<void> {
    await this.finish(job, `status = 'failed', last_error = $4`, [describe(error)]);
  }

  /** Only while this claim still holds the job: if its lease expired and another poller took it, that one decides. */
  private async finish(job: ClaimedJob, set: string, params: unknown[]): Promise<void> {
    await this.db.query(
      `UPDATE ${this.table} SET ${set}, locked_until = NULL, updated_at = now()
       WHERE queue = $1 AND job_id = $2 AND attempts = $3 AND status = 'running'`,
      [job.queue, job.jobId, job.attempt, ...params],
    );
  }
}

function toScheduledJob(row: JobRow): ScheduledJob {
  return { queue: row.queue, jobId: row.job_id, runAt: new Date(row.scheduled_for), payload: row.payload };
}

function toClaimedJob(row: ClaimedRow): ClaimedJob {
  return { ...toScheduledJob(row), attempt: row.attempts };
}

function describe(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}
