import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, Idempotent, parseRequest, UuidPipe, ZodQuery } from '@scq/platform-http';
import {
  BatchListItemsHandler,
  BatchListQueries,
  CreateBatchListHandler,
  decodeBatchListCursor,
  decodeBatchListRevisionCursor,
  DiscardBatchListHandler,
  PublishBatchListHandler,
  ReviseBatchListHandler,
  UpdateBatchListHandler,
} from '@scq/registry-application';
import {
  BATCH_LIST_STATUSES,
  batchListItemInputSchema,
  createBatchListSchema,
  publishBatchListSchema,
  reviseBatchListSchema,
  updateBatchListItemSchema,
  updateBatchListSchema,
} from '@scq/registry-domain';
import { BATCH_LIST_EXPORT_CONTENT_TYPES, BATCH_LIST_EXPORT_FORMATS, exportBatchList } from './batch-list-export';
import { cursorParam, keysetPageQuery } from '@scq/platform-http';
import { conflict, invalid, notFound, ok, refused } from '../registry.api-responses';
import { presentBatchList } from './batch-list.presenter';
import { BatchListDiffSchema, BatchListPageSchema, BatchListSchema } from './batch-list.http.responses';

const uuid = (name: string) => z.uuid({ error: `${name} 应为 UUID ${name} must be a UUID` });

export const batchListQuery = z
  .object({
    year: z.coerce.number({ error: '应为年份 must be a year' }).int().min(2000).max(2100).optional(),
    status: z.enum(BATCH_LIST_STATUSES, { error: `状态应为 status must be one of: ${BATCH_LIST_STATUSES.join(', ')}` }).optional(),
    number: z.string().trim().min(1).max(60).optional(),
    ...keysetPageQuery(cursorParam(decodeBatchListCursor)),
  })
  .strict();

export const batchListRevisionsQuery = z.object(keysetPageQuery(cursorParam(decodeBatchListRevisionCursor))).strict();

export const batchListDiffQuery = z
  .object({
    against: z
      .union([uuid('against'), z.string().regex(/^[1-9][0-9]{0,3}$/).transform(Number)], {
        error: '应为清单编号（UUID）或同一批次的版本号 must be a list id (UUID) or a revision number of the same list',
      })
      .optional(),
  })
  .strict();

export const batchListExportQuery = z
  .object({ format: z.enum(BATCH_LIST_EXPORT_FORMATS, { error: `导出格式应为 format must be one of: ${BATCH_LIST_EXPORT_FORMATS.join(', ')}` }).default('json') })
  .strict();

/**
 * 批次清单: the coordinator drafts a list, publishes it (immutable from then on, with snapshots of its scenarios),
 * corrects it by revisions, and anyone may read, compare and export published lists: the reads are part of the public
 * portal (`@Access.public()`, anonymous callers too), and show drafts only to those who manage lists (to anybody else a draft
 * is not found). Every change needs a signed-in caller, and the use cases decide who may make it.
 *
 * The bodies of changes are parsed by the use cases themselves (the `() => parseRequest(...)` callbacks), after
 * they have authorised the caller and found the draft: a caller who may not change lists gets 403 and a missing
 * list 404 whatever the body says. Those schemas are documented in `@ApiRoute({ body })`.
 */
@ApiTags('batch-lists')
@Controller('api/batch-lists')
export class BatchListHttpController {
  constructor(
    private readonly queries: BatchListQueries,
    private readonly create: CreateBatchListHandler,
    private readonly update: UpdateBatchListHandler,
    private readonly items: BatchListItemsHandler,
    private readonly discard: DiscardBatchListHandler,
    private readonly publisher: PublishBatchListHandler,
    private readonly reviser: ReviseBatchListHandler,
  ) {}

  @Get()
  @Access.public()
  @ApiRoute({
    summary: '批次清单 Batch lists (drafts for the coordinator), keyset-paginated',
    description: 'Year and issue date newest first, then number, then revision newest first. `limit` (default 50, at most 200) a page; pass `nextCursor` back as `after` for the next page (null on the last).',
    responses: { '200': { description: 'A page of lists: `items` and `nextCursor`', schema: BatchListPageSchema }, '400': invalid, '403': refused['403'] },
  })
  list(@ZodQuery(batchListQuery) query: z.infer<typeof batchListQuery>, @CurrentActor() actor: Actor | null) {
    return this.queries.list(actor, query);
  }

