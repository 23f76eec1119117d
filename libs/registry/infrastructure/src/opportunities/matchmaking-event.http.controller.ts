import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import type { Actor } from '@scq/contracts';
import { CurrentActor, Idempotent, parseRequest, Public, RequestError, UuidPipe } from '@scq/platform-http';
import { ChangeMatchmakingEventHandler, MATCHMAKING_EVENT_REPOSITORY, RecordMatchmakingEventHandler, type MatchmakingEventRepository } from '@scq/registry-application';
import { EVENT_KINDS, matchmakingEventRevisionSchema, matchmakingEventSchema, normaliseUnit, requireWriterRole } from '@scq/registry-domain';
import { pageQuery, yearQuery } from './list-query.http';

export const matchmakingEventListQuery = z
  .object({
    year: yearQuery.optional(),
    district: z.string().trim().min(1).max(50).optional(),
    kind: z.enum(EVENT_KINDS, { error: `活动形式应为 kind must be one of: ${EVENT_KINDS.join(', ')}` }).optional(),
    organiserUnit: z.string().trim().min(1).max(100).optional(),
    opportunityId: z.uuid({ error: 'opportunityId 应为 UUID must be a UUID' }).optional(),
    ...pageQuery,
  })
  .strict();

/** 供需对接活动: officers record the events their unit organises (the coordinator any), with participants and outcomes. */
@Controller('api/matchmaking-events')
export class MatchmakingEventHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(MATCHMAKING_EVENT_REPOSITORY) private readonly events: MatchmakingEventRepository,
    private readonly recordEvent: RecordMatchmakingEventHandler,
    private readonly change: ChangeMatchmakingEventHandler,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  record(@CurrentActor() actor: Actor, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.recordEvent.execute(actor, parseRequest(matchmakingEventSchema, body));
  }

  @Public()
  @Get()
  list(@Query() query: unknown) {
    const { organiserUnit, ...filters } = parseRequest(matchmakingEventListQuery, query);
    return this.events.list(this.db, { ...filters, ...(organiserUnit ? { organiserUnit: normaliseUnit(organiserUnit) } : {}) });
  }

  @Public()
  @Get(':id')
  async get(@Param('id', UuidPipe) id: string) {
    const event = await this.events.findById(this.db, id);
    if (!event) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `供需对接活动不存在 Matchmaking event ${id} not found`);
    return event;
  }

  @Patch(':id')
  revise(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.change.revise(actor, id, parseRequest(matchmakingEventRevisionSchema, body));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.change.delete(actor, id);
  }
}
