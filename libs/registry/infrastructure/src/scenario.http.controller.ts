import { Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { beijingDateOf } from '@scq/calendar';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { readsByPanel, type Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, Idempotent, OVERSEERS, RequestError, timeIdPageQuery, UuidPipe, ZodBody, ZodQuery } from '@scq/platform-http';
import { assertReadsScenario, RegisterScenarioHandler, SCENARIO_REPOSITORY, ScenarioExportQuery, scenarioReachFilter, type ScenarioRepository } from '@scq/registry-application';
import { budgetReserve, isJointScenario, procurementFilterQuery, scenarioRegistrationSchema, type Scenario } from '@scq/registry-domain';
import { conflict, invalid, notFound, refused } from './registry.api-responses';
import { exportScenarios, SCENARIO_EXPORT_CONTENT_TYPES, SCENARIO_EXPORT_FORMATS } from './procurement/scenario-export';
import { ScenarioPageSchema, ScenarioRegisteredSchema, ScenarioSchema } from './scenario.http.responses';

export const scenarioListQuery = z.object({
  stage: z.string().regex(/^[a-zA-Z.]+$/).optional(),
  /** 成渝 joint scenarios only (`true`) or none of them (`false`). */
  joint: z.enum(['true', 'false'], { error: 'joint 应为 true 或 false must be true or false' }).transform((v) => v === 'true').optional(),
  /** 采购途径, 政府采购方式, 首台(套) reliance. */
  ...procurementFilterQuery,
  /** `after`: the `nextCursor` of the previous page, a (registered at, id) position. */
  ...timeIdPageQuery,
});

/** The list's filters without paging, and the file format (`csv`, the default, or `xlsx`). */
export const scenarioExportQuery = z
  .object({
    stage: scenarioListQuery.shape.stage,
    joint: scenarioListQuery.shape.joint,
    ...procurementFilterQuery,
    format: z.enum(SCENARIO_EXPORT_FORMATS, { error: `导出格式应为 format must be one of: ${SCENARIO_EXPORT_FORMATS.join(', ')}` }).default('csv'),
  })
  .strict();

/**
 * 场景登记: every route needs a signed-in caller (scenarios are not part of the public portal). Registration is the
 * domain's rule (`scenarioOwnership`): an officer for their own unit, the coordinator or an admin for any unit on its
 * behalf (403 otherwise); a municipal department must be a unit of the taxonomy (400 naming
 * `GET /api/taxonomy/{version}/units`), stored as the taxonomy names it.
 */
@ApiTags('scenarios')
@Controller('api/scenarios')
export class ScenarioHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(SCENARIO_REPOSITORY) private readonly scenarios: ScenarioRepository,
    private readonly register: RegisterScenarioHandler,
    private readonly exports: ScenarioExportQuery,
  ) {}

  @Post()
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  @ApiRoute({
    summary: '登记场景 Register a scenario (officer for their own unit; coordinator or admin on behalf of any unit)',
    description:
      'An officer registers for their own unit only (403 naming it otherwise); the coordinator or an admin for any unit, recorded as `registeredOnBehalf` when it is not theirs; other roles 403. A municipal department (`ownerType` `municipal-department`) must be a unit of the scenario’s taxonomy version, by code, alias or name (400 on `ownerUnit` naming `GET /api/taxonomy/{version}/units`), and is stored as the taxonomy names it. Answers with near-duplicate warnings.',
    responses: { '201': { description: 'Registered; `nearDuplicates` lists similar scenarios', schema: ScenarioRegisteredSchema }, '400': invalid, ...refused },
  })
  async create(@ZodBody(scenarioRegistrationSchema) input: z.infer<typeof scenarioRegistrationSchema>, @CurrentActor() actor: Actor) {
    const { scenario, nearDuplicates } = await this.register.execute(actor, input);
    return { ...present(scenario), nearDuplicates };
  }

  /** Declared before `:id`, so that `export` is not read as a scenario id. */
  @Get('export')
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'public', evaluator: 'assigned' })
  @ApiRoute({
    summary: '导出场景 Export the scenarios the caller reads (CSV or XLSX), with procurement route and 首台(套) recognitions',
    description: `The list's filters (\`stage\`, \`joint\`, \`procurementRoute\`, \`procurementMethod\`, \`firstSet\`); at most 10,000 scenarios (more is 409 \`EXPORT_TOO_LARGE\`).`,
    responses: {
      '200': { description: 'The file, as an attachment: bilingual header row, one scenario a row', contentType: SCENARIO_EXPORT_CONTENT_TYPES.csv, alternativeContentTypes: [SCENARIO_EXPORT_CONTENT_TYPES.xlsx] },
      '400': invalid,
      ...refused,
      '409': conflict,
    },
  })
  async export(@ZodQuery(scenarioExportQuery) query: z.infer<typeof scenarioExportQuery>, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response) {
    const { format, ...filter } = query;
    const file = await exportScenarios(await this.exports.rows(actor, filter), format, beijingDateOf(new Date()));
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', file.contentDisposition);
    return new StreamableFile(file.body);
  }

  @Get(':id')
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'public', evaluator: 'assigned' })
  @ApiRoute({ summary: '场景详情 One scenario with its budget-reserve check', responses: { '200': { description: 'The scenario', schema: ScenarioSchema }, '400': invalid, ...refused, '404': notFound } })
  async get(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor) {
    const scenario = await this.scenarios.findById(this.db, id);
    if (!scenario) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `场景不存在 Scenario ${id} not found`);
    return present(assertReadsScenario(actor, scenario, readsByPanel(actor) ? await this.scenarios.panelOf(this.db, id) : []));
  }

  @Get()
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'public', evaluator: 'assigned' })
  @ApiRoute({ summary: '场景列表 Scenarios the caller reads, by stage, 成渝 joint flag (`joint=true`), procurement route and method, 首台(套) reliance (`firstSet=true`), keyset-paginated', responses: { '200': { description: 'A page of scenarios with `nextCursor`', schema: ScenarioPageSchema }, '400': invalid } })
  async list(@ZodQuery(scenarioListQuery) query: z.infer<typeof scenarioListQuery>, @CurrentActor() actor: Actor) {
    const page = await this.scenarios.list(this.db, { ...query, reach: scenarioReachFilter(actor) });
    return { ...page, items: page.items.map(present) };
  }
}

/** A scenario as the API shows it: with the plan's budget-reserve check (预留不低于5%) worked out. */
function present(scenario: Scenario) {
  return { ...scenario, budgetReserve: budgetReserve(scenario), joint: isJointScenario(scenario) };
}
