import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { parseRequest, RequestError } from '@scq/platform-observability';
import { ChangeMatchmakingEventHandler, MATCHMAKING_EVENT_REPOSITORY, RecordMatchmakingEventHandler, type MatchmakingEventRepository } from '@scq/registry-application';
import { EVENT_KINDS, matchmakingEventRevisionSchema, matchmakingEventSchema, normaliseUnit, requireWriterRole } from '@scq/registry-domain';
import { requireCaller } from '../caller.http';
import { asHttp } from './matchmaking-error.http';
import { pageQuery, yearQuery } from './list-query.http';

type RequestHeaders = Record<string, string | string[] | undefined>;

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
  record(@Headers() headers: RequestHeaders, @Body() body: unknown) {
    const caller = requireCaller(headers);
    return asHttp(async () => {
      requireWriterRole(caller);
      return this.recordEvent.execute(caller, parseRequest(matchmakingEventSchema, body));
    });
  }

  @Get()
  list(@Query() query: unknown) {
    const { organiserUnit, ...filters } = parseRequest(matchmakingEventListQuery, query);
    return this.events.list(this.db, { ...filters, ...(organiserUnit ? { organiserUnit: normaliseUnit(organiserUnit) } : {}) });
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const event = await this.events.findById(this.db, id);
    if (!event) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `供需对接活动不存在 Matchmaking event ${id} not found`);
    return event;
  }

  @Patch(':id')
  revise(@Headers() headers: RequestHeaders, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown) {
    const caller = requireCaller(headers);
    return asHttp(async () => {
      requireWriterRole(caller);
      return this.change.revise(caller, id, parseRequest(matchmakingEventRevisionSchema, body));
    });
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Headers() headers: RequestHeaders, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    const caller = requireCaller(headers);
    await asHttp(() => this.change.delete(caller, id));
  }
}
