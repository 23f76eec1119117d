import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, parseRequest, UuidPipe } from '@scq/platform-http';
import { BenefitSharingHandler } from '@scq/registry-application';
import { benefitSharingInputSchema } from '@scq/registry-domain';
import { conflict, invalid, notFound, refused } from '../registry.api-responses';
import { BenefitSharingAgreementSchema, BenefitSharingOverviewSchema } from './benefit-sharing.http.responses';

const versionParam = z.object({ version: z.string().regex(/^[1-9]\d{0,5}$/, '版本号应为正整数 version must be a positive whole number').transform(Number) });

const WHO_READS = '牵头单位经办人员、统筹协调单位、管理员 The owner unit’s officers, the coordinator and admins; others 403 `OUT_OF_SCOPE`.';

/**
 * 收益分享: after a successful pilot and a completed value assessment, the owner unit's officers make the scenario's
 * benefit-sharing agreement and amend it by new versions (the old ones kept); shares are integer basis points adding up
 * to exactly 10000 (100 %).
 */
@ApiTags('benefit-sharing')
@Controller('api/scenarios/:scenarioId/benefit-sharing')
export class BenefitSharingHttpController {
  constructor(private readonly benefitSharing: BenefitSharingHandler) {}

  @Post()
  @Access({ officer: 'own-unit' })
  @HttpCode(HttpStatus.CREATED)
  @ApiRoute({
    summary: '登记或修订收益分享协议 Make or amend a scenario’s benefit-sharing agreement (officer of its owner unit)',
    description:
      'Parties (at least two, each with a role and `shareBasisPoints`, an integer; 10000 = 100 %) must add up to exactly 10000 (400 on `parties` otherwise). ' +
      'Only after a successful pilot — the stage after a passed 成效评估 (`operating.scaling` or `scaled`) — and a completed, passed value assessment (认定评估 with 场景价值评估): 409 `NO_SUCCESSFUL_PILOT` or `NO_VALUE_ASSESSMENT` otherwise. ' +
      'The first agreement omits `amends`; an amendment names the current version in `amends` with an `amendmentReason` and becomes the next version (409 `AGREEMENT_VERSION` when `amends` is not the current version).',
    body: benefitSharingInputSchema,
    responses: { '201': { description: 'The new version, current', schema: BenefitSharingAgreementSchema }, '400': invalid, ...refused, '404': notFound, '409': conflict },
  })
  record(@CurrentActor() actor: Actor, @Param('scenarioId', UuidPipe) scenarioId: string, @Body() body: unknown) {
    return this.benefitSharing.record(actor, scenarioId, parseRequest(benefitSharingInputSchema, body));
  }

  @Get()
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({
    summary: '收益分享协议 A scenario’s benefit-sharing agreement: the current version, every version, and what it rests on',
    description: WHO_READS,
    responses: { '200': { description: 'The agreement’s versions and basis', schema: BenefitSharingOverviewSchema }, '400': invalid, ...refused, '404': notFound },
  })
  overview(@CurrentActor() actor: Actor, @Param('scenarioId', UuidPipe) scenarioId: string) {
    return this.benefitSharing.overview(actor, scenarioId);
  }

  @Get('versions/:version')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({
    summary: '收益分享协议的某一版本 One version of a scenario’s benefit-sharing agreement',
    description: WHO_READS,
    responses: { '200': { description: 'The version (`current` says whether it is the latest)', schema: BenefitSharingAgreementSchema }, '400': invalid, ...refused, '404': notFound },
  })
  version(
    @CurrentActor() actor: Actor,
    @Param('scenarioId', UuidPipe) scenarioId: string,
    @Param('version') version: string,
  ) {
    return this.benefitSharing.version(actor, scenarioId, parseRequest(versionParam, { version }).version);
  }
}
