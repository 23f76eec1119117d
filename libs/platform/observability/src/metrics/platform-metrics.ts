import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics (`prom-client`), every name prefixed `scq_`. One registry per process, defined
 * once here: the embedded mode hosts every service in one process and they all count into the same series, told
 * apart by the `service` (or `consumer`) label where it matters, so no metric name is ever registered twice.
 *
 * Counters and histograms are incremented where the work already happens (HTTP edge, relay, consumer, lifecycle
 * runner, reminder processor). Gauges about stored state (outbox backlog, pending reminders, pool use, readiness) are
 * read when Prometheus scrapes, from sources each service registers while it runs ({@link ScrapeSources}).
 */
export const metricsRegistry = new Registry();

const registers = [metricsRegistry];

/** Something a gauge reads at scrape time; a source that fails or is slow is skipped (and counted), never fatal. */
export class ScrapeSources<T> {
  private readonly entries = new Set<{ key: string; read: () => Promise<T> | T }>();

  constructor(
    private readonly name: string,
    private readonly timeoutMs = 2000,
  ) {}

  /** Registers `read` under `key` (a service name); returns the function that removes it again. */
  add(key: string, read: () => Promise<T> | T): () => void {
    const entry = { key, read };
    this.entries.add(entry);
    return () => void this.entries.delete(entry);
  }

  async readAll(): Promise<Array<[string, T]>> {
    const results = await Promise.all(
      [...this.entries].map(async ({ key, read }): Promise<[string, T] | null> => {
        try {
          return [key, await withTimeout(Promise.resolve(read()), this.timeoutMs)];
        } catch {
          scrapeErrors.inc({ source: this.name });
          return null;
        }
      }),
    );
    return results.filter((result): result is [string, T] => result !== null);
  }

  /**
   * One read per scrape shared by the gauges it feeds: prom-client starts every gauge's collect in the same turn, so
   * they all join the read in flight; the next scrape reads afresh.
   */
  shared(): () => Promise<Array<[string, T]>> {
    let inFlight: Promise<Array<[string, T]>> | null = null;
    return () => (inFlight ??= this.readAll().finally(() => (inFlight = null)));
  }
}

const scrapeErrors = new Counter({ name: 'scq_metrics_scrape_source_errors_total', help: 'Scrape-time reads (database, readiness) that failed or took over 2 s', labelNames: ['source'], registers });

// ------------------------------------------------------------------------------------------------ HTTP

const httpRequestDuration = new Histogram({
  name: 'scq_http_request_duration_seconds',
  help: 'HTTP requests by method, route template (not the raw URL) and status code; _count is the request rate',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
});

// ------------------------------------------------------------------------------------------------ lifecycle

const transitions = new Counter({ name: 'scq_lifecycle_transitions_total', help: 'Committed lifecycle transitions (start included) by machine and event', labelNames: ['machine', 'event'], registers });

// ------------------------------------------------------------------------------------------------ outbox and relay

export interface OutboxBacklog {
  unsent: number;
  /** Seconds since the oldest unsent row was committed; 0 when none is waiting. */
  oldestUnsentAgeSeconds: number;
}
const outboxSources = new ScrapeSources<OutboxBacklog>('outbox');
const outboxBacklog = outboxSources.shared();
new Gauge({
  name: 'scq_outbox_unsent_messages',
  help: 'Outbox rows committed and not yet published, by service (read from the database at scrape time)',
  labelNames: ['service'],
  registers,
  async collect() {
    this.reset();
    for (const [service, backlog] of await outboxBacklog()) this.set({ service }, backlog.unsent);
  },
});
new Gauge({
  name: 'scq_outbox_oldest_unsent_age_seconds',
  help: 'Age of the oldest unsent outbox row, by service (0 when none waits)',
  labelNames: ['service'],
  registers,
  async collect() {
    this.reset();
    for (const [service, backlog] of await outboxBacklog()) this.set({ service }, backlog.oldestUnsentAgeSeconds);
  },
});
const relayed = new Counter({ name: 'scq_outbox_relayed_messages_total', help: 'Messages the outbox relay published to the bus, by service and topic', labelNames: ['service', 'topic'], registers });
const relayFailures = new Counter({ name: 'scq_outbox_relay_failures_total', help: 'Relay rounds that failed (bus or database) and were retried, by service', labelNames: ['service'], registers });

