import { Module, type DynamicModule } from '@nestjs/common';
import { serviceRuntimeProviders } from '@scq/platform-messaging';
import type { DatabaseLocation } from '@scq/platform-persistence';

export const NOTIFICATION_SERVICE = 'notification';

/**
 * The notification service's process shell: its own schema with outbox and inbox, relay, health.
 * Calendars, reminders, escalations and channels come with the notification issue.
 */
@Module({})
export class NotificationModule {
  static register(options: { database: DatabaseLocation }): DynamicModule {
    return { module: NotificationModule, providers: serviceRuntimeProviders({ service: NOTIFICATION_SERVICE, schema: 'notification', database: options.database, migrations: [] }) };
  }
}
