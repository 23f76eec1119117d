import { Module, type DynamicModule } from '@nestjs/common';
import { serviceRuntimeProviders } from '@scq/platform-messaging';
import type { DatabaseLocation } from '@scq/platform-persistence';

export const EVALUATION_SERVICE = 'evaluation';

/**
 * The evaluation service's process shell: its own schema with outbox and inbox, relay, health.
 * Rubrics, assignment, scoring and consensus come with the evaluation issue.
 */
@Module({})
export class EvaluationModule {
  static register(options: { database: DatabaseLocation }): DynamicModule {
    return { module: EvaluationModule, providers: serviceRuntimeProviders({ service: EVALUATION_SERVICE, schema: 'evaluation', database: options.database, migrations: [] }) };
  }
}
