import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, Idempotent, parseRequest, RequestError, timeIdPageQuery, UuidPipe, ZodQuery } from '@scq/platform-http';
import { DEMAND_LIST_REPOSITORY, PublishDemandListHandler, type DemandListRepository } from '@scq/registry-application';
import { demandListSchema, normaliseUnit, requireWriterRole } from '@scq/registry-domain';
import { conflict, invalid, notFound, refused } from '../registry.api-responses';
import { openQuery, queryTerms, textQuery, yearQuery } from './list-query.http';
import { beijingDateOf } from '@scq/calendar';
import { DemandListDetailSchema, DemandListPageSchema, DemandListSchema } from './demand-list.http.responses';

export const demandListQuery = z
  .object({
    year: yearQuery.optional(),
    ownerUnit: z.string().trim().min(1).max(100).optional(),
    opportunityId: z.uuid({ error: 'opportunityId 应为 UUID must be a UUID' }).optional(),
    q: textQuery.optional(),
    open: openQuery.optional(),
    ...timeIdPageQuery,
  })
  .strict();

/**
 * 需求清单: an owner unit's numbered, published lists of its opportunities (两江新区: 定期发布场景需求清单). A list is
 * published when filed and holds only published opportunities, so its reads are part of the public portal (`@Access.public()`).
 */
@ApiTags('demand-lists')
@Controller('api/demand-lists')
export class DemandListHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(DEMAND_LIST_REPOSITORY) private readonly lists: DemandListRepository,
    private readonly publishList: PublishDemandListHandler,
  ) {}

  @Post()
  @Access({ officer: 'own-unit', coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  // The caller's role is checked before the body is read (a 403 whatever it says), so the route parses the body itself.
  @ApiRoute({ summary: '发布需求清单（场景须已入清单或运营中）Publish a demand list of a unit (its scenarios listed or operating)', body: demandListSchema, responses: { '201': { description: 'The list', schema: DemandListSchema }, '400': invalid, ...refused, '409': conflict } })
  publish(@CurrentActor() actor: Actor, @Body() body: unknown) {
    requireWriterRole(actor);
    return this.publishList.execute(actor, parseRequest(demandListSchema, body));
  }

  @Get()
  @Access.public()
  @ApiRoute({
    summary: '需求清单 Demand lists',
    description: '`q`: words (Chinese or English) that must each appear in the list’s number or title or in one of its opportunities; `open=true`: lists with an opportunity still open to answers (`respondBy` today or later, Beijing time).',
    responses: { '200': { description: 'A page of lists: `items` and `nextCursor`', schema: DemandListPageSchema }, '400': invalid },
  })
  list(@ZodQuery(demandListQuery) { ownerUnit, q, open, ...filters }: z.infer<typeof demandListQuery>) {
    return this.lists.list(this.db, { ...filters, ...(ownerUnit ? { ownerUnit: normaliseUnit(ownerUnit) } : {}), terms: queryTerms(q), ...(open ? { openOn: beijingDateOf(new Date()) } : {}) });
  }

  @Get(':id')
  @Access.public()
  @ApiRoute({ summary: '清单详情 One demand list', responses: { '200': { description: 'The list with its opportunities', schema: DemandListDetailSchema }, '400': invalid, '404': notFound } })
  async get(@Param('id', UuidPipe) id: string) {
    const list = await this.lists.findById(this.db, id);
    if (!list) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `需求清单不存在 Demand list ${id} not found`);
    return list;
  }
}
