import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, Idempotent, parseRequest, UuidPipe, ZodQuery } from '@scq/platform-http';
import { FactorRequestsHandler } from '@scq/registry-application';
import { factorAnswerSchema, factorRequestInputSchema, FACTOR_REQUEST_STATUSES } from '@scq/registry-domain';
import { FACTOR_KINDS, factorKinds } from '@scq/taxonomy';
import { conflict, invalid, notFound, refused } from '../registry.api-responses';
import { FactorKindListSchema, FactorRequestListSchema, FactorRequestSchema } from './factor-request.http.responses';

const WHO_READS = '提出单位与责任单位的经办人员、统筹协调单位、管理员 Officers of the requesting (owner) unit and of the responsible unit, the coordinator and admins; others 403 `OUT_OF_SCOPE`.';

export const factorRequestListQuery = z
  .object({
    as: z.enum(['responsible', 'owner'], { error: '应为 as must be responsible or owner' }).optional(),
    status: z.enum(FACTOR_REQUEST_STATUSES, { error: `应为 status must be one of: ${FACTOR_REQUEST_STATUSES.join(', ')}` }).optional(),
    kind: z.enum(FACTOR_KINDS, { error: `应为 kind must be one of: ${FACTOR_KINDS.join(', ')}` }).optional(),
    limit: z.coerce.number({ error: '应为整数 must be a whole number' }).int('应为整数 must be a whole number').min(1, '至少 1 at least 1').max(200, '最多 200 at most 200').default(100),
  })
  .strict();

/** 要素保障 of a scenario: its owner unit asks; the request goes to the unit responsible for the factor. */
@ApiTags('factor-support')
@Controller('api/scenarios/:scenarioId/factor-requests')
export class ScenarioFactorRequestsHttpController {
  constructor(private readonly requests: FactorRequestsHandler) {}

  @Post()
  @Access({ officer: 'own-unit' })
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  @ApiRoute({
    summary: '提出要素保障需求 Ask for factor support (officer of the scenario’s owner unit)',
    description:
      'The request is routed to the unit responsible for the factor (`GET /api/factor-kinds`: 土地 → 市规划自然资源局, 数据 → 市大数据发展局, 人才 → 市人力社保局, …) with an answer deadline in working days; the notification service reminds that unit and escalates when it is late (`registry.deadline.requested`).',
    body: factorRequestInputSchema,
    responses: { '201': { description: 'The request, awaiting an answer', schema: FactorRequestSchema }, '400': invalid, ...refused, '404': notFound },
  })
  request(@CurrentActor() actor: Actor, @Param('scenarioId', UuidPipe) scenarioId: string, @Body() body: unknown) {
    return this.requests.request(actor, scenarioId, parseRequest(factorRequestInputSchema, body));
  }

  @Get()
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({ summary: '场景的要素保障需求 A scenario’s factor support requests', description: `${WHO_READS} A responsible unit sees those routed to it.`, responses: { '200': { description: 'Oldest first', schema: FactorRequestListSchema }, ...refused, '404': notFound } })
  async list(@CurrentActor() actor: Actor, @Param('scenarioId', UuidPipe) scenarioId: string) {
    return { items: await this.requests.ofScenario(actor, scenarioId) };
  }
}

@ApiTags('factor-support')
@Controller('api/factor-requests')
export class FactorRequestsHttpController {
  constructor(private readonly requests: FactorRequestsHandler) {}

  @Get()
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({
    summary: '要素保障需求 Factor support requests (routed to or made by my unit; all for the coordinator)',
    description: '`as=responsible`: routed to the caller’s unit; `as=owner`: made by it. The coordinator and admins see all. Oldest first.',
    query: factorRequestListQuery,
    responses: { '200': { description: 'The requests', schema: FactorRequestListSchema }, '400': invalid, ...refused },
  })
  async list(@CurrentActor() actor: Actor, @ZodQuery(factorRequestListQuery) query: z.infer<typeof factorRequestListQuery>) {
    return { items: await this.requests.list(actor, query) };
  }

  @Get(':id')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({ summary: '要素保障需求 A factor support request', description: WHO_READS, responses: { '200': { description: 'The request', schema: FactorRequestSchema }, ...refused, '404': notFound } })
  get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string) {
    return this.requests.get(actor, id);
  }

  @Post(':id/answer')
  @Access({ officer: 'own-unit' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '答复要素保障需求 Answer a factor support request (officer of the responsible unit)',
    description: 'granted, partially-granted or declined, with the answer in words. Answering cancels the deadline and its reminders (`registry.deadline.cancelled`); a second answer is 409 `FACTOR_REQUEST_ANSWERED`.',
    body: factorAnswerSchema,
    responses: { '200': { description: 'The answered request', schema: FactorRequestSchema }, '400': invalid, ...refused, '404': notFound, '409': conflict },
  })
  answer(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: unknown) {
    return this.requests.answer(actor, id, parseRequest(factorAnswerSchema, body));
  }
}

@ApiTags('factor-support')
@Controller('api/factor-kinds')
export class FactorKindsHttpController {
  @Get()
  @Access.everyRole('everything')
  @ApiRoute({ summary: '要素类型及责任单位 The factor kinds and the unit responsible for each (data)', responses: { '200': { description: 'The kinds', schema: FactorKindListSchema } } })
  list() {
    return { items: factorKinds() };
  }
}
