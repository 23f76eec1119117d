import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { EvaluatorPoolHandler, EvaluatorPoolQueries } from '@scq/evaluation-application';
import { ServiceMessaging } from '@scq/platform-messaging';
import { parseRequest } from '@scq/platform-observability';
import { requireActor } from './actor.http';
import { asHttp } from './evaluation-error.http';
import { conflictBody, evaluatorBody, evaluatorListQuery, evaluatorPatch, organisationBody } from './evaluation.http.schemas';

type HeaderMap = Record<string, string | string[] | undefined>;

/** The evaluator pool: organisations (with parent links), evaluators, and their declared conflicts of interest. */
@Controller('api/evaluation')
export class EvaluatorPoolHttpController {
  constructor(
    private readonly pool: EvaluatorPoolHandler,
    private readonly queries: EvaluatorPoolQueries,
    private readonly messaging: ServiceMessaging,
  ) {}

  @Get('organisations')
  organisations(@Headers() headers: HeaderMap) {
    return asHttp(() => this.queries.organisations(requireActor(headers)));
  }

  @Put('organisations/:id')
  upsertOrganisation(@Param('id') id: string, @Body() body: unknown, @Headers() headers: HeaderMap) {
    const input = parseRequest(organisationBody, body);
    return this.nudging(() => this.pool.upsertOrganisation(requireActor(headers), id, input));
  }

  @Get('evaluators')
  list(@Query() query: unknown, @Headers() headers: HeaderMap) {
    const filter = parseRequest(evaluatorListQuery, query);
    return asHttp(() => this.queries.list(requireActor(headers), filter));
  }

  @Post('evaluators')
  create(@Body() body: unknown, @Headers() headers: HeaderMap) {
    const input = parseRequest(evaluatorBody, body);
    return this.nudging(() => this.pool.createEvaluator(requireActor(headers), input));
  }

  @Get('evaluators/:id')
  get(@Param('id') id: string, @Headers() headers: HeaderMap) {
    return asHttp(() => this.queries.get(requireActor(headers), id));
  }

  @Patch('evaluators/:id')
  update(@Param('id') id: string, @Body() body: unknown, @Headers() headers: HeaderMap) {
    const patch = parseRequest(evaluatorPatch, body);
    return this.nudging(() => this.pool.updateEvaluator(requireActor(headers), id, patch));
  }

  @Delete('evaluators/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async retire(@Param('id') id: string, @Headers() headers: HeaderMap) {
    await asHttp(() => this.pool.retireEvaluator(requireActor(headers), id));
  }

  @Get('evaluators/:id/conflicts')
  conflicts(@Param('id') id: string, @Headers() headers: HeaderMap) {
    return asHttp(() => this.queries.conflicts(requireActor(headers), id));
  }

  @Post('evaluators/:id/conflicts')
  declare(@Param('id') id: string, @Body() body: unknown, @Headers() headers: HeaderMap) {
    const input = parseRequest(conflictBody, body);
    return asHttp(() => this.pool.declareConflict(requireActor(headers), id, input));
  }

  @Delete('evaluators/:id/conflicts/:conflictId')
  @HttpCode(HttpStatus.NO_CONTENT)
  async removeConflict(@Param('id') id: string, @Param('conflictId') conflictId: string, @Headers() headers: HeaderMap) {
    await this.nudging(() => this.pool.removeConflict(requireActor(headers), id, conflictId));
  }

  /** Pool changes may assign waiting assessments: their outbox rows go out at once. */
  private async nudging<T>(work: () => Promise<T>): Promise<T> {
    const result = await asHttp(work);
    this.messaging.relay.nudge();
    return result;
  }
}
