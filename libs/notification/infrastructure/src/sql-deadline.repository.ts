import type { Audience, DeadlineDue, PlannedReminder, ReminderKind } from '@scq/notification-domain';
import type { DeadlineRecord, DeadlineRepository, ReminderRecord, ReminderStatus } from '@scq/notification-application';
import type { SqlExecutor } from '@scq/platform-persistence';

interface DeadlineRow {
  deadline_id: string;
  instance_id: string;
  machine_id: string | null;
  subject_id: string | null;
  deadline: string;
  stage: string | null;
  stage_label: DeadlineRecord['stageLabel'];
  about: DeadlineRecord['about'];
  responsible_units: string[];
  requested_at: Date | string | null;
  working_days: number | null;
  due_on: string | null;
  due_at: Date | string | null;
  status: DeadlineRecord['status'];
  reached_at: Date | string | null;
  cancelled_at: Date | string | null;
}

interface ReminderRow {
  deadline_id: string;
  key: string;
  kind: ReminderKind;
  run_at: Date | string;
  working_days: number;
  level: number | null;
  audience: Audience[];
  critical: boolean;
  status: ReminderStatus;
  fired_at: Date | string | null;
  note: string | null;
}

const REMINDER_COLUMNS = 'r.deadline_id, r.key, r.kind, r.run_at, r.working_days, r.level, r.audience, r.critical, r.status, r.fired_at, r.note';

export class SqlDeadlineRepository implements DeadlineRepository {
  async insert(tx: SqlExecutor, d: Omit<DeadlineRecord, 'status' | 'reachedAt' | 'cancelledAt'>, plan: PlannedReminder[]): Promise<boolean> {
    const { rows } = await tx.query(
      `INSERT INTO notification.deadline (deadline_id, instance_id, machine_id, subject_id, deadline, stage, responsible_units, requested_at, working_days, due_on, due_at, status, stage_label, about)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, 'active', $12::jsonb, $13::jsonb)
       ON CONFLICT (deadline_id) DO NOTHING RETURNING 1`,
      [
        d.deadlineId,
        d.instanceId,
        d.machineId,
        d.subjectId,
        d.deadline,
        d.stage,
        JSON.stringify(d.responsibleUnits),
        d.requestedAt.toISOString(),
        'workingDays' in d.due ? d.due.workingDays : null,
        'dueOn' in d.due ? d.due.dueOn : null,
        d.dueAt.toISOString(),
        d.stageLabel ? JSON.stringify(d.stageLabel) : null,
        d.about ? JSON.stringify(d.about) : null,
      ],
    );
    if (rows.length === 0) return false;
    await this.insertReminders(tx, d.deadlineId, plan);
    return true;
  }

  async cancel(tx: SqlExecutor, ref: { deadlineId: string; instanceId: string; deadline: string }, cancelledAt: Date): Promise<ReminderRecord[]> {
    // Unknown (the cancellation overtook its request): a tombstone, so that a late request plans nothing.
    await tx.query(
      `INSERT INTO notification.deadline (deadline_id, instance_id, deadline, status, cancelled_at) VALUES ($1, $2, $3, 'cancelled', $4)
       ON CONFLICT (deadline_id) DO UPDATE SET status = 'cancelled', cancelled_at = excluded.cancelled_at WHERE notification.deadline.status = 'active'`,
      [ref.deadlineId, ref.instanceId, ref.deadline, cancelledAt.toISOString()],
    );
    const { rows } = await tx.query<ReminderRow>(
      `UPDATE notification.reminder r SET status = 'cancelled', note = 'stage left' WHERE r.deadline_id = $1 AND r.status = 'pending' RETURNING ${REMINDER_COLUMNS}`,
      [ref.deadlineId],
    );
    return rows.map(toReminder);
  }

