import { ProcurementMethodsHttpController, ScenarioProcurementHttpController } from '../procurement/procurement.http.controller';
import { RegistryScenarioProcurement1767218000000 } from '../procurement/procurement.migration';
import type { RegistryFeature } from './registry-feature';

/** 采购途径与首台(套) of a scenario, filterable and exported (issue 18, point 8). */
export const procurementFeature: RegistryFeature = {
  controllers: [ScenarioProcurementHttpController, ProcurementMethodsHttpController],
  migrations: [RegistryScenarioProcurement1767218000000],
};
