import { FactorKindsHttpController, FactorRequestsHttpController, ScenarioFactorRequestsHttpController } from '../factor-support/factor-request.http.controller';
import { RegistryFactorRequests1767300000000 } from '../factor-support/factor-request.migration';
import type { RegistryFeature } from './registry-feature';

/** 要素保障: factor support requests routed to the responsible unit, with an answer deadline (issue 18, point 6). */
export const factorSupportFeature: RegistryFeature = {
  controllers: [ScenarioFactorRequestsHttpController, FactorRequestsHttpController, FactorKindsHttpController],
  migrations: [RegistryFactorRequests1767300000000],
};
