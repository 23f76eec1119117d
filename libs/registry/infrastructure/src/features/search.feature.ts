import type { RegistryFeature } from './registry-feature';

export const searchFeature: RegistryFeature = { controllers: [], providers: [], migrations: [] };
