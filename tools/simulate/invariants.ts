import { Client } from 'pg';
import type { Json, Api, Account, Metrics } from './client';
import { sleep } from './client';

export interface InvariantResult {
  name: string;
  ok: boolean;
  detail: string;
  /** Up to ten offending rows. */
  examples: unknown[];
}

export interface DatabaseFigures {
  reminderLatenessMs: number[];
  escalationsByUnit: Record<string, number>;
  deadlines: { fired: number; cancelled: number; pending: number };
  evaluatorLoad: Record<string, number>;
  inboxDuplicates: number;
  historyRows: number;
}

/** The relay's interval and then some: an unsent outbox row older than this, once the run is quiet, is a failure. */
const RELAY_GRACE_SECONDS = Number(process.env.SIMULATE_RELAY_GRACE_SECONDS ?? 10);
/** The services' schemas, each with its own outbox and inbox. */
export const SERVICE_SCHEMAS = ['registry', 'workflow', 'evaluation', 'notification'];

/** Asks again every `pollMs` until the answer is empty or `until` (epoch ms) has passed; the last answer. */
async function askUntilNone<T>(ask: () => Promise<T[]>, until: number, pollMs = 500): Promise<T[]> {
  for (;;) {
    const rows = await ask();
    if (rows.length === 0 || Date.now() >= until) return rows;
    await sleep(pollMs);
  }
}

/**
 * Unsent outbox rows older than the relay's interval, in every service's schema, asked again every `pollMs` until
 * there are none or `until` (epoch ms) has passed. A relay still retrying through a broker fault (kafkajs backs off
 * for up to ~25 s) catches up meanwhile; one that is stuck does not.
 */
export async function staleOutboxRows(q: <T = Json>(sql: string, params?: unknown[]) => Promise<T[]>, options: { until: number; graceSeconds?: number; pollMs?: number }): Promise<Json[]> {
  const ask = async () => {
    const stale: Json[] = [];
    for (const schema of SERVICE_SCHEMAS) stale.push(...(await q(`SELECT '${schema}' AS schema, id, topic, event_type, created_at, attempts, last_error FROM ${schema}.outbox WHERE sent_at IS NULL AND created_at < now() - make_interval(secs => $1)`, [options.graceSeconds ?? RELAY_GRACE_SECONDS])));
    return stale;
  };
  return askUntilNone(ask, options.until, options.pollMs);
}

/**
 * What must hold at the end, read from the databases (and each lifecycle's audit through the API as the auditor).
 * Waits (up to `settleMs`) for the event flow to go quiet before judging what depends on it.
 */
