import type { Type } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';

/**
 * One slice of the registry (batch lists, opportunities and matchmaking, targets, search, …): its HTTP
 * controllers and migrations. The registry module composes them; each slice keeps its own files, and its
 * repositories and use cases are built with the rest of the registry in `composeRegistry` (registry.composition.ts).
 */
export interface RegistryFeature {
  controllers: Array<Type<unknown>>;
  migrations: Array<new () => MigrationInterface>;
}
