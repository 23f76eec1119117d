import { DUE_KEY, planReminders, policyFor, reminderJobId, type PlannedReminder, type ReminderPlan } from '@scq/notification-domain';
import type { Database } from '@scq/platform-persistence';
import type { ScheduledJob, Scheduler } from '@scq/platform-scheduling';
import type { DeadlineRecord, ReminderRecord } from './notification-records';
import { DELIVERY_QUEUE, DIGEST_QUEUE, REMINDER_QUEUE, deliveryJobId, digestJobId, reminderJob, type DeliveryJob, type DigestJob } from './notification-jobs';
import type { NotificationSettings } from './notification-settings';
import type { DeadlineRepository, DeliveryRepository, DigestRepository, JobOutbox } from './notification.ports';
import type { AttemptDeliveryHandler } from './attempt-delivery.handler';
import type { FireReminderHandler } from './fire-reminder.handler';
import type { SendDigestHandler } from './send-digest.handler';

const BATCH = 500;
const CONCURRENCY = 32;

export interface RescheduleReport {
  /** Active deadlines whose plan changed (policy or calendar) and was re-derived. */
  replanned: number;
  reminders: { pending: number; restored: number };
  deliveries: { pending: number; restored: number };
  digests: { pending: number; restored: number };
  tookMs: number;
}

export interface SweepReport {
  reminders: number;
  deliveries: number;
  digests: number;
}

/**
 * The database is the source of truth; the scheduler only wakes us up. On start and on demand, every outstanding
 * reminder, delivery attempt and digest is re-derived from the rows and handed to the scheduler again (idempotent by
 * job id, so what is still there is left alone and what a flushed Redis lost comes back). The sweep runs directly
 * whatever is long overdue — a job the scheduler lost or gave up on — since every handler tolerates a second run.
 */
export class RescheduleHandler {
  constructor(
    private readonly db: Database,
    private readonly scheduler: Scheduler,
    private readonly deadlines: DeadlineRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly digests: DigestRepository,
    private readonly jobs: JobOutbox,
    private readonly settings: NotificationSettings,
    private readonly handlers: { reminders: FireReminderHandler; deliveries: AttemptDeliveryHandler; digests: SendDigestHandler },
  ) {}

  async reschedule(now: Date = new Date()): Promise<RescheduleReport> {
    const started = Date.now();
    const replanned = await this.rederive(now);
    const reminders = { pending: 0, restored: 0 };
    for (let after: [string, string] | null = null; ; ) {
      const page: ReminderRecord[] = await this.deadlines.pending(this.db, { after, limit: BATCH });
      if (page.length === 0) break;
      reminders.pending += page.length;
      reminders.restored += await this.scheduleAll(page.map((r) => ({ queue: REMINDER_QUEUE, jobId: reminderJobId(r.deadlineId, r.key), runAt: r.runAt, payload: reminderJob(r.deadlineId, r.key) })));
      const last = page[page.length - 1];
      after = [last.deadlineId, last.key];
    }
    const deliveries = { pending: 0, restored: 0 };
    for (let after: string | null = null; ; ) {
      const page = await this.deliveries.outstanding(this.db, { after, limit: BATCH });
      if (page.length === 0) break;
      deliveries.pending += page.length;
      deliveries.restored += await this.scheduleAll(
        page.map((d) => ({ queue: DELIVERY_QUEUE, jobId: deliveryJobId(d.id, d.attempts + 1), runAt: d.nextAttemptAt ?? now, payload: { deliveryId: d.id, attempt: d.attempts + 1 } satisfies DeliveryJob })),
      );
      after = page[page.length - 1].id;
    }
    const digests = { pending: 0, restored: 0 };
    for (let after: string | null = null; ; ) {
      const page = await this.digests.pending(this.db, { after, limit: BATCH });
      if (page.length === 0) break;
      digests.pending += page.length;
      digests.restored += await this.scheduleAll(page.map((d) => ({ queue: DIGEST_QUEUE, jobId: digestJobId(d.id), runAt: d.runAt, payload: { digestId: d.id } satisfies DigestJob })));
      after = page[page.length - 1].id;
    }
    return { replanned, reminders, deliveries, digests, tookMs: Date.now() - started };
  }

