import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Put } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { EvaluatorPoolHandler, EvaluatorPoolQueries } from '@scq/evaluation-application';
import { Access, ApiRoute, ApiTags, CurrentActor, Idempotent, OVERSEERS, UuidPipe, ZodBody, ZodQuery } from '@scq/platform-http';
import type { z } from 'zod';
import { conflict, invalid, notFound, refused } from './evaluation.api-responses';
import { EvaluationOrganisationPageSchema, EvaluationOrganisationSchema, EvaluatorConflictPageSchema, EvaluatorConflictSchema, EvaluatorDetailSchema, EvaluatorPageSchema, EvaluatorSchema } from './evaluation.http.responses';
import { conflictBody, evaluatorBody, evaluatorListQuery, evaluatorPatch, idPageQuery, organisationBody, timePageQuery } from './evaluation.http.schemas';

/**
 * The evaluator pool: organisations (with parent links), evaluators, and their declared conflicts of interest.
 * Organisation and evaluator ids are names and user ids chosen by the coordinator, not UUIDs: plain `@Param`s;
 * a declared conflict's id is a UUID.
 */
@ApiTags('evaluator-pool')
@Controller('api/evaluation')
export class EvaluatorPoolHttpController {
  constructor(
    private readonly pool: EvaluatorPoolHandler,
    private readonly queries: EvaluatorPoolQueries,
  ) {}

  @Get('organisations')
  @Access({ ...OVERSEERS, officer: 'everything' })
  @ApiRoute({ summary: '机构 Organisations of the evaluator pool', responses: { '200': { description: 'A page of organisations in id order (`items`, `nextCursor`)', schema: EvaluationOrganisationPageSchema }, '400': invalid, ...refused } })
  organisations(@ZodQuery(idPageQuery) page: z.infer<typeof idPageQuery>, @CurrentActor() actor: Actor) {
    return this.queries.organisations(actor, page);
  }

  @Put('organisations/:id')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @ApiRoute({ summary: '登记机构 Create or change an organisation', responses: { '200': { description: 'The organisation', schema: EvaluationOrganisationSchema }, '400': invalid, ...refused } })
  upsertOrganisation(@Param('id') id: string, @ZodBody(organisationBody) input: z.infer<typeof organisationBody>, @CurrentActor() actor: Actor) {
    return this.pool.upsertOrganisation(actor, id, input);
  }

  @Get('evaluators')
  @Access({ ...OVERSEERS, officer: 'everything' })
  @ApiRoute({ summary: '评审专家 Evaluators', responses: { '200': { description: 'A page of evaluators in id order (`items`, `nextCursor`)', schema: EvaluatorPageSchema }, '400': invalid, ...refused } })
  list(@ZodQuery(evaluatorListQuery) filter: z.infer<typeof evaluatorListQuery>, @CurrentActor() actor: Actor): Promise<z.output<typeof EvaluatorPageSchema>> {
    return this.queries.list(actor, filter);
  }

  @Post('evaluators')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @Idempotent()
  @ApiRoute({ summary: '登记专家 Add an evaluator', responses: { '201': { description: 'The evaluator', schema: EvaluatorSchema }, '400': invalid, ...refused, '409': conflict } })
  create(@ZodBody(evaluatorBody) input: z.infer<typeof evaluatorBody>, @CurrentActor() actor: Actor): Promise<z.output<typeof EvaluatorSchema>> {
    return this.pool.createEvaluator(actor, input);
  }

  @Get('evaluators/:id')
  @Access({ ...OVERSEERS, officer: 'everything', evaluator: 'own' })
  @ApiRoute({ summary: '专家详情 One evaluator', responses: { '200': { description: 'The evaluator with their load and declared conflicts', schema: EvaluatorDetailSchema }, ...refused, '404': notFound } })
  get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<z.output<typeof EvaluatorDetailSchema>> {
    return this.queries.get(actor, id);
  }

  @Patch('evaluators/:id')
  @Access({ coordinator: 'everything', admin: 'everything', evaluator: 'own' })
  @ApiRoute({ summary: '修改专家 Change an evaluator', responses: { '200': { description: 'The evaluator', schema: EvaluatorSchema }, '400': invalid, ...refused, '404': notFound } })
  update(@Param('id') id: string, @ZodBody(evaluatorPatch) patch: z.infer<typeof evaluatorPatch>, @CurrentActor() actor: Actor): Promise<z.output<typeof EvaluatorSchema>> {
    return this.pool.updateEvaluator(actor, id, patch);
  }

  @Delete('evaluators/:id')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute({ summary: '专家退出 Retire an evaluator', responses: { '204': { description: 'Retired' }, ...refused, '404': notFound } })
  async retire(@Param('id') id: string, @CurrentActor() actor: Actor) {
    await this.pool.retireEvaluator(actor, id);
  }

  @Get('evaluators/:id/conflicts')
  @Access({ ...OVERSEERS, evaluator: 'own' })
  @ApiRoute({ summary: '利益冲突 An evaluator’s conflicts of interest', responses: { '200': { description: 'A page of declarations in order of declaration (`items`, `nextCursor`)', schema: EvaluatorConflictPageSchema }, '400': invalid, ...refused, '404': notFound } })
  conflicts(@Param('id') id: string, @ZodQuery(timePageQuery) page: z.infer<typeof timePageQuery>, @CurrentActor() actor: Actor): Promise<z.output<typeof EvaluatorConflictPageSchema>> {
    return this.queries.conflicts(actor, id, page);
  }

  @Post('evaluators/:id/conflicts')
  @Access({ coordinator: 'everything', admin: 'everything', evaluator: 'own' })
  @Idempotent()
  @ApiRoute({ summary: '申报冲突 Declare a conflict of interest', responses: { '201': { description: 'The conflict', schema: EvaluatorConflictSchema }, '400': invalid, ...refused, '404': notFound } })
  declare(@Param('id') id: string, @ZodBody(conflictBody) input: z.infer<typeof conflictBody>, @CurrentActor() actor: Actor): Promise<z.output<typeof EvaluatorConflictSchema>> {
    return this.pool.declareConflict(actor, id, input);
  }

  @Delete('evaluators/:id/conflicts/:conflictId')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute({ summary: '撤销冲突 Remove a conflict of interest', responses: { '204': { description: 'Removed' }, '400': invalid, ...refused, '404': notFound } })
  async removeConflict(@Param('id') id: string, @Param('conflictId', UuidPipe) conflictId: string, @CurrentActor() actor: Actor) {
    await this.pool.removeConflict(actor, id, conflictId);
  }
}
