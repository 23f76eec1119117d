import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Param, Patch, Post } from '@nestjs/common';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, Idempotent, parseRequest, RequestError, timeIdPageQuery, UuidPipe, ZodQuery } from '@scq/platform-http';
import { ChangeMatchmakingEventHandler, MATCHMAKING_EVENT_REPOSITORY, RecordMatchmakingEventHandler, type MatchmakingEventRepository } from '@scq/registry-application';
import { EVENT_KINDS, matchmakingEventRevisionSchema, matchmakingEventSchema, normaliseUnit, requireWriterRole } from '@scq/registry-domain';
import { conflict, invalid, notFound, ok, refused } from '../registry.api-responses';
import { yearQuery } from './list-query.http';
import { MatchmakingEventPageSchema, MatchmakingEventSchema } from './matchmaking-event.http.responses';

export const matchmakingEventListQuery = z
  .object({
    year: yearQuery.optional(),
    district: z.string().trim().min(1).max(50).optional(),
    kind: z.enum(EVENT_KINDS, { error: `活动形式应为 kind must be one of: ${EVENT_KINDS.join(', ')}` }).optional(),
    organiserUnit: z.string().trim().min(1).max(100).optional(),
    opportunityId: z.uuid({ error: 'opportunityId 应为 UUID must be a UUID' }).optional(),
    ...timeIdPageQuery,
  })
  .strict();

/**
 * 供需对接活动: officers record the events their unit organises (the coordinator any), with participants and outcomes.
 * Events present only published opportunities, so their reads are part of the public portal (`@Access.public()`).
 */
@ApiTags('matchmaking-events')
@Controller('api/matchmaking-events')
export class MatchmakingEventHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(MATCHMAKING_EVENT_REPOSITORY) private readonly events: MatchmakingEventRepository,
    private readonly recordEvent: RecordMatchmakingEventHandler,
    private readonly change: ChangeMatchmakingEventHandler,
  ) {}

  @Post()
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  // The caller's role is checked before the body is read (a 403 whatever it says), so the route parses the body itself.
  @ApiRoute({ summary: '记录对接活动 Record a matchmaking event', body: matchmakingEventSchema, responses: { '201': { description: 'The event', schema: MatchmakingEventSchema }, '400': invalid, ...refused, '409': conflict } })
  record(@CurrentActor() actor: Actor, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.recordEvent.execute(actor, parseRequest(matchmakingEventSchema, body));
  }

  @Get()
  @Access.public()
  @ApiRoute({ summary: '供需对接活动 Matchmaking events', responses: { '200': { description: 'A page of events: `items` and `nextCursor`', schema: MatchmakingEventPageSchema }, '400': invalid } })
  list(@ZodQuery(matchmakingEventListQuery) { organiserUnit, ...filters }: z.infer<typeof matchmakingEventListQuery>) {
    return this.events.list(this.db, { ...filters, ...(organiserUnit ? { organiserUnit: normaliseUnit(organiserUnit) } : {}) });
  }

  @Get(':id')
  @Access.public()
  @ApiRoute({ summary: '活动详情 One matchmaking event', responses: { '200': { description: 'The event', schema: MatchmakingEventSchema }, '400': invalid, '404': notFound } })
  async get(@Param('id', UuidPipe) id: string) {
    const event = await this.events.findById(this.db, id);
    if (!event) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `供需对接活动不存在 Matchmaking event ${id} not found`);
    return event;
  }

  @Patch(':id')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  // The caller's role is checked before the body is read (a 403 whatever it says), so the route parses the body itself.
  @ApiRoute({ summary: '修改活动 Revise an event', body: matchmakingEventRevisionSchema, responses: { '200': { description: 'The event', schema: MatchmakingEventSchema }, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  revise(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.change.revise(actor, id, parseRequest(matchmakingEventRevisionSchema, body));
  }

  @Delete(':id')
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute({ summary: '删除活动 Delete an event', responses: { '204': ok('Deleted'), ...refused, '404': notFound } })
  async remove(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.change.delete(actor, id);
  }
}
