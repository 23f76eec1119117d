import type { RegistryFeature } from './registry-feature';

export const targetsFeature: RegistryFeature = { controllers: [], providers: [], migrations: [] };
