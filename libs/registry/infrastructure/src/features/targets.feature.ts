import { TargetProgressHttpController } from '../targets/target-progress.http.controller';
import type { RegistryFeature } from './registry-feature';

/** 年度目标跟踪 (issue 4, item 7). It reads the tables of the scenario and opportunities slices and owns none. */
export const targetsFeature: RegistryFeature = { controllers: [TargetProgressHttpController], migrations: [] };
