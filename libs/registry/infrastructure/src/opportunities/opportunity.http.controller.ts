import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import type { Actor } from '@scq/contracts';
import { CurrentActor, Idempotent, parseRequest, Public, RequestError, UuidPipe } from '@scq/platform-http';
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
import { pageQuery, yearQuery } from './list-query.http';

export const opportunityListQuery = z
  .object({
    year: yearQuery.optional(),
    district: z.string().trim().min(1).max(50).optional(),
    status: z.enum(OPPORTUNITY_STATUSES, { error: `状态应为 status must be one of: ${OPPORTUNITY_STATUSES.join(', ')}` }).optional(),
    scenarioId: z.uuid({ error: 'scenarioId 应为 UUID must be a UUID' }).optional(),
    ownerUnit: z.string().trim().min(1).max(100).optional(),
    ...pageQuery,
  })
  .strict();

/** 场景机会: owners draft, publish and close the opportunities of their scenarios; everybody reads published ones. */
@Controller('api/opportunities')
export class OpportunityHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly create: CreateOpportunityHandler,
    private readonly change: ChangeOpportunityHandler,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  draft(@CurrentActor() actor: Actor, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.create.execute(actor, parseRequest(opportunityDraftSchema, body));
  }

  @Public()
  @Get()
  async list(@CurrentActor() actor: Actor | null, @Query() query: unknown) {
    const { ownerUnit, ...filters } = parseRequest(opportunityListQuery, query);
    return this.opportunities.list(this.db, { ...filters, ...(ownerUnit ? { ownerUnit: normaliseUnit(ownerUnit) } : {}), draftsOf: draftsVisibleTo(actor) });
  }

  /** One opportunity with its matches: which supplier matched it at which event, and how far it went. */
  @Public()
  @Get(':id')
  async get(@CurrentActor() actor: Actor | null, @Param('id', UuidPipe) id: string) {
    const opportunity = await this.opportunities.findById(this.db, id);
    if (!opportunity || !canSeeOpportunity(actor, opportunity)) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `场景机会不存在 Opportunity ${id} not found`);
    return { ...opportunity, matches: await this.opportunities.matchesOf(this.db, id) };
  }

  @Patch(':id')
  revise(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.change.revise(actor, id, parseRequest(opportunityRevisionSchema, body));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.change.delete(actor, id);
  }

  @Post(':id/publish')
  @HttpCode(HttpStatus.OK)
  publish(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.change.publish(actor, id, parseRequest(publishOpportunitySchema, body));
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
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
