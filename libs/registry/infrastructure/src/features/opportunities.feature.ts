import type { RegistryFeature } from './registry-feature';

export const opportunitiesFeature: RegistryFeature = { controllers: [], providers: [], migrations: [] };
