import type { JobOutbox } from '@scq/notification-application';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import type { ScheduledJob, Scheduler } from '@scq/platform-scheduling';

export interface JobOutboxDispatcherOptions {
  /** Poll interval while nothing was nudged (default 1000 ms): commands of another process are picked up this late. */
  idleMs?: number;
  /** Poll interval for a while after a nudge (default 15 ms): a nudge comes before the writer's commit, so look again shortly. */
  fastMs?: number;
  /** How long the fast polling lasts after a nudge (default 1500 ms). */
  fastWindowMs?: number;
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
  private readonly idleMs: number;
  private readonly fastMs: number;
  private readonly fastWindowMs: number;
  private readonly batch: number;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private readonly onError: (error: unknown) => void;
  private fastUntil = 0;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly scheduler: Scheduler,
    options: JobOutboxDispatcherOptions = {},
  ) {
    this.idleMs = options.idleMs ?? 1000;
    this.fastMs = options.fastMs ?? 15;
    this.fastWindowMs = options.fastWindowMs ?? 1500;
    this.batch = options.batch ?? 200;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.concurrency = options.concurrency ?? 32;
    this.onError = options.onError ?? ((error) => console.error('[JobOutboxDispatcher]', error));
  }

  async schedule(tx: SqlExecutor, job: ScheduledJob): Promise<void> {
    await tx.query(`INSERT INTO notification.job_outbox (op, queue, job_id, run_at, payload) VALUES ('schedule', $1, $2, $3, $4::jsonb)`, [
      job.queue,
      job.jobId,
      job.runAt.toISOString(),
      JSON.stringify(job.payload ?? null),
    ]);
  }

  async cancel(tx: SqlExecutor, queue: string, jobId: string): Promise<void> {
    await tx.query(`INSERT INTO notification.job_outbox (op, queue, job_id) VALUES ('cancel', $1, $2)`, [queue, jobId]);
  }

  nudge(): void {
    this.fastUntil = Date.now() + this.fastWindowMs;
    this.wakeUp();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp();
    await this.loop;
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

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.drain();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.onError(error);
      }
      if (claimed >= this.batch || !this.running) continue;
      const delay = failures > 0 ? Math.min(this.idleMs * 2 ** failures, 30_000) : Date.now() < this.fastUntil ? this.fastMs : this.idleMs;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.timer = setTimeout(resolve, delay);
      });
      this.wake = undefined;
    }
  }

  private wakeUp(): void {
    clearTimeout(this.timer);
    this.wake?.();
  }
}
