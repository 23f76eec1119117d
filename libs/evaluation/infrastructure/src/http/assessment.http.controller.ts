import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import {
  AssessmentQueries,
  AssignEvaluatorsHandler,
  PanelDecisionHandler,
  SubmitScoresHandler,
  WithdrawEvaluatorHandler,
} from '@scq/evaluation-application';
import { CurrentActor, parseRequest, RequestError, UuidPipe } from '@scq/platform-http';
import { assessmentListQuery, panelBody, scoresBody, withdrawBody } from './evaluation.http.schemas';

/** Assessments: the organisers' list and view, the evaluators' assignments, blind scoring, consensus, panel review. */
@Controller('api/evaluation')
export class AssessmentHttpController {
  constructor(
    private readonly queries: AssessmentQueries,
    private readonly scores: SubmitScoresHandler,
    private readonly withdrawals: WithdrawEvaluatorHandler,
    private readonly assignment: AssignEvaluatorsHandler,
    private readonly panel: PanelDecisionHandler,
  ) {}

  @Get('assessments')
  list(@Query() query: unknown, @CurrentActor() actor: Actor) {
    const { after, ...q } = parseRequest(assessmentListQuery, query);
    return this.queries.list(actor, { ...q, after: after ? decodeCursor(after) : undefined });
  }

  @Get('assessments/:id')
  get(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor) {
    return this.queries.get(actor, id);
  }

  @Get('assignments/mine')
  mine(@CurrentActor() actor: Actor) {
    return this.queries.mine(actor);
  }

  /** An assigned evaluator's independent marks, once (201); the view that follows is their own. */
  @Post('assessments/:id/scores')
  async submit(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const { scores } = parseRequest(scoresBody, body);
    await this.scores.submit(actor, id, scores);
    return this.queries.get(actor, id);
  }

  /** The others' scores and the consensus: 403 for an evaluator before their own submission. */
  @Get('assessments/:id/consensus')
  consensus(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor) {
    return this.queries.consensus(actor, id);
  }

  @Post('assessments/:id/decline')
  @HttpCode(HttpStatus.OK)
  decline(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.withdraw(actor, id, 'decline', body);
  }

  @Post('assessments/:id/recuse')
  @HttpCode(HttpStatus.OK)
  recuse(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.withdraw(actor, id, 'recuse', body);
  }

  /** The organising unit retries the assignment (after the pool changed). */
  @Post('assessments/:id/assign')
  @HttpCode(HttpStatus.OK)
  async assign(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor) {
    await this.assignment.request(actor, id);
    return this.queries.get(actor, id);
  }

  @Post('assessments/:id/panel-decision')
  @HttpCode(HttpStatus.OK)
  async decide(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const decision = parseRequest(panelBody, body);
    await this.panel.decide(actor, id, decision);
    return this.queries.get(actor, id);
  }

  private async withdraw(actor: Actor, id: string, kind: 'decline' | 'recuse', body: unknown) {
    const { reason } = parseRequest(withdrawBody, body);
    await this.withdrawals.withdraw(actor, id, kind, reason);
    return this.queries.get(actor, id);
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
