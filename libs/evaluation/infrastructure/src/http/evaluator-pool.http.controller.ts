import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Query } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { EvaluatorPoolHandler, EvaluatorPoolQueries } from '@scq/evaluation-application';
import { CurrentActor, Idempotent, parseRequest } from '@scq/platform-http';
import { conflictBody, evaluatorBody, evaluatorListQuery, evaluatorPatch, organisationBody } from './evaluation.http.schemas';

/** The evaluator pool: organisations (with parent links), evaluators, and their declared conflicts of interest. */
@Controller('api/evaluation')
export class EvaluatorPoolHttpController {
  constructor(
    private readonly pool: EvaluatorPoolHandler,
    private readonly queries: EvaluatorPoolQueries,
  ) {}

  @Get('organisations')
  organisations(@CurrentActor() actor: Actor) {
    return this.queries.organisations(actor);
  }

  @Put('organisations/:id')
  upsertOrganisation(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const input = parseRequest(organisationBody, body);
    return this.pool.upsertOrganisation(actor, id, input);
  }

  @Get('evaluators')
  list(@Query() query: unknown, @CurrentActor() actor: Actor) {
    const filter = parseRequest(evaluatorListQuery, query);
    return this.queries.list(actor, filter);
  }

  @Post('evaluators')
  @Idempotent()
  create(@Body() body: unknown, @CurrentActor() actor: Actor) {
    const input = parseRequest(evaluatorBody, body);
    return this.pool.createEvaluator(actor, input);
  }

  @Get('evaluators/:id')
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.queries.get(actor, id);
  }

  @Patch('evaluators/:id')
  update(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const patch = parseRequest(evaluatorPatch, body);
    return this.pool.updateEvaluator(actor, id, patch);
  }

  @Delete('evaluators/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async retire(@Param('id') id: string, @CurrentActor() actor: Actor) {
    await this.pool.retireEvaluator(actor, id);
  }

  @Get('evaluators/:id/conflicts')
  conflicts(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.queries.conflicts(actor, id);
  }

  @Post('evaluators/:id/conflicts')
  @Idempotent()
  declare(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const input = parseRequest(conflictBody, body);
    return this.pool.declareConflict(actor, id, input);
  }

  @Delete('evaluators/:id/conflicts/:conflictId')
  @HttpCode(HttpStatus.NO_CONTENT)
  async removeConflict(@Param('id') id: string, @Param('conflictId') conflictId: string, @CurrentActor() actor: Actor) {
    await this.pool.removeConflict(actor, id, conflictId);
  }
}
