import { batchListsFeature } from './batch-lists.feature';
import { benefitSharingFeature } from './benefit-sharing.feature';
import { employmentRiskFeature } from './employment-risk.feature';
import { factorSupportFeature } from './factor-support.feature';
import { financingFeature } from './financing.feature';
import { matchingFeature } from './matching.feature';
import { opportunitiesFeature } from './opportunities.feature';
import { procurementFeature } from './procurement.feature';
import type { RegistryFeature } from './registry-feature';
import { scenarioImportFeature } from './scenario-import.feature';
import { searchFeature } from './search.feature';
import { targetsFeature } from './targets.feature';
import { tasksFeature } from './tasks.feature';

export const registryFeatures: RegistryFeature[] = [
  scenarioImportFeature,
  batchListsFeature,
  opportunitiesFeature,
  targetsFeature,
  searchFeature,
  tasksFeature,
  financingFeature,
  procurementFeature,
  benefitSharingFeature,
  matchingFeature,
  factorSupportFeature,
  employmentRiskFeature,
];
