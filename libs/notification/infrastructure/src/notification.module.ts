import { Inject, Injectable, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import Redis from 'ioredis';
import { SERVICE_DATABASE, serviceRuntimeProviders } from '@scq/platform-messaging';
import { ReadinessRegistry } from '@scq/platform-observability';
import type { Database, DatabaseLocation } from '@scq/platform-persistence';
import { BullMqScheduler, DatabaseScheduler, schedulingMigration, type Scheduler } from '@scq/platform-scheduling';

export const NOTIFICATION_SERVICE = 'notification';
export const NOTIFICATION_SCHEDULER = Symbol('NOTIFICATION_SCHEDULER');

export interface NotificationModuleOptions {
  database: DatabaseLocation;
  /** Redis for BullMQ (production); without it the durable scheduler keeps its jobs in the service's database. */
  redisUrl?: string;
  redisPrefix?: string;
}

/** Starts the scheduler with the app, and stops it before the database closes. */
@Injectable()
class SchedulerRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(NOTIFICATION_SCHEDULER) private readonly scheduler: Scheduler) {}

  onApplicationBootstrap(): Promise<void> {
    return this.scheduler.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.scheduler.stop();
  }
}

/**
 * The notification service: its own schema with outbox and inbox, and the durable scheduler that
 * reminders and escalations will run on (BullMQ with REDIS_URL, the database table otherwise).
 * Calendars, reminder policies, escalations and channels come with the notification issue.
 */
@Module({})
export class NotificationModule {
  static register(options: NotificationModuleOptions): DynamicModule {
    return {
      module: NotificationModule,
      providers: [
        ...serviceRuntimeProviders({ service: NOTIFICATION_SERVICE, schema: 'notification', database: options.database, migrations: [schedulingMigration('notification')] }),
        {
          provide: NOTIFICATION_SCHEDULER,
          inject: [SERVICE_DATABASE, ReadinessRegistry],
          useFactory: (db: Database, readiness: ReadinessRegistry): Scheduler => {
            if (!options.redisUrl) return new DatabaseScheduler({ db, schema: 'notification' });
            const redisUrl = options.redisUrl;
            readiness.add({ name: 'redis', check: () => pingRedis(redisUrl) });
            return new BullMqScheduler({ connection: { url: redisUrl }, prefix: options.redisPrefix ?? 'scq' });
          },
        },
        SchedulerRuntime,
      ],
      exports: [NOTIFICATION_SCHEDULER],
    };
  }
}

async function pingRedis(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1500, retryStrategy: () => null });
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}
