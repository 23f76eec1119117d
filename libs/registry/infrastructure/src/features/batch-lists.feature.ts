import type { RegistryFeature } from './registry-feature';

export const batchListsFeature: RegistryFeature = { controllers: [], providers: [], migrations: [] };
