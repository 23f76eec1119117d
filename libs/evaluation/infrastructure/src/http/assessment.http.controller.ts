import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  AssessmentQueries,
  AssignEvaluatorsHandler,
  PanelDecisionHandler,
  SubmitScoresHandler,
  WithdrawEvaluatorHandler,
} from '@scq/evaluation-application';
import { ServiceMessaging } from '@scq/platform-messaging';
import { parseRequest, RequestError } from '@scq/platform-observability';
import { requireActor } from './actor.http';
import { asHttp } from './evaluation-error.http';
import { assessmentListQuery, panelBody, scoresBody, withdrawBody } from './evaluation.http.schemas';

type HeaderMap = Record<string, string | string[] | undefined>;
const uuid = new ParseUUIDPipe();

/** Assessments: the organisers' list and view, the evaluators' assignments, blind scoring, consensus, panel review. */
@Controller('api/evaluation')
export class AssessmentHttpController {
  constructor(
    private readonly queries: AssessmentQueries,
    private readonly scores: SubmitScoresHandler,
    private readonly withdrawals: WithdrawEvaluatorHandler,
    private readonly assignment: AssignEvaluatorsHandler,
    private readonly panel: PanelDecisionHandler,
    private readonly messaging: ServiceMessaging,
  ) {}

  @Get('assessments')
  list(@Query() query: unknown, @Headers() headers: HeaderMap) {
    const { after, ...q } = parseRequest(assessmentListQuery, query);
    return asHttp(() => this.queries.list(requireActor(headers), { ...q, after: after ? decodeCursor(after) : undefined }));
  }

  @Get('assessments/:id')
  get(@Param('id', uuid) id: string, @Headers() headers: HeaderMap) {
    return asHttp(() => this.queries.get(requireActor(headers), id));
  }

  @Get('assignments/mine')
  mine(@Headers() headers: HeaderMap) {
    return asHttp(() => this.queries.mine(requireActor(headers)));
  }

  /** An assigned evaluator's independent marks, once (201); the view that follows is their own. */
  @Post('assessments/:id/scores')
  async submit(@Param('id', uuid) id: string, @Body() body: unknown, @Headers() headers: HeaderMap) {
    const { scores } = parseRequest(scoresBody, body);
    const actor = requireActor(headers);
    await this.nudging(() => this.scores.submit(actor, id, scores));
    return asHttp(() => this.queries.get(actor, id));
  }

  /** The others' scores and the consensus: 403 for an evaluator before their own submission. */
  @Get('assessments/:id/consensus')
  consensus(@Param('id', uuid) id: string, @Headers() headers: HeaderMap) {
    return asHttp(() => this.queries.consensus(requireActor(headers), id));
  }

  @Post('assessments/:id/decline')
  @HttpCode(HttpStatus.OK)
  decline(@Param('id', uuid) id: string, @Body() body: unknown, @Headers() headers: HeaderMap) {
    return this.withdraw(id, 'decline', body, headers);
  }

  @Post('assessments/:id/recuse')
  @HttpCode(HttpStatus.OK)
  recuse(@Param('id', uuid) id: string, @Body() body: unknown, @Headers() headers: HeaderMap) {
    return this.withdraw(id, 'recuse', body, headers);
  }

  /** The organising unit retries the assignment (after the pool changed). */
  @Post('assessments/:id/assign')
  @HttpCode(HttpStatus.OK)
  async assign(@Param('id', uuid) id: string, @Headers() headers: HeaderMap) {
    const actor = requireActor(headers);
    await this.nudging(() => this.assignment.request(actor, id));
    return asHttp(() => this.queries.get(actor, id));
  }

  @Post('assessments/:id/panel-decision')
  @HttpCode(HttpStatus.OK)
  async decide(@Param('id', uuid) id: string, @Body() body: unknown, @Headers() headers: HeaderMap) {
    const decision = parseRequest(panelBody, body);
    const actor = requireActor(headers);
    await this.nudging(() => this.panel.decide(actor, id, decision));
    return asHttp(() => this.queries.get(actor, id));
  }

  private async withdraw(id: string, kind: 'decline' | 'recuse', body: unknown, headers: HeaderMap) {
    const { reason } = parseRequest(withdrawBody, body);
    const actor = requireActor(headers);
    await this.nudging(() => this.withdrawals.withdraw(actor, id, kind, reason));
    return asHttp(() => this.queries.get(actor, id));
  }

  private async nudging<T>(work: () => Promise<T>): Promise<T> {
    const result = await asHttp(work);
    this.messaging.relay.nudge();
    return result;
  }
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    if (typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && /^[0-9a-f-]{36}$/.test(id)) return { createdAt, id };
  } catch {
    // fall through to the 400 below
  }
  throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', '无效的分页游标 invalid cursor', [{ path: 'after', message: 'invalid cursor' }]);
}
