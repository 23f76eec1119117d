import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Param, Patch, Post } from '@nestjs/common';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, Idempotent, parseRequest, RequestError, timeIdPageQuery, UuidPipe, ZodQuery } from '@scq/platform-http';
import { ChangeOpportunityHandler, CreateOpportunityHandler, OPPORTUNITY_REPOSITORY, type OpportunityListQuery, type OpportunityRepository } from '@scq/registry-application';
import {
  actsForEveryUnit,
  canSeeOpportunity,
  closeOpportunitySchema,
  normaliseUnit,
  OPPORTUNITY_STATUSES,
  opportunityDraftSchema,
  opportunityRevisionSchema,
  publishOpportunitySchema,
  requireWriterRole,
  type MatchmakingCaller,
} from '@scq/registry-domain';
import { conflict, invalid, notFound, ok, refused } from '../registry.api-responses';
import { openQuery, queryTerms, textQuery, yearQuery } from './list-query.http';
import { beijingDateOf } from '@scq/calendar';
import { OpportunityDetailSchema, OpportunityPageSchema, OpportunitySchema } from './opportunity.http.responses';

export const opportunityListQuery = z
  .object({
    year: yearQuery.optional(),
    district: z.string().trim().min(1).max(50).optional(),
    status: z.enum(OPPORTUNITY_STATUSES, { error: `状态应为 status must be one of: ${OPPORTUNITY_STATUSES.join(', ')}` }).optional(),
    scenarioId: z.uuid({ error: 'scenarioId 应为 UUID must be a UUID' }).optional(),
    ownerUnit: z.string().trim().min(1).max(100).optional(),
    q: textQuery.optional(),
    open: openQuery.optional(),
    ...timeIdPageQuery,
  })
  .strict();

/**
 * 场景机会: owners draft, publish and close the opportunities of their scenarios; everybody reads published ones (the
 * reads are part of the public portal, `@Access.public()`: anonymous callers see published and closed opportunities, drafts
 * only those who act for the owner unit).
 * The changing routes check the caller's role before they read the body (a 403 whatever it says), so they parse
 * the body themselves and document its schema in `@ApiRoute({ body })`.
 */
@ApiTags('opportunities')
@Controller('api/opportunities')
export class OpportunityHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly create: CreateOpportunityHandler,
    private readonly change: ChangeOpportunityHandler,
  ) {}

  @Post()
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  @ApiRoute({ summary: '起草机会 Draft an opportunity (officer of the owner unit, coordinator)', body: opportunityDraftSchema, responses: { '201': { description: 'The draft', schema: OpportunitySchema }, '400': invalid, ...refused, '409': conflict } })
  draft(@CurrentActor() actor: Actor, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.create.execute(actor, parseRequest(opportunityDraftSchema, body));
  }

  @Get()
  @Access.public()
  @ApiRoute({
    summary: '场景机会 Opportunities (published; drafts for their unit)',
    description: '`q`: words (Chinese or English) that must each appear in the title, description or capabilities; `open=true`: only those still open to answers (published, `respondBy` today or later, Beijing time).',
    responses: { '200': { description: 'A page of opportunities: `items` and `nextCursor`', schema: OpportunityPageSchema }, '400': invalid },
  })
  async list(@CurrentActor() actor: Actor | null, @ZodQuery(opportunityListQuery) { ownerUnit, q, open, ...filters }: z.infer<typeof opportunityListQuery>) {
    return this.opportunities.list(this.db, {
      ...filters,
      ...(ownerUnit ? { ownerUnit: normaliseUnit(ownerUnit) } : {}),
      terms: queryTerms(q),
      ...(open ? { openOn: beijingDateOf(new Date()) } : {}),
      draftsOf: draftsVisibleTo(actor),
    });
  }

  /** One opportunity with its matches: which supplier matched it at which event, and how far it went. */
  @Get(':id')
  @Access.public()
  @ApiRoute({ summary: '机会详情 One opportunity with its matches', responses: { '200': { description: 'The opportunity with its matches', schema: OpportunityDetailSchema }, '404': notFound } })
  async get(@CurrentActor() actor: Actor | null, @Param('id', UuidPipe) id: string) {
    const opportunity = await this.opportunities.findById(this.db, id);
    if (!opportunity || !canSeeOpportunity(actor, opportunity)) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `场景机会不存在 Opportunity ${id} not found`);
    return { ...opportunity, matches: await this.opportunities.matchesOf(this.db, id) };
  }

  @Patch(':id')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({ summary: '修改机会 Revise an opportunity', body: opportunityRevisionSchema, responses: { '200': { description: 'The opportunity', schema: OpportunitySchema }, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  revise(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.change.revise(actor, id, parseRequest(opportunityRevisionSchema, body));
  }

  @Delete(':id')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute({ summary: '删除草稿 Delete a draft opportunity', responses: { '204': ok('Deleted'), ...refused, '404': notFound, '409': conflict } })
  async remove(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.change.delete(actor, id);
  }

  @Post(':id/publish')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '发布机会（场景须已入清单或运营中）Publish an opportunity (its scenario listed or operating)', body: publishOpportunitySchema, responses: { '200': { description: 'The opportunity', schema: OpportunitySchema }, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  publish(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.change.publish(actor, id, parseRequest(publishOpportunitySchema, body));
  }

  @Post(':id/close')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '关闭机会 Close an opportunity', body: closeOpportunitySchema, responses: { '200': { description: 'The opportunity', schema: OpportunitySchema }, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  close(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.change.close(actor, id, parseRequest(closeOpportunitySchema, body));
  }
}

function draftsVisibleTo(caller: MatchmakingCaller | null): OpportunityListQuery['draftsOf'] {
  if (actsForEveryUnit(caller)) return 'all';
  if (caller?.roles.includes('officer') && caller.unit) return { unit: caller.unit };
  return 'none';
}