// ------------------------------------------------------------------------------------------------ consumers

const consumerLag = new Gauge({
  name: 'scq_consumer_lag_messages',
  help: "Messages behind the partition's end after the consumer's last batch (kafkajs offsetLag), by consumer group (one per service on Kafka), topic and partition",
  labelNames: ['group', 'topic', 'partition'],
  registers,
});
const consumed = new Counter({ name: 'scq_consumer_events_handled_total', help: 'Events a consumer handled (committed with its inbox row), by consumer and topic', labelNames: ['consumer', 'topic'], registers });
const ignored = new Counter({ name: 'scq_consumer_events_ignored_total', help: "Events a consumer's handler declined by its `when` (no transaction, no inbox row), by consumer and topic", labelNames: ['consumer', 'topic'], registers });
const duplicates = new Counter({ name: 'scq_inbox_duplicates_total', help: 'Redelivered events the inbox absorbed (already handled: skipped), by consumer and topic', labelNames: ['consumer', 'topic'], registers });
const handlerFailures = new Counter({ name: 'scq_consumer_handler_failures_total', help: 'Failed handler attempts (retried with backoff, then dead-lettered), by consumer and topic', labelNames: ['consumer', 'topic'], registers });
const deadLetters = new Counter({ name: 'scq_dead_letters_total', help: 'Messages sent to platform.dead-letter.v1, by consumer and original topic', labelNames: ['consumer', 'topic'], registers });

// ------------------------------------------------------------------------------------------------ reminders

export interface ReminderBacklog {
  pending: number;
  /** Pending reminders whose time passed over a minute ago (lost by the scheduler, or it is behind). */
  overdue: number;
}
const reminderSources = new ScrapeSources<ReminderBacklog>('reminders');
const reminderBacklog = reminderSources.shared();
new Gauge({
  name: 'scq_reminders_pending',
  help: 'Reminders, deadline and escalation jobs planned and not yet run (database, at scrape time)',
  registers,
  async collect() {
    this.reset();
    for (const [, backlog] of await reminderBacklog()) this.inc(backlog.pending);
  },
});
new Gauge({
  name: 'scq_reminders_overdue',
  help: 'Pending reminders whose run time passed over a minute ago (database, at scrape time)',
  registers,
  async collect() {
    this.reset();
    for (const [, backlog] of await reminderBacklog()) this.inc(backlog.overdue);
  },
});
const remindersFired = new Counter({
  name: 'scq_reminders_fired_total',
  help: 'Reminder jobs run, by outcome: fired (told, marked fired), skipped (a before-reminder after its deadline), ignored (cancelled or already run), unknown',
  labelNames: ['outcome'],
  registers,
});
const reminderLateness = new Histogram({
  name: 'scq_reminder_lateness_seconds',
  help: 'How late a reminder job started against the time it was scheduled for (first attempts)',
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800],
  registers,
});
const remindersSwept = new Counter({ name: 'scq_reminders_swept_total', help: 'Overdue jobs the scheduler missed and the sweep ran directly, by kind', labelNames: ['kind'], registers });

// ------------------------------------------------------------------------------------------------ database pool

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}
const poolSources = new ScrapeSources<PoolUse>('database-pool');
for (const [field, name, help] of [
  ['total', 'scq_db_pool_connections', 'Open connections of the service’s PostgreSQL pool'],
  ['idle', 'scq_db_pool_idle_connections', 'Idle connections of the pool'],
  ['waiting', 'scq_db_pool_waiting_clients', 'Queries waiting for a connection of the pool'],
  ['max', 'scq_db_pool_max_connections', 'The pool’s size limit'],
] as const) {
  new Gauge({
    name,
    help,
    labelNames: ['service'],
    registers,
    async collect() {
      this.reset();
      for (const [service, use] of await poolSources.readAll()) this.set({ service }, use[field]);
    },
  });
}

// ------------------------------------------------------------------------------------------------ readiness

