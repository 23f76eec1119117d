import { RegistryTasksHttpController } from '../tasks/registry-tasks.http.controller';
import type { RegistryFeature } from './registry-feature';

/** 我的待办: what waits on the coordinator in the registry (the gateway merges it into `GET /api/tasks`). */
export const tasksFeature: RegistryFeature = { controllers: [RegistryTasksHttpController], migrations: [] };
