import { FinancingTotalsHttpController, ScenarioFinancingHttpController } from '../financing/financing.http.controller';
import { RegistryScenarioFinancing1767210000000 } from '../financing/financing.migration';
import type { RegistryFeature } from './registry-feature';

/** 场景贷, 场景保险, 国有投资基金跟投 (issue 18, point 1). */
export const financingFeature: RegistryFeature = {
  controllers: [ScenarioFinancingHttpController, FinancingTotalsHttpController],
  migrations: [RegistryScenarioFinancing1767210000000],
};
