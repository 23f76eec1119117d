import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { MixedList } from 'typeorm';
import { idempotencyMigration, openDatabase, SqlIdempotencyStore, type Database, type DatabaseLocation } from '@scq/platform-persistence';
import { LOGGER, ReadinessRegistry, type Logger } from '@scq/platform-observability';
import type { MessageBus } from '../bus/message-bus.port';
import { messagingMigrations } from '../messaging.migration';
import { ServiceMessaging } from '../service-messaging';
import { MESSAGE_BUS } from './bus.module';
import { ServiceMessagingRegistry } from './event-edge/service-messaging.registry';

export const SERVICE_DATABASE = Symbol('SERVICE_DATABASE');

export interface ServiceRuntimeOptions {
  service: string;
  schema: string;
  database: DatabaseLocation;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  relayIdleDelayMs?: number;
}

/** Starts the service's relay and consumers once the app is up; stops them and closes the database on shutdown. */
@Injectable()
export class ServiceRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    private readonly messaging: ServiceMessaging,
    readiness: ReadinessRegistry,
    @Inject(MESSAGE_BUS) bus: MessageBus,
  ) {
    readiness.add({ name: `database:${db.schema}`, check: async () => void (await db.query('SELECT 1')) });
    const busReady = bus.ready?.bind(bus);
    if (busReady) readiness.add({ name: 'message-bus', check: busReady });
  }

  async onApplicationBootstrap(): Promise<void> {
    // The groups join after the host listens (bootstrap-host.ts reports them): events wait in Kafka meanwhile.
    await this.messaging.start({ awaitJoin: false });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.messaging.stop();
    await this.db.close();
  }
}

/** The providers every service module needs: its own migrated database, its messaging, and their lifecycle. */
export function serviceRuntimeProviders(options: ServiceRuntimeOptions): Provider[] {
  return [
    {
      provide: SERVICE_DATABASE,
      useFactory: () => openDatabase({ schema: options.schema, ...options.database, migrations: [...messagingMigrations(options.schema), idempotencyMigration(options.schema), ...(options.migrations as unknown[] as never[])] }),
    },
    {
      provide: ServiceMessaging,
      inject: [SERVICE_DATABASE, MESSAGE_BUS, LOGGER, ServiceMessagingRegistry],
      useFactory: (db: Database, bus: MessageBus, logger: Logger, registry: ServiceMessagingRegistry) => {
        const messaging = new ServiceMessaging({ service: options.service, db, bus, logger: logger.child({ component: options.service }), relayIdleDelayMs: options.relayIdleDelayMs });
        registry.add(options.schema, messaging);
        return messaging;
      },
    },
    { provide: SqlIdempotencyStore, inject: [SERVICE_DATABASE], useFactory: (db: Database) => new SqlIdempotencyStore(db, db.schema) },
    ServiceRuntime,
  ];
}