export async function checkInvariants(input: { databaseUrl: string; api: Api; auditor: Account; metrics: Metrics; scenarioIds: string[]; tag: string; settleMs: number }): Promise<{ results: InvariantResult[]; figures: DatabaseFigures }> {
  const db = new Client({ connectionString: input.databaseUrl });
  await db.connect();
  try {
    const q = async <T = Json>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[];
    const results: InvariantResult[] = [];
    const ids = input.scenarioIds;

    // The event flow settles: no unsent outbox row, and the registry agrees with the workflow on every scenario.
    const stageMismatches = () =>
      q(
        `SELECT s.id, s.stage AS registry, i.stage AS workflow FROM registry.scenario s
           JOIN workflow.lifecycle_instance i ON i.machine_id = 'scenario-lifecycle' AND i.subject_id = s.id::text
          WHERE s.id = ANY($1::uuid[]) AND s.stage IS DISTINCT FROM i.stage`,
        [ids],
      );
    const deadline = Date.now() + input.settleMs;
    const mismatches = await askUntilNone(stageMismatches, deadline);
    const missing = await q(`SELECT s.id FROM registry.scenario s WHERE s.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM workflow.lifecycle_instance i WHERE i.machine_id = 'scenario-lifecycle' AND i.subject_id = s.id::text)`, [ids]);
    results.push({ name: 'registry stage = workflow stage for every scenario', ok: mismatches.length === 0 && missing.length === 0, detail: `${ids.length} scenarios, ${mismatches.length} differ, ${missing.length} without a lifecycle`, examples: [...mismatches, ...missing].slice(0, 10) });

    // Every accepted command reflected exactly once.
    const accepted = new Map<string, { accepted: number; possible: number }>();
    for (const entry of input.metrics.ledger) {
      if (entry.kind !== 'event' || !entry.instanceId) continue;
      const key = `${entry.instanceId} ${entry.what}`;
      const row = accepted.get(key) ?? { accepted: 0, possible: 0 };
      if (entry.outcome === 'accepted') row.accepted++;
      if (entry.outcome === 'unknown') row.possible++;
      row.possible += entry.ambiguous;
      accepted.set(key, row);
    }
    const instanceIds = [...new Set(input.metrics.ledger.filter((e) => e.instanceId).map((e) => e.instanceId as string))];
    const history = await q<{ instance_id: string; type: string; n: string }>(
      `SELECT instance_id, event->>'type' AS type, count(*) AS n FROM workflow.lifecycle_history
        WHERE instance_id = ANY($1::uuid[]) AND kind = 'transition' AND actor->>'id' <> 'system' GROUP BY 1, 2`,
      [instanceIds],
    );
    const reflected = new Map(history.map((h) => [`${h.instance_id} ${h.type}`, Number(h.n)]));
    const wrong: unknown[] = [];
    for (const key of new Set([...accepted.keys(), ...reflected.keys()])) {
      const want = accepted.get(key) ?? { accepted: 0, possible: 0 };
      const got = reflected.get(key) ?? 0;
      if (got < want.accepted || got > want.accepted + want.possible) wrong.push({ key, accepted: want.accepted, unknownOutcome: want.possible, inHistory: got });
    }
    const scenarioCreates = input.metrics.ledger.filter((e) => e.kind === 'create' && e.what === 'scenario');
    const [{ n: registered }] = await q<{ n: string }>(`SELECT count(*) AS n FROM registry.scenario WHERE title_zh LIKE $1`, [`模拟场景${input.tag}第%`]);
    const createdOk = scenarioCreates.filter((e) => e.outcome === 'accepted').length;
    const createdMaybe = scenarioCreates.filter((e) => e.outcome === 'unknown').length;
    const registrationsOk = Number(registered) >= createdOk && Number(registered) <= createdOk + createdMaybe;
    results.push({
      name: 'every accepted command reflected exactly once',
      ok: wrong.length === 0 && registrationsOk,
      detail: `${[...accepted.values()].reduce((n, r) => n + r.accepted, 0)} lifecycle events accepted over ${instanceIds.length} lifecycles, ${wrong.length} (instance, event) pairs off; ${createdOk} registrations accepted (${createdMaybe} unknown) → ${registered} scenarios stored`,
      examples: wrong.slice(0, 10),
    });

    // No unsent outbox row older than the relay's interval, once the flow has had until the same deadline to settle.
    const stale = await staleOutboxRows(q, { until: Math.max(deadline, Date.now() + RELAY_GRACE_SECONDS * 1000) });
    results.push({ name: `no unsent outbox row older than the relay interval (${RELAY_GRACE_SECONDS} s)`, ok: stale.length === 0, detail: `${stale.length} stale rows`, examples: stale.slice(0, 10) });

    // Every history chain verifies (the audit replays it and checks its hashes).
    const instances = await q<{ id: string }>(`SELECT id FROM workflow.lifecycle_instance WHERE (machine_id = 'scenario-lifecycle' AND subject_id = ANY($1::text[])) OR id = ANY($2::uuid[])`, [ids, instanceIds]);
    const broken: unknown[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < instances.length) {
          const id = instances[next++].id;
          const audit = await input.api.as(input.auditor, 'GET', `/api/workflow/instances/${id}/audit`);
          if (audit.status !== 200 || audit.body?.ok !== true) broken.push({ id, status: audit.status, problems: audit.body?.problems?.slice?.(0, 3) ?? audit.body });
        }
      }),
    );
    results.push({ name: 'every audit/history chain verifies', ok: broken.length === 0, detail: `${instances.length} chains audited, ${broken.length} fail`, examples: broken.slice(0, 10) });

    // Every deadline fired, was cancelled with its stage, or is pending in the future.
    const lapsed = await q(
      `SELECT deadline_id, deadline, stage, status, due_at, reached_at FROM notification.deadline
        WHERE status = 'active' AND reached_at IS NULL AND due_at IS NOT NULL AND due_at < now() - interval '30 seconds'`,
    );
    const uncancelled = await q(`SELECT deadline_id FROM notification.deadline WHERE status = 'cancelled' AND cancelled_at IS NULL`);
    const [counts] = await q<{ fired: string; cancelled: string; pending: string }>(
      `SELECT count(*) FILTER (WHERE reached_at IS NOT NULL) AS fired, count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
              count(*) FILTER (WHERE status = 'active' AND reached_at IS NULL) AS pending FROM notification.deadline`,
    );
    results.push({ name: 'every deadline fired, cancelled, or pending in the future', ok: lapsed.length === 0 && uncancelled.length === 0, detail: `fired ${counts.fired}, cancelled ${counts.cancelled}, pending ${counts.pending}; ${lapsed.length} overdue and never fired`, examples: [...lapsed, ...uncancelled].slice(0, 10) });

    // No assessment open for a subject that left assessment.
    const open = await q(
      `SELECT a.id, a.purpose, a.subject_kind, a.subject_id, w.stage FROM evaluation.assessment a
         JOIN workflow.lifecycle_instance w ON w.id = a.workflow_instance_id
        WHERE a.passed IS NULL AND a.cancelled_at IS NULL AND a.superseded_by IS NULL
          AND NOT ((a.purpose = 'recognition' AND w.stage = 'recognition.assessing') OR (a.purpose = 'effectiveness' AND w.stage = 'operating.effectiveness') OR (a.purpose = 'application-review' AND w.stage = 'expertReview'))`,
    );
    results.push({ name: 'no assessment open for a subject that left assessment', ok: open.length === 0, detail: `${open.length} open assessments whose subject moved on`, examples: open.slice(0, 10) });

    // Inbox duplicates absorbed: counted (redeliveries after a kill land here), never an error.
    const reminders = await q<{ late: number }>(`SELECT extract(epoch FROM (fired_at - run_at)) * 1000 AS late FROM notification.reminder WHERE status = 'fired' AND fired_at IS NOT NULL`);
    const escalations = await q<{ unit: string; n: string }>(
      `SELECT coalesce(u.unit, '—') AS unit, count(*) AS n FROM notification.reminder r JOIN notification.deadline d USING (deadline_id)
         LEFT JOIN LATERAL jsonb_array_elements_text(d.responsible_units) AS u(unit) ON true
        WHERE r.kind = 'escalation' AND r.status = 'fired' GROUP BY 1`,
    );
    const load = await q<{ evaluator_id: string; n: string }>(`SELECT evaluator_id, count(*) AS n FROM evaluation.assignment GROUP BY 1`);
    const [{ n: historyRows }] = await q<{ n: string }>(`SELECT count(*) AS n FROM workflow.lifecycle_history`);
    const duplicates = await inboxDuplicates(q);
    results.push({ name: 'inbox duplicates absorbed (counted)', ok: duplicates.deadLettered === 0, detail: `${duplicates.absorbed} redeliveries absorbed (consumer metrics), ${duplicates.deadLettered} dead-lettered inbox rows`, examples: [] });

    return {
      results,
      figures: {
        reminderLatenessMs: reminders.map((r) => Number(r.late)).sort((a, b) => a - b),
        escalationsByUnit: Object.fromEntries(escalations.map((e) => [e.unit, Number(e.n)])),
        deadlines: { fired: Number(counts.fired), cancelled: Number(counts.cancelled), pending: Number(counts.pending) },
        evaluatorLoad: Object.fromEntries(load.map((l) => [l.evaluator_id, Number(l.n)])),
        inboxDuplicates: duplicates.absorbed,
        historyRows: Number(historyRows),
      },
    };
  } finally {
    await db.end();
  }
}

/** Dead-lettered inbox rows across the schemas; the absorbed redeliveries are read from the processes' metrics by the caller. */
async function inboxDuplicates(q: <T = Json>(sql: string, params?: unknown[]) => Promise<T[]>): Promise<{ absorbed: number; deadLettered: number }> {
  let deadLettered = 0;
  for (const schema of SERVICE_SCHEMAS) deadLettered += Number((await q<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.inbox WHERE status = 'dead-lettered'`))[0].n);
  return { absorbed: absorbedDuplicates.value, deadLettered };
}

/** Set by the caller from `scq_inbox_duplicates_total` scraped off every process before it stops (survives no kill: a lower bound). */
export const absorbedDuplicates = { value: 0 };

/** Sum of `scq_inbox_duplicates_total` on a process's /metrics (loopback, outside production without a token). */
export async function scrapeDuplicates(url: string): Promise<number> {
  const response = await fetch(`${url}/metrics`).catch(() => undefined);
  if (!response?.ok) return 0;
  const text = await response.text();
  let total = 0;
  for (const line of text.split('\n')) if (line.startsWith('scq_inbox_duplicates_total')) total += Number(line.split(' ').pop());
  return total;
}