  async lockReminder(tx: SqlExecutor, deadlineId: string, key: string): Promise<{ deadline: DeadlineRecord; reminder: ReminderRecord } | null> {
    const { rows } = await tx.query<ReminderRow>(`SELECT ${REMINDER_COLUMNS} FROM notification.reminder r WHERE r.deadline_id = $1 AND r.key = $2 FOR UPDATE`, [deadlineId, key]);
    if (rows.length === 0) return null;
    const deadline = await tx.query<DeadlineRow>('SELECT * FROM notification.deadline WHERE deadline_id = $1', [deadlineId]);
    return { deadline: toDeadline(deadline.rows[0]), reminder: toReminder(rows[0]) };
  }

  async finishReminder(tx: SqlExecutor, deadlineId: string, key: string, status: 'fired' | 'skipped', at: Date, note: string): Promise<void> {
    await tx.query(`UPDATE notification.reminder SET status = $3, fired_at = $4, note = $5 WHERE deadline_id = $1 AND key = $2`, [deadlineId, key, status, at.toISOString(), note]);
  }

  async markReached(tx: SqlExecutor, deadlineId: string, at: Date): Promise<void> {
    await tx.query('UPDATE notification.deadline SET reached_at = $2 WHERE deadline_id = $1 AND reached_at IS NULL', [deadlineId, at.toISOString()]);
  }

  async find(db: SqlExecutor, deadlineId: string): Promise<{ deadline: DeadlineRecord; reminders: ReminderRecord[] } | null> {
    const { rows } = await db.query<DeadlineRow>('SELECT * FROM notification.deadline WHERE deadline_id = $1', [deadlineId]);
    if (rows.length === 0) return null;
    return (await this.withReminders(db, rows))[0];
  }

  async listByInstance(db: SqlExecutor, instanceId: string): Promise<Array<{ deadline: DeadlineRecord; reminders: ReminderRecord[] }>> {
    const { rows } = await db.query<DeadlineRow>('SELECT * FROM notification.deadline WHERE instance_id = $1 ORDER BY created_at, deadline_id', [instanceId]);
    return this.withReminders(db, rows);
  }

  async armedOf(db: SqlExecutor, instanceIds: readonly string[]): Promise<DeadlineRecord[]> {
    if (instanceIds.length === 0) return [];
    const { rows } = await db.query<DeadlineRow>(`SELECT * FROM notification.deadline WHERE instance_id = ANY($1::uuid[]) AND status = 'active' AND due_at IS NOT NULL ORDER BY due_at, deadline_id`, [[...instanceIds]]);
    return rows.map(toDeadline);
  }

  async active(db: SqlExecutor, after: string | null, limit: number): Promise<Array<{ deadline: DeadlineRecord; reminders: ReminderRecord[] }>> {
    const { rows } = await db.query<DeadlineRow>(
      `SELECT * FROM notification.deadline WHERE status = 'active' AND ($1::text IS NULL OR deadline_id > $1) ORDER BY deadline_id LIMIT $2`,
      [after, limit],
    );
    return this.withReminders(db, rows);
  }

  async replan(tx: SqlExecutor, deadlineId: string, change: { dueAt: Date; moved: PlannedReminder[]; added: PlannedReminder[]; dropped: string[] }): Promise<void> {
    await tx.query('UPDATE notification.deadline SET due_at = $2 WHERE deadline_id = $1', [deadlineId, change.dueAt.toISOString()]);
    for (const r of change.moved) {
      await tx.query(`UPDATE notification.reminder SET run_at = $3, note = 'moved by re-derivation' WHERE deadline_id = $1 AND key = $2 AND status = 'pending'`, [deadlineId, r.key, r.runAt.toISOString()]);
    }
    await this.insertReminders(tx, deadlineId, change.added);
    if (change.dropped.length > 0) {
      await tx.query(`UPDATE notification.reminder SET status = 'cancelled', note = 'no longer in the policy' WHERE deadline_id = $1 AND key = ANY($2::text[]) AND status = 'pending'`, [deadlineId, change.dropped]);
    }
  }

