import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import {
  AssessmentQueries,
  AssignEvaluatorsHandler,
  PanelDecisionHandler,
  SubmitScoresHandler,
  WithdrawEvaluatorHandler,
} from '@scq/evaluation-application';
import { Access, ApiRoute, ApiTags, CurrentActor, OVERSEERS, UuidPipe, ZodBody, ZodQuery } from '@scq/platform-http';
import type { z } from 'zod';
import { assessmentView, conflict, invalid, notFound, refused } from './evaluation.api-responses';
import { AssessmentAssignmentPageSchema, AssessmentConsensusSchema, AssessmentPageSchema, AssessmentSchema } from './evaluation.http.responses';
import { assessmentListQuery, panelBody, scoresBody, timePageQuery, withdrawBody } from './evaluation.http.schemas';

type AssessmentView = z.output<typeof AssessmentSchema>;

/** Assessments: the organisers' list and view, the evaluators' assignments, blind scoring, consensus, panel review. */
@ApiTags('assessments')
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
  @Access({ ...OVERSEERS, officer: 'own-unit' })
  @ApiRoute({ summary: '评估列表 Assessments the caller may see', responses: { '200': { description: 'A page of assessments in order of creation (`items`, `nextCursor`)', schema: AssessmentPageSchema }, '400': invalid, ...refused } })
  list(@ZodQuery(assessmentListQuery) query: z.infer<typeof assessmentListQuery>, @CurrentActor() actor: Actor): Promise<z.output<typeof AssessmentPageSchema>> {
    return this.queries.list(actor, query);
  }

  @Get('assessments/:id')
  @Access({ ...OVERSEERS, officer: 'own-unit', evaluator: 'assigned' })
  @ApiRoute({ summary: '评估详情 One assessment', responses: { '200': assessmentView, '400': invalid, ...refused, '404': notFound } })
  get(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<AssessmentView> {
    return this.queries.get(actor, id);
  }

  @Get('assignments/mine')
  @Access({ evaluator: 'own' })
  @ApiRoute({ summary: '我的评审任务 The caller’s assignments', responses: { '200': { description: 'A page of assignments, newest first (`items`, `nextCursor`)', schema: AssessmentAssignmentPageSchema }, '400': invalid, ...refused } })
  mine(@ZodQuery(timePageQuery) page: z.infer<typeof timePageQuery>, @CurrentActor() actor: Actor): Promise<z.output<typeof AssessmentAssignmentPageSchema>> {
    return this.queries.mine(actor, page);
  }

  /** An assigned evaluator's independent marks, once (201); the view that follows is their own. */
  @Post('assessments/:id/scores')
  @Access({ evaluator: 'assigned' })
  @ApiRoute({ summary: '提交评分 Submit independent scores (once)', responses: { '201': assessmentView, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  async submit(@Param('id', UuidPipe) id: string, @ZodBody(scoresBody) input: z.infer<typeof scoresBody>, @CurrentActor() actor: Actor): Promise<AssessmentView> {
    await this.scores.submit(actor, id, input.scores);
    return this.queries.get(actor, id);
  }

  /** The others' scores and the consensus: 403 for an evaluator before their own submission. */
  @Get('assessments/:id/consensus')
  @Access({ ...OVERSEERS, officer: 'own-unit', evaluator: 'assigned' })
  @ApiRoute({ summary: '评分汇总 The others’ scores and the consensus (after one’s own submission)', responses: { '200': { description: 'Scores and consensus', schema: AssessmentConsensusSchema }, ...refused, '404': notFound } })
  consensus(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<z.output<typeof AssessmentConsensusSchema>> {
    return this.queries.consensus(actor, id);
  }

  @Post('assessments/:id/decline')
  @Access({ evaluator: 'assigned' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '拒绝任务 Decline an assignment', responses: { '200': assessmentView, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  decline(@Param('id', UuidPipe) id: string, @ZodBody(withdrawBody) input: z.infer<typeof withdrawBody>, @CurrentActor() actor: Actor): Promise<AssessmentView> {
    return this.withdraw(actor, id, 'decline', input.reason);
  }

  @Post('assessments/:id/recuse')
  @Access({ evaluator: 'assigned' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '回避 Recuse oneself', responses: { '200': assessmentView, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  recuse(@Param('id', UuidPipe) id: string, @ZodBody(withdrawBody) input: z.infer<typeof withdrawBody>, @CurrentActor() actor: Actor): Promise<AssessmentView> {
    return this.withdraw(actor, id, 'recuse', input.reason);
  }

  /** The organising unit retries the assignment (after the pool changed). */
  @Post('assessments/:id/assign')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '重新分配 Retry the assignment (organising unit)', responses: { '200': assessmentView, ...refused, '404': notFound, '409': conflict } })
  async assign(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<AssessmentView> {
    await this.assignment.request(actor, id);
    return this.queries.get(actor, id);
  }

  @Post('assessments/:id/panel-decision')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '专家组决定 Record the panel’s decision', responses: { '200': assessmentView, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  async decide(@Param('id', UuidPipe) id: string, @ZodBody(panelBody) decision: z.infer<typeof panelBody>, @CurrentActor() actor: Actor): Promise<AssessmentView> {
    await this.panel.decide(actor, id, decision);
    return this.queries.get(actor, id);
  }

  private async withdraw(actor: Actor, id: string, kind: 'decline' | 'recuse', reason: string): Promise<AssessmentView> {
    await this.withdrawals.withdraw(actor, id, kind, reason);
    return this.queries.get(actor, id);
  }
}
