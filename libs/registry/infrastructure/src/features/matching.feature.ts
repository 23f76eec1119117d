import { ConsortiaConsumer } from '../matching/consortia.consumer';
import { OpportunitySuppliersHttpController, SupplierHttpController } from '../matching/matching.http.controller';
import { RegistryConsortia1767300000200, RegistrySupplierProfiles1767300000000 } from '../matching/matching.migration';
import type { RegistryFeature } from './registry-feature';

/** 供需对接: supplier profiles, credit status, ranked matches with reasons (issue 18, point 7); the workflow's consortia ranked too. */
export const matchingFeature: RegistryFeature = {
  controllers: [SupplierHttpController, OpportunitySuppliersHttpController, ConsortiaConsumer],
  migrations: [RegistrySupplierProfiles1767300000000, RegistryConsortia1767300000200],
};