export interface ReadinessSnapshot {
  checks: Array<{ name: string; ok: boolean }>;
}
const readinessSources = new ScrapeSources<ReadinessSnapshot>('readiness', 3000);
const readiness = readinessSources.shared();
new Gauge({
  name: 'scq_ready',
  help: 'Whether every readiness check passes (1) or not (0), as /health/ready reports',
  registers,
  async collect() {
    const reports = await readiness();
    this.set(reports.length > 0 && reports.every(([, report]) => report.checks.every((check) => check.ok)) ? 1 : 0);
  },
});
new Gauge({
  name: 'scq_readiness_check',
  help: 'Each readiness check: 1 passing, 0 failing',
  labelNames: ['check'],
  registers,
  async collect() {
    this.reset();
    for (const [, report] of await readiness()) for (const check of report.checks) this.set({ check: check.name }, check.ok ? 1 : 0);
  },
});

const schedulerStoreResets = new Counter({ name: 'scq_notification_scheduler_store_resets_total', help: 'Scheduler Redis found flushed or restarted by the notification service', labelNames: ['kind'], registers });
const schedulerStoreRestores = new Counter({ name: 'scq_notification_scheduler_store_restores_total', help: 'Restores of the scheduler jobs from the database after a Redis reset', labelNames: ['outcome'], registers });

let processMetrics = false;
const lagSeries = new Map<string, Map<string, { group: string; topic: string; partition: string }>>();

/** The instruments and scrape-time sources of the platform; import and use, never define a metric elsewhere. */
export const platformMetrics = {
  registry: metricsRegistry,
  /** Node's process metrics (`collectDefaultMetrics`, prefixed `scq_`): CPU, memory, event loop lag, GC, handles. Once per process. */
  collectProcessMetrics(): void {
    if (processMetrics) return;
    processMetrics = true;
    collectDefaultMetrics({ register: metricsRegistry, prefix: 'scq_' });
  },
  httpRequest(method: string, route: string, status: number, seconds: number): void {
    httpRequestDuration.observe({ method, route, status: String(status) }, seconds);
  },
  transition(machine: string, event: string): void {
    transitions.inc({ machine, event });
  },
  relayed(service: string, topics: string[]): void {
    const byTopic = new Map<string, number>();
    for (const topic of topics) byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
    for (const [topic, n] of byTopic) relayed.inc({ service, topic }, n);
  },
  relayFailed(service: string): void {
    relayFailures.inc({ service });
  },
  consumerLag(group: string, topic: string, partition: number, lag: number): void {
    const labels = { group, topic, partition: String(partition) };
    consumerLag.set(labels, Math.max(0, lag));
    const series = lagSeries.get(group) ?? new Map<string, typeof labels>();
    series.set(`${topic}\u0000${partition}`, labels);
    lagSeries.set(group, series);
  },
  forgetConsumerLag(group: string): void {
    // The series of a group that closed would stay at its last value: dropped with the subscription.
    for (const labels of lagSeries.get(group)?.values() ?? []) consumerLag.remove(labels);
    lagSeries.delete(group);
  },
  consumed(consumer: string, topic: string, outcome: 'handled' | 'ignored' | 'duplicate' | 'failed-attempt' | 'dead-lettered'): void {
    const counter = { handled: consumed, ignored, duplicate: duplicates, 'failed-attempt': handlerFailures, 'dead-lettered': deadLetters }[outcome];
    counter.inc({ consumer, topic });
  },
  reminderRun(outcome: string, latenessSeconds: number | null): void {
    remindersFired.inc({ outcome });
    if (latenessSeconds !== null) reminderLateness.observe(Math.max(0, latenessSeconds));
  },
  remindersSwept(report: Record<string, number>): void {
    for (const [kind, n] of Object.entries(report)) if (n > 0) remindersSwept.inc({ kind }, n);
  },
  /** The notification service found its scheduler's Redis flushed or restarted (`kind`), or restored its jobs (`outcome`). */
  schedulerStoreReset(kind: string): void {
    schedulerStoreResets.inc({ kind });
  },
  schedulerStoreRestore(outcome: 'restored' | 'failed'): void {
    schedulerStoreRestores.inc({ outcome });
  },
  outbox: outboxSources,
  reminders: reminderSources,
  databasePool: poolSources,
  readiness: readinessSources,
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
