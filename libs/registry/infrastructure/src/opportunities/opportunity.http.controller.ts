import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { parseRequest, RequestError } from '@scq/platform-observability';
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
import { callerFromHeaders, requireCaller } from '../caller.http';
import { pageQuery, yearQuery } from './list-query.http';
import { asHttp } from './matchmaking-error.http';

type RequestHeaders = Record<string, string | string[] | undefined>;

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
  draft(@Headers() headers: RequestHeaders, @Body() body: unknown) {
    const caller = requireCaller(headers);
    return asHttp(async () => {
      requireWriterRole(caller);
      return this.create.execute(caller, parseRequest(opportunityDraftSchema, body));
    });
  }

  @Get()
  async list(@Headers() headers: RequestHeaders, @Query() query: unknown) {
    const caller = callerFromHeaders(headers);
    const { ownerUnit, ...filters } = parseRequest(opportunityListQuery, query);
    return this.opportunities.list(this.db, { ...filters, ...(ownerUnit ? { ownerUnit: normaliseUnit(ownerUnit) } : {}), draftsOf: draftsVisibleTo(caller) });
  }

  /** One opportunity with its matches: which supplier matched it at which event, and how far it went. */
  @Get(':id')
  async get(@Headers() headers: RequestHeaders, @Param('id', new ParseUUIDPipe()) id: string) {
    const caller = callerFromHeaders(headers);
    const opportunity = await this.opportunities.findById(this.db, id);
    if (!opportunity || !canSeeOpportunity(caller, opportunity)) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `场景机会不存在 Opportunity ${id} not found`);
    return { ...opportunity, matches: await this.opportunities.matchesOf(this.db, id) };
  }

  @Patch(':id')
  revise(@Headers() headers: RequestHeaders, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown) {
    const caller = requireCaller(headers);
    return asHttp(async () => {
      requireWriterRole(caller);
      return this.change.revise(caller, id, parseRequest(opportunityRevisionSchema, body));
    });
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Headers() headers: RequestHeaders, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    const caller = requireCaller(headers);
    await asHttp(() => this.change.delete(caller, id));
  }

  @Post(':id/publish')
  @HttpCode(HttpStatus.OK)
  publish(@Headers() headers: RequestHeaders, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown) {
    const caller = requireCaller(headers);
    return asHttp(async () => {
      requireWriterRole(caller);
      return this.change.publish(caller, id, parseRequest(publishOpportunitySchema, body));
    });
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  close(@Headers() headers: RequestHeaders, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown) {
    const caller = requireCaller(headers);
    return asHttp(async () => {
      requireWriterRole(caller);
      return this.change.close(caller, id, parseRequest(closeOpportunitySchema, body));
    });
  }
}

function draftsVisibleTo(caller: MatchmakingCaller | null): OpportunityListQuery['draftsOf'] {
  if (actsForEveryUnit(caller)) return 'all';
  if (caller?.roles.includes('officer') && caller.unit) return { unit: caller.unit };
  return 'none';
}
