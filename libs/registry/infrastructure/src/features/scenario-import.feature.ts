import { ScenarioImportHttpController } from '../scenario-import/scenario-import.http.controller';
import type { RegistryFeature } from './registry-feature';

/** 批量导入: the Excel template, a dry run that reports each row's problems, the import of the valid rows. */
export const scenarioImportFeature: RegistryFeature = { controllers: [ScenarioImportHttpController], migrations: [] };
