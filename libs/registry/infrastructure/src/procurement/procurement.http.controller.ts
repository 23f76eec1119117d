import { Body, Controller, Get, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, OVERSEERS, parseRequest, UuidPipe } from '@scq/platform-http';
import { ScenarioProcurementHandler } from '@scq/registry-application';
import { PROCUREMENT_METHODS, PROCUREMENT_ROUTE_NAMES, PROCUREMENT_ROUTES, scenarioProcurementInputSchema } from '@scq/registry-domain';
import { invalid, notFound, refused } from '../registry.api-responses';
import { ProcurementMethodsSchema, ScenarioProcurementAnswerSchema, ScenarioProcurementSchema } from './procurement.http.responses';

/**
 * 采购途径与首台(套): whoever acts for the scenario's owner unit (its officers, the coordinator, admins) records the
 * route (政府采购 with its method, or another route) and the 首台(套)/首批次/首版次 recognitions the scenario relies on;
 * whoever reads the scenario reads them. The scenario list, the search and the export filter and show them.
 */
@ApiTags('procurement')
@Controller('api/scenarios/:scenarioId/procurement')
export class ScenarioProcurementHttpController {
  constructor(private readonly procurement: ScenarioProcurementHandler) {}

  @Put()
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '登记采购途径与首台(套)认定 Record a scenario’s procurement route and first-set recognitions (owner unit, coordinator)',
    description:
      '`route` government (政府采购) needs `method` (公开招标, 邀请招标, 竞争性谈判, 竞争性磋商, 单一来源采购, 询价, 框架协议采购, 合作创新采购); other routes take none (400 on `method`). Replaces what was recorded.',
    body: scenarioProcurementInputSchema,
    responses: { '200': { description: 'The record', schema: ScenarioProcurementSchema }, '400': invalid, ...refused, '404': notFound },
  })
  record(@CurrentActor() actor: Actor, @Param('scenarioId', UuidPipe) scenarioId: string, @Body() body: unknown) {
    return this.procurement.record(actor, scenarioId, parseRequest(scenarioProcurementInputSchema, body));
  }

  @Get()
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'public', evaluator: 'assigned' })
  @ApiRoute({
    summary: '采购途径与首台(套)认定 A scenario’s procurement route and first-set recognitions',
    description: 'Whoever reads the scenario (403 `OUT_OF_SCOPE` otherwise); `procurement` is null until recorded.',
    responses: { '200': { description: 'The record or null', schema: ScenarioProcurementAnswerSchema }, '400': invalid, ...refused, '404': notFound },
  })
  async read(@CurrentActor() actor: Actor, @Param('scenarioId', UuidPipe) scenarioId: string) {
    return { procurement: await this.procurement.read(actor, scenarioId) };
  }
}

@ApiTags('procurement')
@Controller('api/registry/procurement-methods')
export class ProcurementMethodsHttpController {
  @Get()
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'public', evaluator: 'assigned' })
  @ApiRoute({ summary: '采购途径与政府采购方式 Procurement routes and government procurement methods (reference data)', responses: { '200': { description: 'Routes and methods', schema: ProcurementMethodsSchema }, ...refused } })
  list() {
    return { routes: PROCUREMENT_ROUTES.map((code) => ({ code, ...PROCUREMENT_ROUTE_NAMES[code] })), methods: PROCUREMENT_METHODS.map((m) => ({ ...m })) };
  }
}
