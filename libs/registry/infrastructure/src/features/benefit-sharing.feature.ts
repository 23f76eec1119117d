import { AssessmentOutcomesConsumer } from '../benefit-sharing/assessment-outcomes.consumer';
import { BenefitSharingHttpController } from '../benefit-sharing/benefit-sharing.http.controller';
import { RegistryBenefitSharing1767218000100 } from '../benefit-sharing/benefit-sharing.migration';
import type { RegistryFeature } from './registry-feature';

/** 收益分享 agreements, versioned, resting on the scenario's assessment outcomes (issue 18, point 4). */
export const benefitSharingFeature: RegistryFeature = {
  controllers: [BenefitSharingHttpController, AssessmentOutcomesConsumer],
  migrations: [RegistryBenefitSharing1767218000100],
};
