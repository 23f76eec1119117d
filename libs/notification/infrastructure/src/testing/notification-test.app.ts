import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { EventEnvelope, TopicName } from '@scq/contracts';
import { REMINDER_QUEUE, reminderOfJob, type ReminderJob } from '@scq/notification-application';
import { DEFAULT_REMINDER_POLICIES, ScaledDeadlineCalculator, type ReminderPolicies } from '@scq/notification-domain';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import type { DatabaseLocation } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import type { Scheduler } from '@scq/platform-scheduling';
import { callerHeaders, slowTimeout } from '@scq/platform-testing';
import { NOTIFICATION_SCHEDULER, NotificationModule, type NotificationModuleOptions } from '../notification.module';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface TestAppOptions extends Partial<Omit<NotificationModuleOptions, 'database'>> {
  database: DatabaseLocation;
  /** One working day lasts this long (the scaled calculator). */
  msPerWorkingDay: number;
}

/** Extra deadline names the tests use, next to the platform's policies. */
export const TEST_POLICIES: ReminderPolicies = {
  ...DEFAULT_REMINDER_POLICIES,
  byDeadline: {
    ...DEFAULT_REMINDER_POLICIES.byDeadline,
    // One plain reminder and the deadline itself, nothing critical: for digests and quiet hours.
    gentle: { before: [{ workingDaysBefore: 1, audience: ['responsible-units'] }], atDeadline: { audience: ['responsible-units'] }, escalations: [] },
    // A critical escalation right after the deadline.
    urgent: {
      before: [{ workingDaysBefore: 1, audience: ['responsible-units'] }],
      atDeadline: { audience: ['responsible-units'] },
      escalations: [{ level: 1, workingDaysAfter: 1, audience: ['responsible-units'], critical: true }],
    },
  },
};

/** The notification service in a Nest host on a random port, over an in-process bus the test publishes into. */
export class NotificationTestApp {
  private constructor(
    readonly host: RunningHost,
    readonly bus: InProcessMessageBus,
    readonly options: TestAppOptions,
  ) {}

  static async start(options: TestAppOptions): Promise<NotificationTestApp> {
    const bus = new InProcessMessageBus();
    const { msPerWorkingDay, ...moduleOptions } = options;
    const host = await bootstrapHost({
      name: 'notification-test',
      logger: createLogger('notification-test', process.env.TEST_LOG_LEVEL ?? 'warn'),
      bus,
      port: 0,
      host: '127.0.0.1',
      modules: [
        NotificationModule.register({
          calculator: new ScaledDeadlineCalculator(msPerWorkingDay),
          policies: TEST_POLICIES,
          deliveryRetry: { maxAttempts: 3, baseDelayMs: 150, maxDelayMs: 1000 },
          dispatcher: { idleMs: 200 },
          sweepIntervalMs: 0,
          dueNoticeWaitMs: 500,
          // The test receivers listen on this machine, which production refuses as a webhook target.
          webhookAllowedNetworks: '127.0.0.0/8',
          ...moduleOptions,
        }),
      ],
    });
    return new NotificationTestApp(host, bus, options);
  }

  get url(): string {
    return this.host.url;
  }

  get scheduler(): Scheduler {
    return this.host.app.get(NOTIFICATION_SCHEDULER);
  }

  get<T>(token: new (...args: never[]) => T): T {
    return this.host.app.get(token);
  }

  /** Publishes an event as its producer would; resolves once the service's consumers handled it. */
  async deliver<T extends TopicName>(topic: T, type: string, subject: string, data: Record<string, unknown>): Promise<EventEnvelope> {
    const envelope = buildEnvelope('test', topic, type as never, { subject, data: data as never }) as EventEnvelope;
    await this.redeliver(topic, envelope);
    return envelope;
  }

  /** The same message again (at-least-once delivery). */
  async redeliver(topic: TopicName, envelope: EventEnvelope): Promise<void> {
    await this.bus.publish([{ topic, key: envelope.subject, value: JSON.stringify(envelope) }]);
  }

  /** The service's `notification.deadline.v1` events so far (reached, reminder dispatched, escalation raised). */
  events(type?: string, deadlineId?: string): Json[] {
    return this.bus
      .messages('notification.deadline.v1')
      .map((message) => JSON.parse(message.value) as Json)
      .filter((event) => (!type || event.type === type) && (!deadlineId || event.data.deadlineId === deadlineId));
  }

  async call(method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
  }

  close(): Promise<void> {
    return this.host.close();
  }
}

/** The caller as the gateway would name it: a service token signed with the test key. */
export function person(id: string, roles: string, unit?: string): Record<string, string> {
  return callerHeaders({ id, roles: roles.split(','), unit });
}

/** A `workflow.deadline.requested` payload (deadline id `<instance>.<name>-1`, as the workflow names them). */
export function deadlineRequest(overrides: Record<string, unknown> & { deadline: string; requestedAt: Date }): Record<string, unknown> & { deadlineId: string; instanceId: string } {
  const instanceId = (overrides.instanceId as string | undefined) ?? randomUUID();
  const { requestedAt, ...rest } = overrides;
  return {
    deadlineId: `${instanceId}.${overrides.deadline}-1`,
    instanceId,
    machineId: 'scenario-lifecycle',
    subjectId: randomUUID(),
    stage: 'operating.piloting',
    responsibleUnits: ['市交通运输委'],
    workingDays: 4,
    ...rest,
    requestedAt: requestedAt.toISOString(),
  } as Record<string, unknown> & { deadlineId: string; instanceId: string };
}

/**
 * The pending reminder jobs of one deadline, as `<deadlineId>.<key>` (their job ids are hashes), in the scheduler's
 * order (runAt, then job id).
 */
export async function pendingReminders(scheduler: Scheduler, deadlineId: string): Promise<string[]> {
  return (await scheduler.pending(REMINDER_QUEUE))
    .map((job) => reminderOfJob(job.payload as ReminderJob))
    .filter((reminder) => reminder.deadlineId === deadlineId)
    .map((reminder) => `${reminder.deadlineId}.${reminder.key}`);
}

export function uniquePrefix(label: string): string {
  return `scq-test-${label}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Deletes the keys of one BullMQ prefix (never FLUSHALL: other tests share the server). Returns how many. */
export async function deleteRedisKeys(prefix: string, url = TEST_REDIS_URL): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
  return deleted;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Polls until the probe gives something truthy (an array: non-empty) and returns it; gives up after a quarter of the slow-test knob. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = slowTimeout(0.25)): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (Array.isArray(value) ? value.length > 0 : value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}