  /** Runs what is overdue by more than `graceMs` directly (the scheduler lost it, or gave up on it). */
  async sweep(now: Date, graceMs: number): Promise<SweepReport> {
    const dueBefore = new Date(now.getTime() - graceMs);
    const report: SweepReport = { reminders: 0, deliveries: 0, digests: 0 };
    for (const r of await this.deadlines.pending(this.db, { after: null, limit: BATCH, dueBefore })) {
      if ((await this.handlers.reminders.fire(r.deadlineId, r.key)) !== 'ignored') report.reminders += 1;
    }
    for (const d of await this.deliveries.outstanding(this.db, { after: null, limit: BATCH, dueBefore })) {
      if ((await this.handlers.deliveries.attempt(d.id, d.attempts + 1)) !== 'not-due') report.deliveries += 1;
    }
    for (const d of await this.digests.pending(this.db, { after: null, limit: BATCH, dueBefore })) {
      if ((await this.handlers.digests.send(d.id)) !== 'ignored') report.digests += 1;
    }
    return report;
  }

  /**
   * Re-plans every active deadline from its stored request with today's policy and calendar: pending reminders
   * whose instant moved are moved, new policy steps are added (a `before` one already past is skipped), dropped
   * steps are cancelled. Fired rows are history and stay as they are.
   */
  private async rederive(now: Date): Promise<number> {
    let replanned = 0;
    for (let after: string | null = null; ; ) {
      const page = await this.deadlines.active(this.db, after, BATCH);
      if (page.length === 0) break;
      for (const { deadline, reminders } of page) {
        // Once the deadline was reached its escalations count from the instant it was reached at: left as they are.
        if (reminders.find((r) => r.key === DUE_KEY)?.status !== 'pending') continue;
        const change = diffPlan(deadline, reminders, this.plan(deadline), now);
        if (!change) continue;
        await this.db.transaction(async (tx) => {
          await this.deadlines.replan(tx, deadline.deadlineId, change);
          for (const key of [...change.moved.map((r) => r.key), ...change.dropped]) await this.jobs.cancel(tx, REMINDER_QUEUE, reminderJobId(deadline.deadlineId, key));
          for (const r of [...change.moved, ...change.added.filter((a) => !a.skipped)]) {
            await this.jobs.schedule(tx, { queue: REMINDER_QUEUE, jobId: reminderJobId(deadline.deadlineId, r.key), runAt: r.runAt, payload: reminderJob(deadline.deadlineId, r.key) });
          }
        });
        replanned += 1;
      }
      after = page[page.length - 1].deadline.deadlineId;
    }
    return replanned;
  }

  private plan(deadline: DeadlineRecord): ReminderPlan {
    return planReminders({ deadlineId: deadline.deadlineId, requestedAt: deadline.requestedAt, due: deadline.due }, policyFor(this.settings.policies, deadline.deadline), this.settings.calculator);
  }

  private async scheduleAll(jobs: ScheduledJob[]): Promise<number> {
    let created = 0;
    for (let i = 0; i < jobs.length; i += CONCURRENCY) {
      const results = await Promise.all(jobs.slice(i, i + CONCURRENCY).map((job) => this.scheduler.schedule(job)));
      created += results.filter(Boolean).length;
    }
    return created;
  }
}

export interface PlanChange {
  dueAt: Date;
  moved: PlannedReminder[];
  added: PlannedReminder[];
  dropped: string[];
}

/** How a stored plan differs from a fresh one; null when it does not. */
export function diffPlan(deadline: Pick<DeadlineRecord, 'dueAt'>, stored: ReminderRecord[], fresh: ReminderPlan, now: Date): PlanChange | null {
  const byKey = new Map(stored.map((r) => [r.key, r]));
  const freshKeys = new Set(fresh.reminders.map((r) => r.key));
  const moved: PlannedReminder[] = [];
  const added: PlannedReminder[] = [];
  for (const planned of fresh.reminders) {
    const row = byKey.get(planned.key);
    if (!row) {
      const past = planned.kind === 'before' && (planned.runAt.getTime() <= now.getTime() || planned.runAt.getTime() >= fresh.dueAt.getTime());
      added.push({ ...planned, skipped: planned.skipped || past });
    } else if (row.status === 'pending' && row.runAt.getTime() !== planned.runAt.getTime()) moved.push(planned);
  }
  const dropped = stored.filter((r) => r.status === 'pending' && !freshKeys.has(r.key)).map((r) => r.key);
  const dueMoved = fresh.dueAt.getTime() !== deadline.dueAt.getTime();
  return moved.length + added.length + dropped.length === 0 && !dueMoved ? null : { dueAt: fresh.dueAt, moved, added, dropped };
}
