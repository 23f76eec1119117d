import { OpportunitySuppliersHttpController, SupplierHttpController } from '../matching/matching.http.controller';
import { RegistrySupplierProfiles1767300000000 } from '../matching/matching.migration';
import type { RegistryFeature } from './registry-feature';

/** 供需对接: supplier profiles, credit status, ranked matches with reasons (issue 18, point 7). */
export const matchingFeature: RegistryFeature = {
  controllers: [SupplierHttpController, OpportunitySuppliersHttpController],
  migrations: [RegistrySupplierProfiles1767300000000],
};
