import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { parseRequest, RequestError } from '@scq/platform-observability';
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
  BatchListError,
  batchListItemInputSchema,
  createBatchListSchema,
  publishBatchListSchema,
  reviseBatchListSchema,
  updateBatchListItemSchema,
  updateBatchListSchema,
} from '@scq/registry-domain';
import { BATCH_LIST_EXPORT_FORMATS, exportBatchList } from './batch-list-export';
import { presentBatchList } from './batch-list.presenter';
import { callerFromHeaders } from '../caller.http';

type RequestHeaders = Record<string, string | string[] | undefined>;

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

const STATUS_OF: Record<BatchListError['kind'], HttpStatus> = {
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  invalid: HttpStatus.BAD_REQUEST,
};

/** The use cases' refusals as HTTP errors in the platform's one error format. */
async function http<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BatchListError) throw new RequestError(STATUS_OF[error.kind], error.code, error.message, error.fields);
    throw error;
  }
}

function listId(id: string): string {
  return parseRequest(z.object({ id: uuid('id') }), { id }).id;
}

/**
 * 批次清单: the coordinator drafts a list, publishes it (immutable from then on, with snapshots of its scenarios),
 * corrects it by revisions, and anyone may read, compare and export published lists.
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

  @Get()
  async list(@Query() query: unknown, @Headers() headers: RequestHeaders) {
    const caller = callerFromHeaders(headers);
    return { items: await http(() => this.queries.list(caller, parseRequest(batchListQuery, query))) };
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  async createList(@Body() body: unknown, @Headers() headers: RequestHeaders) {
    const caller = callerFromHeaders(headers);
    const list = await http(() => this.create.execute(caller, () => parseRequest(createBatchListSchema, body)));
    return this.show(caller, list.id);
  }

  @Get(':id')
  async get(@Param('id') id: string, @Headers() headers: RequestHeaders) {
    return this.show(callerFromHeaders(headers), listId(id));
  }

  @Put(':id')
  async put(@Param('id') id: string, @Body() body: unknown, @Headers() headers: RequestHeaders) {
    const caller = callerFromHeaders(headers);
    await http(() => this.update.execute(caller, listId(id), () => parseRequest(updateBatchListSchema, body)));
    return this.show(caller, id);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async delete(@Param('id') id: string, @Headers() headers: RequestHeaders): Promise<void> {
    await http(() => this.discard.execute(callerFromHeaders(headers), listId(id)));
  }

  @Post(':id/items')
  @HttpCode(HttpStatus.CREATED)
  async addItem(@Param('id') id: string, @Body() body: unknown, @Headers() headers: RequestHeaders) {
    const caller = callerFromHeaders(headers);
    await http(() => this.items.add(caller, listId(id), () => parseRequest(batchListItemInputSchema, body)));
    return this.show(caller, id);
  }

  @Put(':id/items/:scenarioId')
  async editItem(@Param('id') id: string, @Param('scenarioId') scenarioId: string, @Body() body: unknown, @Headers() headers: RequestHeaders) {
    const caller = callerFromHeaders(headers);
    await http(() => this.items.update(caller, listId(id), scenarioId, () => parseRequest(updateBatchListItemSchema, body)));
    return this.show(caller, id);
  }

  @Delete(':id/items/:scenarioId')
  async removeItem(@Param('id') id: string, @Param('scenarioId') scenarioId: string, @Headers() headers: RequestHeaders) {
    const caller = callerFromHeaders(headers);
    await http(() => this.items.remove(caller, listId(id), scenarioId));
    return this.show(caller, id);
  }

  @Post(':id/publish')
  @HttpCode(HttpStatus.OK)
  async publish(@Param('id') id: string, @Body() body: unknown, @Headers() headers: RequestHeaders) {
    const caller = callerFromHeaders(headers);
    await http(() => this.publisher.execute(caller, listId(id), () => parseRequest(publishBatchListSchema, body ?? {})));
    return this.show(caller, id);
  }

  @Post(':id/revisions')
  @HttpCode(HttpStatus.CREATED)
  async revise(@Param('id') id: string, @Body() body: unknown, @Headers() headers: RequestHeaders) {
    const caller = callerFromHeaders(headers);
    const draft = await http(() => this.reviser.execute(caller, listId(id), () => parseRequest(reviseBatchListSchema, body ?? {})));
    return this.show(caller, draft.id);
  }

  @Get(':id/revisions')
  async revisions(@Param('id') id: string, @Headers() headers: RequestHeaders) {
    const caller = callerFromHeaders(headers);
    return { items: await http(() => this.queries.revisions(caller, listId(id))) };
  }

  /** Changes from `against` (a list id, or a revision number of the same list; default the revision this one corrects). */
  @Get(':id/diff')
  async diff(@Param('id') id: string, @Query() query: unknown, @Headers() headers: RequestHeaders) {
    const caller = callerFromHeaders(headers);
    const target = listId(id);
    const { against } = parseRequest(batchListDiffQuery, query);
    return http(() => this.queries.diff(caller, target, against === undefined ? null : typeof against === 'number' ? { revision: against } : { id: against }));
  }

  @Get(':id/export')
  async export(@Param('id') id: string, @Query() query: unknown, @Headers() headers: RequestHeaders, @Res({ passthrough: true }) response: Response) {
    const caller = callerFromHeaders(headers);
    const target = listId(id);
    const { format } = parseRequest(batchListExportQuery, query);
    const file = await exportBatchList(await http(() => this.queries.get(caller, target)), format);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', file.contentDisposition);
    return new StreamableFile(file.body);
  }

  private async show(caller: ReturnType<typeof callerFromHeaders>, id: string) {
    return presentBatchList(await http(() => this.queries.get(caller, id)));
  }
}
