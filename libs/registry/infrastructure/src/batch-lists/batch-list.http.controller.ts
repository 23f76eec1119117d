import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { CurrentActor, Idempotent, parseRequest, Public } from '@scq/platform-http';
import {
  BatchListItemsHandler,
  BatchListQueries,
  CreateBatchListHandler,
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
import { BATCH_LIST_EXPORT_FORMATS, exportBatchList } from './batch-list-export';
import { presentBatchList } from './batch-list.presenter';

const uuid = (name: string) => z.uuid({ error: `${name} 应为 UUID ${name} must be a UUID` });

export const batchListQuery = z
  .object({
    year: z.coerce.number({ error: '应为年份 must be a year' }).int().min(2000).max(2100).optional(),
    status: z.enum(BATCH_LIST_STATUSES, { error: `状态应为 status must be one of: ${BATCH_LIST_STATUSES.join(', ')}` }).optional(),
    number: z.string().trim().min(1).max(60).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict();

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

function listId(id: string): string {
  return parseRequest(z.object({ id: uuid('id') }), { id }).id;
}

/**
 * 批次清单: the coordinator drafts a list, publishes it (immutable from then on, with snapshots of its scenarios),
 * corrects it by revisions, and anyone may read, compare and export published lists. Reading is public (drafts only
 * for those who manage lists); every change needs a signed-in caller, and the use cases decide who may make it.
 */
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

  @Public()
  @Get()
  async list(@Query() query: unknown, @CurrentActor() actor: Actor | null) {
    return { items: await this.queries.list(actor, parseRequest(batchListQuery, query)) };
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  async createList(@Body() body: unknown, @CurrentActor() actor: Actor) {
    const list = await this.create.execute(actor, () => parseRequest(createBatchListSchema, body));
    return this.show(actor, list.id);
  }

  @Public()
  @Get(':id')
  async get(@Param('id') id: string, @CurrentActor() actor: Actor | null) {
    return this.show(actor, listId(id));
  }

  @Put(':id')
  async put(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    await this.update.execute(actor, listId(id), () => parseRequest(updateBatchListSchema, body));
    return this.show(actor, id);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async delete(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.discard.execute(actor, listId(id));
  }

  @Post(':id/items')
  @HttpCode(HttpStatus.CREATED)
  async addItem(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    await this.items.add(actor, listId(id), () => parseRequest(batchListItemInputSchema, body));
    return this.show(actor, id);
  }

  @Put(':id/items/:scenarioId')
  async editItem(@Param('id') id: string, @Param('scenarioId') scenarioId: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    await this.items.update(actor, listId(id), scenarioId, () => parseRequest(updateBatchListItemSchema, body));
    return this.show(actor, id);
  }

  @Delete(':id/items/:scenarioId')
  async removeItem(@Param('id') id: string, @Param('scenarioId') scenarioId: string, @CurrentActor() actor: Actor) {
    await this.items.remove(actor, listId(id), scenarioId);
    return this.show(actor, id);
  }

  @Post(':id/publish')
  @HttpCode(HttpStatus.OK)
  async publish(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    await this.publisher.execute(actor, listId(id), () => parseRequest(publishBatchListSchema, body ?? {}));
    return this.show(actor, id);
  }

  @Post(':id/revisions')
  @HttpCode(HttpStatus.CREATED)
  async revise(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const draft = await this.reviser.execute(actor, listId(id), () => parseRequest(reviseBatchListSchema, body ?? {}));
    return this.show(actor, draft.id);
  }

  @Public()
  @Get(':id/revisions')
  async revisions(@Param('id') id: string, @CurrentActor() actor: Actor | null) {
    return { items: await this.queries.revisions(actor, listId(id)) };
  }

  /** Changes from `against` (a list id, or a revision number of the same list; default the revision this one corrects). */
  @Public()
  @Get(':id/diff')
  async diff(@Param('id') id: string, @Query() query: unknown, @CurrentActor() actor: Actor | null) {
    const target = listId(id);
    const { against } = parseRequest(batchListDiffQuery, query);
    return this.queries.diff(actor, target, against === undefined ? null : typeof against === 'number' ? { revision: against } : { id: against });
  }

  @Public()
  @Get(':id/export')
  async export(@Param('id') id: string, @Query() query: unknown, @CurrentActor() actor: Actor | null, @Res({ passthrough: true }) response: Response) {
    const target = listId(id);
    const { format } = parseRequest(batchListExportQuery, query);
    const file = await exportBatchList(await this.queries.get(actor, target), format);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', file.contentDisposition);
    return new StreamableFile(file.body);
  }

  private async show(actor: Actor | null, id: string) {
    return presentBatchList(await this.queries.get(actor, id));
  }
}
