import { z } from 'zod';
import { BENEFIT_PARTY_ROLES } from '@scq/registry-domain';

const outcome = z
  .object({
    assessmentId: z.guid(),
    scenarioId: z.guid(),
    purpose: z.enum(['recognition', 'effectiveness']).describe('recognition 认定评估 (scores 场景价值评估), effectiveness 成效评估 (the pilot)'),
    passed: z.boolean(),
    explanation: z.string(),
    finalizedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ScenarioAssessmentOutcome' });

export const BenefitSharingAgreementSchema = z
  .object({
    id: z.guid(),
    scenarioId: z.guid(),
    version: z.number().int().min(1),
    current: z.boolean().describe('Only the latest version is current'),
    ownerUnit: z.string(),
    parties: z.array(
      z.object({
        name: z.string(),
        role: z.enum(BENEFIT_PARTY_ROLES),
        shareBasisPoints: z.number().int().min(1).max(10000).describe('基点 basis points, an integer: 10000 = 100%'),
      }),
    ),
    basis: z.string(),
    effectiveFrom: z.iso.date(),
    effectiveTo: z.iso.date().nullable(),
    pilotAssessmentId: z.guid(),
    valueAssessmentId: z.guid(),
    pilotAssessment: outcome.nullable().describe('The passed 成效评估 of the pilot'),
    valueAssessment: outcome.nullable().describe('The passed 认定评估 whose rubrics include 场景价值评估'),
    amendmentReason: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'BenefitSharingAgreement', description: '收益分享协议（某一版本） A version of a scenario’s benefit-sharing agreement' });

export const BenefitSharingOverviewSchema = z
  .object({
    basis: z.object({
      stage: z.string().nullable(),
      pilot: outcome.nullable(),
      value: outcome.nullable(),
      refusals: z.array(z.object({ code: z.enum(['NO_SUCCESSFUL_PILOT', 'NO_VALUE_ASSESSMENT']), zh: z.string(), en: z.string() })).describe('Why an agreement cannot be made yet; empty: it can'),
    }),
    current: BenefitSharingAgreementSchema.nullable(),
    versions: z.array(BenefitSharingAgreementSchema).describe('Newest first'),
  })
  .meta({ id: 'BenefitSharingOverview' });
