import type { JobOutbox } from '@scq/notification-application';
import { PollingWorker } from '@scq/platform-messaging';
import { afterCommit, type Database, type SqlExecutor } from '@scq/platform-persistence';
import type { ScheduledJob, Scheduler } from '@scq/platform-scheduling';

export interface JobOutboxDispatcherOptions {
  /** Poll interval (default 1000 ms): commands committed by another process are picked up this late; this process's wake it at commit. */
  idleMs?: number;
  batch?: number;
  /** A claimed command not carried out within this time is taken again (default 30 s). */
  leaseMs?: number;
  concurrency?: number;
  onError?: (error: unknown) => void;
}

interface CommandRow {
  id: string;
  op: 'schedule' | 'cancel';
  queue: string;
  job_id: string;
  run_at: Date | string | null;
  payload: unknown;
}

/**
 * The job outbox: scheduler commands are rows written in the business transaction and carried out after it
 * commits, by this dispatcher, in the order they were written per job. It never holds a transaction while talking
 * to the scheduler (PGlite has one session; the database scheduler needs it).
 */
export class JobOutboxDispatcher implements JobOutbox {
  private readonly batch: number;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private readonly onError: (error: unknown) => void;
  private readonly worker: PollingWorker;

  constructor(
    private readonly db: Database,
    private readonly scheduler: Scheduler,
    options: JobOutboxDispatcherOptions = {},
  ) {
    this.batch = options.batch ?? 200;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.concurrency = options.concurrency ?? 32;
    this.onError = options.onError ?? ((error) => console.error('[JobOutboxDispatcher]', error));
    const idleMs = options.idleMs ?? 1000;
    this.worker = new PollingWorker({ step: async () => (await this.drain()) >= this.batch, idleDelayMs: idleMs, maxBackoffMs: 30_000, onError: this.onError });
  }

  async schedule(tx: SqlExecutor, job: ScheduledJob): Promise<void> {
    await tx.query(`INSERT INTO notification.job_outbox (op, queue, job_id, run_at, payload) VALUES ('schedule', $1, $2, $3, $4::jsonb)`, [
      job.queue,
      job.jobId,
      job.runAt.toISOString(),
      JSON.stringify(job.payload ?? null),
    ]);
    afterCommit(tx, () => this.worker.nudge());
  }

  async cancel(tx: SqlExecutor, queue: string, jobId: string): Promise<void> {
    await tx.query(`INSERT INTO notification.job_outbox (op, queue, job_id) VALUES ('cancel', $1, $2)`, [queue, jobId]);
    afterCommit(tx, () => this.worker.nudge());
  }

  start(): void {
    this.worker.start();
  }

  stop(): Promise<void> {
    return this.worker.stop();
  }

  /** One pass: claims a batch, carries it out, deletes what was done. Returns how many commands were claimed. */
  async drain(): Promise<number> {
    const { rows } = await this.db.query<CommandRow>(
      `UPDATE notification.job_outbox SET claimed_until = now() + $1::int * interval '1 millisecond'
       WHERE id IN (SELECT id FROM notification.job_outbox WHERE claimed_until IS NULL OR claimed_until < now() ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id, op, queue, job_id, run_at, payload`,
      [this.leaseMs, this.batch],
    );
    if (rows.length === 0) return 0;
    // Per job, in the order written; a failed command holds back the later ones of its job until it is retried.
    const byJob = new Map<string, CommandRow[]>();
    for (const row of rows.sort((a, b) => Number(a.id) - Number(b.id))) {
      const key = `${row.queue}\u0000${row.job_id}`;
      byJob.set(key, [...(byJob.get(key) ?? []), row]);
    }
    const done: string[] = [];
    const groups = [...byJob.values()];
    for (let i = 0; i < groups.length; i += this.concurrency) {
      await Promise.all(
        groups.slice(i, i + this.concurrency).map(async (commands) => {
          for (const command of commands) {
            try {
              await this.apply(command);
              done.push(command.id);
            } catch (error) {
              this.onError(error);
              return;
            }
          }
        }),
      );
    }
    if (done.length > 0) await this.db.query('DELETE FROM notification.job_outbox WHERE id = ANY($1::bigint[])', [done]);
    return rows.length;
  }

  private async apply(command: CommandRow): Promise<void> {
    if (command.op === 'cancel') {
      await this.scheduler.cancel(command.queue, command.job_id);
      return;
    }
    await this.scheduler.schedule({ queue: command.queue, jobId: command.job_id, runAt: new Date(command.run_at ?? Date.now()), payload: command.payload });
  }
}
