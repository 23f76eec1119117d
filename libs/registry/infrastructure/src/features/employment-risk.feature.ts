import { EmploymentRiskHttpController, ScenarioEmploymentHttpController } from '../employment-risk/employment-risk.http.controller';
import { RegistryEmploymentReports1767300000100 } from '../employment-risk/employment-report.migration';
import type { RegistryFeature } from './registry-feature';

/** 就业风险监测: employment indicators per scenario and period, thresholds as data, breaches announced (issue 18, point 5). */
export const employmentRiskFeature: RegistryFeature = {
  controllers: [ScenarioEmploymentHttpController, EmploymentRiskHttpController],
  migrations: [RegistryEmploymentReports1767300000100],
};
