import { randomUUID } from 'node:crypto';
import { buildEnvelope, KafkaMessageBus } from '@scq/platform-messaging';
import { callerHeaders, createTestDatabase, eventually, startKafkaMockCluster, startServiceProcess, type KafkaMockCluster, type ServiceProcess, type TestDatabase } from '@scq/platform-testing';

/** One sample of the Prometheus text format: `name{label="value",…} number`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line.trim());
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, name, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[name] = value;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one series of `name` whose labels include `labels` (undefined when there is none). */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return found.length === 0 ? undefined : found.reduce((sum, s) => sum + s.value, 0);
}

const METRICS_TOKEN = 'metrics-e2e-7f3a9c1d5b2e8f4a6c0d9e1b3a5f7c2d';
const CONSUMER = 'notification.deadline-requested';
const TOPIC = 'workflow.deadline.v1';
const officer = callerHeaders({ id: 'officer-metrics', roles: ['officer'], unit: '市交通运输委' });

/**
 * GET /metrics of a real notification process (PostgreSQL, the Kafka wire protocol, Redis and BullMQ) after traffic:
 * the HTTP, consumer, inbox, dead-letter, outbox, relay, reminder, pool and process series, with sensible values.
 */
describe('Prometheus metrics of a running service', () => {
  let kafka: KafkaMockCluster;
  let database: TestDatabase;
  let notification: ServiceProcess | undefined;
  let bus: KafkaMessageBus | undefined;

  beforeAll(async () => {
    [kafka, database] = await Promise.all([startKafkaMockCluster(), createTestDatabase('metrics')]);
    notification = await startServiceProcess('notification', {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: kafka.brokers.join(','),
      KAFKA_TOPIC_PREFIX: `${kafka.prefix}.`,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `scq-${kafka.prefix}`,
      METRICS_TOKEN,
      // One working day lasts four seconds: the reminders of a two-day deadline fire within the test.
      NOTIFICATION_DEMO_WORKING_DAY_MS: '4000',
    });
    // Listening is not joined: the tests count from the consumer groups joined.
    await notification.consumersJoined();
    bus = new KafkaMessageBus({ brokers: kafka.brokers, clientId: 'metrics-e2e', prefix: `${kafka.prefix}.` });
  });

  afterAll(async () => {
    const code = await notification?.stop();
    await bus?.close();
    await Promise.all([kafka?.stop(), database?.drop()]);
    expect(code).toBe(0);
  });

  async function scrape(): Promise<Sample[]> {
    const response = await fetch(`${notification?.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return parseMetrics(await response.text());
  }

  it('answers /metrics only with the metrics token', async () => {
    const url = `${notification?.url}/metrics`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    expect((await fetch(url, { headers: { authorization: 'Bearer not-the-token' } })).status).toBe(401);
    // A service token (what the gateway forwards) is not the metrics token either.
    expect((await fetch(url, { headers: officer })).status).toBe(401);
    const samples = await scrape();
    expect(valueOf(samples, 'scq_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(samples, 'scq_ready')).toBe(1);
    expect(valueOf(samples, 'scq_readiness_check', { check: 'redis' })).toBe(1);
    expect(valueOf(samples, 'scq_db_pool_max_connections', { service: 'notification' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'scq_db_pool_connections', { service: 'notification' })).toBeGreaterThan(0);
  });

  it('counts HTTP requests by route template and status, never by raw URL', async () => {
    const itemId = randomUUID();
    expect((await fetch(`${notification?.url}/api/notifications/inbox`, { headers: officer })).status).toBe(200);
    expect((await fetch(`${notification?.url}/api/notifications/inbox/${itemId}/read`, { method: 'POST', headers: officer })).status).toBe(404);
    expect((await fetch(`${notification?.url}/no/such/path/${itemId}`)).status).toBe(404);
    const samples = await eventually(async () => {
      const found = await scrape();
      return valueOf(found, 'scq_http_request_duration_seconds_count', { route: '/api/notifications/inbox/:id/read' }) ? found : undefined;
    });
    expect(valueOf(samples, 'scq_http_request_duration_seconds_count', { method: 'GET', route: '/api/notifications/inbox', status: '200' })).toBe(1);
    expect(valueOf(samples, 'scq_http_request_duration_seconds_count', { method: 'POST', route: '/api/notifications/inbox/:id/read', status: '404' })).toBe(1);
    expect(valueOf(samples, 'scq_http_request_duration_seconds_count', { route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(samples.some((s) => Object.values(s.labels).some((value) => value.includes(itemId)))).toBe(false);
    // Scrapes are not requests of the API.
    expect(samples.some((s) => s.labels.route === '/metrics')).toBe(false);
  });

  it('shows consumed events, an absorbed duplicate, a dead letter, the relay catching up, pending and fired reminders', async () => {
    const instanceId = randomUUID();
    const data = {
      deadlineId: `${instanceId}.revision-1`,
      instanceId,
      machineId: 'application-lifecycle',
      subjectId: randomUUID(),
      deadline: 'revision',
      stage: 'revision',
      responsibleUnits: ['市交通运输委'],
      requestedAt: new Date().toISOString(),
      workingDays: 2,
    };
    const envelope = buildEnvelope('metrics-e2e', TOPIC, 'workflow.deadline.requested', { subject: instanceId, data });
    await bus?.publish([{ topic: TOPIC, key: instanceId, value: JSON.stringify(envelope) }]);
    await bus?.publish([{ topic: TOPIC, key: instanceId, value: JSON.stringify(envelope) }]);
    await bus?.publish([{ topic: TOPIC, key: 'garbage', value: '{ not json' }]);

    const afterTraffic = await eventually(async () => {
      const samples = await scrape();
      const labels = { consumer: CONSUMER, topic: TOPIC };
      const seen = {
        handled: valueOf(samples, 'scq_consumer_events_handled_total', labels),
        duplicates: valueOf(samples, 'scq_inbox_duplicates_total', labels),
        deadLetters: valueOf(samples, 'scq_dead_letters_total', labels),
        // Every consumer of the topic (deadline-requested and deadline-cancelled) dead-letters the garbage once.
        deadLettersOfTopic: valueOf(samples, 'scq_dead_letters_total', { topic: TOPIC }),
        relayed: valueOf(samples, 'scq_outbox_relayed_messages_total', { service: 'notification', topic: 'platform.dead-letter.v1' }),
        unsent: valueOf(samples, 'scq_outbox_unsent_messages', { service: 'notification' }),
      };
      const settled = seen.handled === 1 && seen.duplicates === 1 && seen.deadLetters === 1 && seen.relayed === seen.deadLettersOfTopic && seen.unsent === 0;
      if (!settled) throw new Error(`not settled yet: ${JSON.stringify(seen)}`);
      return samples;
    }, 60_000, 250);
    // The relay caught up: nothing waits, so nothing is old.
    expect(valueOf(afterTraffic, 'scq_outbox_oldest_unsent_age_seconds', { service: 'notification' })).toBe(0);
    // The deadline's reminders, due notice and escalations are planned and not yet run.
    expect(valueOf(afterTraffic, 'scq_reminders_pending')).toBeGreaterThan(0);
    expect(valueOf(afterTraffic, 'scq_reminders_overdue')).toBe(0);
    // The lag of the service's consumer group (its consumers share one), per partition it read: caught up.
    const lag = afterTraffic.filter((s) => s.name === 'scq_consumer_lag_messages' && s.labels.group === 'notification.events' && s.labels.topic === TOPIC);
    expect(lag.length).toBeGreaterThan(0);
    expect(lag.every((s) => /^\d+$/.test(s.labels.partition) && s.value === 0)).toBe(true);
    expect(valueOf(afterTraffic, 'scq_outbox_relay_failures_total')).toBeUndefined();

    // A working day lasts four seconds here: the reminders come due, BullMQ runs them, and they are counted with their lateness.
    const fired = await eventually(async () => {
      const samples = await scrape();
      return (valueOf(samples, 'scq_reminders_fired_total', { outcome: 'fired' }) ?? 0) >= 1 ? samples : undefined;
    }, 60_000, 500);
    expect(valueOf(fired, 'scq_reminder_lateness_seconds_count')).toBeGreaterThanOrEqual(1);
    // Lateness is a scheduling delay, not the reminder's whole wait: far under a working day.
    expect(valueOf(fired, 'scq_reminder_lateness_seconds_bucket', { le: '2.5' })).toBe(valueOf(fired, 'scq_reminder_lateness_seconds_count'));
    expect(valueOf(fired, 'scq_reminders_pending')).toBeLessThan(valueOf(afterTraffic, 'scq_reminders_pending') as number);
  });
});
