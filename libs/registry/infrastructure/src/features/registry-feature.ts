import type { Provider, Type } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';

/**
 * One slice of the registry (batch lists, opportunities and matchmaking, targets, search, …): its HTTP
 * controllers, providers and migrations. The registry module composes them; each slice keeps its own files.
 * Providers may inject SERVICE_DATABASE and ServiceMessaging (from @scq/platform-messaging).
 */
export interface RegistryFeature {
  controllers: Array<Type<unknown>>;
  providers: Provider[];
  migrations: Array<new () => MigrationInterface>;
}
