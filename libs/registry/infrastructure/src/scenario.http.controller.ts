import { Controller, Get, HttpCode, HttpStatus, Inject, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { ApiRoute, ApiTags, Idempotent, Public, RequestError, timeIdPageQuery, UuidPipe, ZodBody, ZodQuery } from '@scq/platform-http';
import { RegisterScenarioHandler, SCENARIO_REPOSITORY, type ScenarioRepository } from '@scq/registry-application';
import { budgetReserve, scenarioRegistrationSchema, type Scenario } from '@scq/registry-domain';
import { invalid, notFound } from './registry.api-responses';
import { ScenarioPageSchema, ScenarioRegisteredSchema, ScenarioSchema } from './scenario.http.responses';

export const scenarioListQuery = z.object({
  stage: z.string().regex(/^[a-zA-Z.]+$/).optional(),
  /** `after`: the `nextCursor` of the previous page, a (registered at, id) position. */
  ...timeIdPageQuery,
});

/**
 * 场景登记: reading scenarios is public; registration is still open to anonymous callers too (for now: a later
 * issue requires sign-in for it).
 */
@ApiTags('scenarios')
@Public()
@Controller('api/scenarios')
export class ScenarioHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(SCENARIO_REPOSITORY) private readonly scenarios: ScenarioRepository,
    private readonly register: RegisterScenarioHandler,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  @ApiRoute({ summary: '登记场景 Register a scenario (with near-duplicate warnings)', responses: { '201': { description: 'Registered; `nearDuplicates` lists similar scenarios', schema: ScenarioRegisteredSchema }, '400': invalid } })
  async create(@ZodBody(scenarioRegistrationSchema) input: z.infer<typeof scenarioRegistrationSchema>) {
    const { scenario, nearDuplicates } = await this.register.execute(input);
    return { ...present(scenario), nearDuplicates };
  }

  @Get(':id')
  @ApiRoute({ summary: '场景详情 One scenario with its budget-reserve check', responses: { '200': { description: 'The scenario', schema: ScenarioSchema }, '400': invalid, '404': notFound } })
  async get(@Param('id', UuidPipe) id: string) {
    const scenario = await this.scenarios.findById(this.db, id);
    if (!scenario) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `场景不存在 Scenario ${id} not found`);
    return present(scenario);
  }

  @Get()
  @ApiRoute({ summary: '场景列表 Scenarios, by stage, keyset-paginated', responses: { '200': { description: 'A page of scenarios with `nextCursor`', schema: ScenarioPageSchema }, '400': invalid } })
  async list(@ZodQuery(scenarioListQuery) query: z.infer<typeof scenarioListQuery>) {
    const page = await this.scenarios.list(this.db, query);
    return { ...page, items: page.items.map(present) };
  }
}

/** A scenario as the API shows it: with the plan's budget-reserve check (预留不低于5%) worked out. */
function present(scenario: Scenario) {
  return { ...scenario, budgetReserve: budgetReserve(scenario) };
}