  @Post()
  @Access({ coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  @ApiRoute({ summary: '起草清单 Draft a batch list (coordinator)', body: createBatchListSchema, responses: { '201': { description: 'The draft', schema: BatchListSchema }, '400': invalid, ...refused, '409': conflict } })
  async createList(@Body() body: unknown, @CurrentActor() actor: Actor) {
    const list = await this.create.execute(actor, () => parseRequest(createBatchListSchema, body));
    return this.show(actor, list.id);
  }

  @Get(':id')
  @Access.public()
  @ApiRoute({ summary: '清单详情 One batch list with its items', responses: { '200': { description: 'The list', schema: BatchListSchema }, '400': invalid, '404': notFound } })
  async get(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor | null) {
    return this.show(actor, id);
  }

  @Put(':id')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @ApiRoute({ summary: '修改草稿 Change a draft', body: updateBatchListSchema, responses: { '200': { description: 'The list', schema: BatchListSchema }, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  async put(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    await this.update.execute(actor, id, () => parseRequest(updateBatchListSchema, body));
    return this.show(actor, id);
  }

  @Delete(':id')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute({ summary: '删除草稿 Discard a draft', responses: { '204': ok('Discarded'), ...refused, '404': notFound, '409': conflict } })
  async delete(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.discard.execute(actor, id);
  }

  @Post(':id/items')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.CREATED)
  @ApiRoute({ summary: '加入场景 Add a scenario to a draft', body: batchListItemInputSchema, responses: { '201': { description: 'The list', schema: BatchListSchema }, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  async addItem(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    await this.items.add(actor, id, () => parseRequest(batchListItemInputSchema, body));
    return this.show(actor, id);
  }

  @Put(':id/items/:scenarioId')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @ApiRoute({ summary: '修改条目 Change an item of a draft', body: updateBatchListItemSchema, responses: { '200': { description: 'The list', schema: BatchListSchema }, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  async editItem(@Param('id', UuidPipe) id: string, @Param('scenarioId') scenarioId: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    await this.items.update(actor, id, scenarioId, () => parseRequest(updateBatchListItemSchema, body));
    return this.show(actor, id);
  }

  @Delete(':id/items/:scenarioId')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @ApiRoute({ summary: '移除条目 Remove an item from a draft', responses: { '200': { description: 'The list', schema: BatchListSchema }, ...refused, '404': notFound, '409': conflict } })
  async removeItem(@Param('id', UuidPipe) id: string, @Param('scenarioId') scenarioId: string, @CurrentActor() actor: Actor) {
    await this.items.remove(actor, id, scenarioId);
    return this.show(actor, id);
  }

  @Post(':id/publish')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '发布清单 Publish (immutable from then on, scenarios snapshotted)',
    body: publishBatchListSchema,
    bodyOptional: true,
    responses: { '200': { description: 'The published list', schema: BatchListSchema }, '400': invalid, ...refused, '404': notFound, '409': conflict },
  })
  async publish(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    await this.publisher.execute(actor, id, () => parseRequest(publishBatchListSchema, body ?? {}));
    return this.show(actor, id);
  }

  @Post(':id/revisions')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.CREATED)
  @ApiRoute({
    summary: '修订清单 Start a revision of a published list',
    body: reviseBatchListSchema,
    bodyOptional: true,
    responses: { '201': { description: 'The revision draft', schema: BatchListSchema }, '400': invalid, ...refused, '404': notFound, '409': conflict },
  })
  async revise(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const draft = await this.reviser.execute(actor, id, () => parseRequest(reviseBatchListSchema, body ?? {}));
    return this.show(actor, draft.id);
  }

  @Get(':id/revisions')
  @Access.public()
  @ApiRoute({
    summary: '修订历史 The revisions of a list, keyset-paginated',
    description: 'Oldest first. `limit` (default 50, at most 200) a page; pass `nextCursor` back as `after` for the next page (null on the last).',
    responses: { '200': { description: 'A page of revisions: `items` and `nextCursor`', schema: BatchListPageSchema }, '400': invalid, '404': notFound },
  })
  revisions(@Param('id', UuidPipe) id: string, @ZodQuery(batchListRevisionsQuery) page: z.infer<typeof batchListRevisionsQuery>, @CurrentActor() actor: Actor | null) {
    return this.queries.revisions(actor, id, page);
  }

  /** Changes from `against` (a list id, or a revision number of the same list; default the revision this one corrects). */
  @Get(':id/diff')
  @Access.public()
  @ApiRoute({ summary: '清单比较 Changes from another list or revision', responses: { '200': { description: 'Added, removed and changed items', schema: BatchListDiffSchema }, '400': invalid, '404': notFound } })
  async diff(@Param('id', UuidPipe) id: string, @ZodQuery(batchListDiffQuery) { against }: z.infer<typeof batchListDiffQuery>, @CurrentActor() actor: Actor | null) {
    return this.queries.diff(actor, id, against === undefined ? null : typeof against === 'number' ? { revision: against } : { id: against });
  }

  @Get(':id/export')
  @Access.public()
  @ApiRoute({
    summary: '导出清单 Export a list (JSON, CSV, XLSX)',
    responses: {
      '200': {
        description: 'The file, as an attachment (`format=json`: the list as `GET /api/batch-lists/:id` answers it)',
        contentType: BATCH_LIST_EXPORT_CONTENT_TYPES.csv,
        alternativeContentTypes: [BATCH_LIST_EXPORT_CONTENT_TYPES.xlsx, BATCH_LIST_EXPORT_CONTENT_TYPES.json],
      },
      '400': invalid,
      '404': notFound,
    },
  })
  async export(
    @Param('id', UuidPipe) id: string,
    @ZodQuery(batchListExportQuery) { format }: z.infer<typeof batchListExportQuery>,
    @CurrentActor() actor: Actor | null,
    @Res({ passthrough: true }) response: Response,
  ) {
    const file = await exportBatchList(await this.queries.get(actor, id), format);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', file.contentDisposition);
    return new StreamableFile(file.body);
  }

  private async show(actor: Actor | null, id: string) {
    return presentBatchList(await this.queries.get(actor, id));
  }
}