  async pending(db: SqlExecutor, query: { after: [string, string] | null; limit: number; dueBefore?: Date }): Promise<ReminderRecord[]> {
    const { rows } = await db.query<ReminderRow>(
      `SELECT ${REMINDER_COLUMNS} FROM notification.reminder r
       WHERE r.status = 'pending' AND ($1::text IS NULL OR (r.deadline_id, r.key) > ($1::text, $2::text)) AND ($3::timestamptz IS NULL OR r.run_at < $3::timestamptz)
       ORDER BY r.deadline_id, r.key LIMIT $4`,
      [query.after?.[0] ?? null, query.after?.[1] ?? null, query.dueBefore?.toISOString() ?? null, query.limit],
    );
    return rows.map(toReminder);
  }

  async addReminders(tx: SqlExecutor, deadlineId: string, reminders: PlannedReminder[]): Promise<void> {
    await this.insertReminders(tx, deadlineId, reminders);
  }

  private async insertReminders(tx: SqlExecutor, deadlineId: string, plan: PlannedReminder[]): Promise<void> {
    if (plan.length === 0) return;
    const values: unknown[] = [];
    const tuples = plan.map((r, i) => {
      values.push(deadlineId, r.key, r.kind, r.runAt.toISOString(), r.workingDays, r.level, JSON.stringify(r.audience), r.critical, r.skipped ? 'skipped' : 'pending', r.skipped ? 'not after the request: too late to remind' : null);
      const p = i * 10;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}::timestamptz, $${p + 5}::int, $${p + 6}::int, $${p + 7}::jsonb, $${p + 8}::boolean, $${p + 9}, $${p + 10})`;
    });
    await tx.query(
      `INSERT INTO notification.reminder (deadline_id, key, kind, run_at, working_days, level, audience, critical, status, note) VALUES ${tuples.join(', ')} ON CONFLICT (deadline_id, key) DO NOTHING`,
      values,
    );
  }

  private async withReminders(db: SqlExecutor, rows: DeadlineRow[]): Promise<Array<{ deadline: DeadlineRecord; reminders: ReminderRecord[] }>> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.deadline_id);
    const reminders = await db.query<ReminderRow>(`SELECT ${REMINDER_COLUMNS} FROM notification.reminder r WHERE r.deadline_id = ANY($1::text[]) ORDER BY r.run_at, r.key`, [ids]);
    return rows.map((row) => ({ deadline: toDeadline(row), reminders: reminders.rows.filter((r) => r.deadline_id === row.deadline_id).map(toReminder) }));
  }
}

function toDeadline(row: DeadlineRow): DeadlineRecord {
  const due: DeadlineDue = row.working_days !== null ? { workingDays: row.working_days } : { dueOn: row.due_on ?? '' };
  return {
    deadlineId: row.deadline_id,
    instanceId: row.instance_id,
    machineId: row.machine_id ?? '',
    subjectId: row.subject_id ?? '',
    deadline: row.deadline,
    stage: row.stage ?? '',
    stageLabel: row.stage_label ?? null,
    about: row.about ?? null,
    responsibleUnits: row.responsible_units ?? [],
    requestedAt: date(row.requested_at) ?? new Date(0),
    due,
    dueAt: date(row.due_at) ?? new Date(0),
    status: row.status,
    reachedAt: date(row.reached_at),
    cancelledAt: date(row.cancelled_at),
  };
}

function toReminder(row: ReminderRow): ReminderRecord {
  return {
    deadlineId: row.deadline_id,
    key: row.key,
    kind: row.kind,
    runAt: new Date(row.run_at),
    workingDays: row.working_days,
    level: row.level,
    audience: row.audience,
    critical: row.critical,
    status: row.status,
    firedAt: date(row.fired_at),
    note: row.note,
  };
}

export function date(value: Date | string | null): Date | null {
  return value === null ? null : new Date(value);
}
