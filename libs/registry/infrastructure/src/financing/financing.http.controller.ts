import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, Idempotent, OVERSEERS, parseRequest, UuidPipe } from '@scq/platform-http';
import { ScenarioFinancingHandler } from '@scq/registry-application';
import { financingInputSchema, financingStatusChangeSchema } from '@scq/registry-domain';
import { conflict, invalid, notFound, refused } from '../registry.api-responses';
import { FinancingListSchema, FinancingSchema, FinancingTotalsSchema } from './financing.http.responses';

const WHO_READS = '牵头单位经办人员、统筹协调单位、市委金融办（按单位识别）、市领导和审计人员 The owner unit’s officers, the coordinator, 市委金融办 (recognised by its unit), the leadership and auditors; others 403 `OUT_OF_SCOPE`.';

/**
 * 场景贷, 场景保险, 国有投资基金跟投 of a scenario: the owner unit's officers record them and change their status; the
 * owner unit, the coordinator and 市委金融办 read them. Amounts are integer fen (`amountFen`).
 */
@ApiTags('financing')
@Controller('api/scenarios/:scenarioId/financing')
export class ScenarioFinancingHttpController {
  constructor(private readonly financing: ScenarioFinancingHandler) {}

  @Post()
  @Access({ officer: 'own-unit' })
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  @ApiRoute({
    summary: '登记融资 Record a financing of a scenario (officer of its owner unit)',
    description: '`amountFen`: an integer number of fen (1 元 = 100 分), more than 0 and at most 10^14; a fraction of a fen, a string or a float is refused (400).',
    body: financingInputSchema,
    responses: { '201': { description: 'The financing, status applied', schema: FinancingSchema }, '400': invalid, ...refused, '404': notFound },
  })
  record(@CurrentActor() actor: Actor, @Param('scenarioId', UuidPipe) scenarioId: string, @Body() body: unknown) {
    return this.financing.record(actor, scenarioId, parseRequest(financingInputSchema, body));
  }

  @Get()
  @Access({ ...OVERSEERS, officer: 'own-unit' })
  @ApiRoute({ summary: '场景融资 The financing of a scenario', description: WHO_READS, responses: { '200': { description: 'Oldest first', schema: FinancingListSchema }, ...refused, '404': notFound } })
  async list(@CurrentActor() actor: Actor, @Param('scenarioId', UuidPipe) scenarioId: string) {
    return { items: await this.financing.list(actor, scenarioId) };
  }

  @Post(':id/status')
  @Access({ officer: 'own-unit' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '变更融资状态 Change a financing’s status (approve, disburse, decline, close)',
    description: 'applied → approved → disbursed → closed; applied or approved → declined or closed. Any other move is 409 `FINANCING_STATUS`.',
    body: financingStatusChangeSchema,
    responses: { '200': { description: 'The financing', schema: FinancingSchema }, '400': invalid, ...refused, '404': notFound, '409': conflict },
  })
  change(@CurrentActor() actor: Actor, @Param('scenarioId', UuidPipe) scenarioId: string, @Param('id', UuidPipe) id: string, @Body() body: unknown) {
    return this.financing.change(actor, scenarioId, id, parseRequest(financingStatusChangeSchema, body));
  }
}

@ApiTags('financing')
@Controller('api/financing')
export class FinancingTotalsHttpController {
  constructor(private readonly financing: ScenarioFinancingHandler) {}

  @Get('totals')
  @Access({ ...OVERSEERS, officer: 'own-unit' })
  @ApiRoute({
    summary: '融资汇总 Financing totals by kind, domain and district (coordinator, 市委金融办)',
    description: '统筹协调单位、市委金融办（按单位识别）、市领导和审计人员可查看，其他 403 The coordinator, 市委金融办 (an officer of that unit), the leadership and auditors; others 403 `OUT_OF_SCOPE`. Amounts are decimal strings of fen.',
    responses: { '200': { description: 'The totals', schema: FinancingTotalsSchema }, ...refused },
  })
  totals(@CurrentActor() actor: Actor) {
    return this.financing.totals(actor);
  }
}
