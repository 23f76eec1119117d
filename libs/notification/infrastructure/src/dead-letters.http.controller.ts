import { Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { TextDecoder } from 'node:util';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { eventTypeName, serviceName, topicName } from '@scq/notification-domain';
import { SERVICE_DATABASE, SqlDeadLetterStore, type DeadLetterAction, type DeadLetterRecord } from '@scq/platform-messaging';
import { Access, apiError, ApiRoute, ApiTags, CurrentActor, RequestError, setAuditSummary, UuidPipe, ZodBody, ZodQuery } from '@scq/platform-http';
import type { Database } from '@scq/platform-persistence';
import { invalid, notFound, refused } from './api-answers';
import { DEAD_LETTER_STATUSES, DeadLetterDetailSchema, DeadLetterPageSchema, DeadLetterReplayResultSchema, DeadLetterSummarySchema } from './dead-letters.http.responses';
import type { Answer } from './notification.http.responses';

const filterText = z.string().trim().min(1).max(200).optional();
export const deadLettersQuery = z
  .object({
    service: filterText,
    topic: filterText,
    type: filterText,
    consumer: filterText,
    status: z.enum(DEAD_LETTER_STATUSES).optional(),
    limit: z.coerce.number().int().min(1, 'limit 至少为 1 must be at least 1').max(200, 'limit 至多为 200 must be at most 200').default(50),
    offset: z.coerce.number().int().min(0, 'offset 不能为负 must not be negative').max(1_000_000).default(0),
  })
  .strict();

export const replayBody = z
  .object({ ids: z.array(z.uuid('ids 应为 UUID must be UUIDs')).min(1, '至少选择一条死信 Choose at least one dead letter').max(200, '一次至多重放 200 条 At most 200 at a time') })
  .strict();

export const discardBody = z.object({ reason: z.string().trim().min(3, '请说明丢弃理由（至少 3 个字符） Give a reason of at least 3 characters').max(2000, '理由过长 The reason is too long') }).strict();

const conflict = apiError('状态冲突 The dead letter is no longer dead (replayed or discarded)');
const ADMIN_ONLY = { admin: 'everything' } as const;

/**
 * Dead-letter operations, admins only: `GET /api/operations/dead-letters` (filter by service, topic, type, consumer,
 * status; paged), `GET …/:id` (original bytes, headers, reason, attempts, trace), `POST …/replay` (one or many: the
 * original message to its topic again through this service's outbox, for the consumer that gave up), `POST …/:id/discard`
 * (with a reason). Every action is kept with the dead letter (who, when, why) and recorded by the gateway's audit log.
 */
@ApiTags('operations')
@Controller('api/operations/dead-letters')
export class DeadLettersHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    private readonly store: SqlDeadLetterStore,
  ) {}

  @Get()
  @Access(ADMIN_ONLY)
  @ApiRoute({ summary: '死信 Dead letters of every service (admin)', responses: { '200': { description: 'A page of dead letters, latest failure first', schema: DeadLetterPageSchema }, '400': invalid, ...refused } })
  async list(@ZodQuery(deadLettersQuery) q: z.infer<typeof deadLettersQuery>): Promise<Answer<typeof DeadLetterPageSchema>> {
    const { limit, offset, ...filter } = q;
    const page = await this.store.list(this.db, filter, { limit, offset });
    return { items: page.items.map(summaryView), total: page.total, limit, offset };
  }

  @Post('replay')
  @Access(ADMIN_ONLY)
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '重放死信 Replay dead letters to their topics (admin)', body: replayBody, responses: { '200': { description: 'Which were replayed and which not', schema: DeadLetterReplayResultSchema }, '400': invalid, ...refused } })
  async replay(@ZodBody(replayBody) body: z.infer<typeof replayBody>, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<Answer<typeof DeadLetterReplayResultSchema>> {
    const outcome = await this.store.replay(this.db, body.ids, { id: actor.id, name: null });
    setAuditSummary(response, { action: 'dead-letter-replay', requested: body.ids.length, replayed: outcome.replayed.length, refused: outcome.refused.length });
    return outcome;
  }

  @Get(':id')
  @Access(ADMIN_ONLY)
  @ApiRoute({ summary: '死信详情 One dead letter with its original bytes (admin)', responses: { '200': { description: 'The dead letter', schema: DeadLetterDetailSchema }, '400': invalid, ...refused, '404': notFound } })
  async one(@Param('id', UuidPipe) id: string): Promise<Answer<typeof DeadLetterDetailSchema>> {
    const found = await this.store.find(this.db, id);
    if (!found) throw missing(id);
    return detailView(found.deadLetter, found.actions);
  }

  @Post(':id/discard')
  @Access(ADMIN_ONLY)
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '丢弃死信 Discard a dead letter with a reason (admin)', body: discardBody, responses: { '200': { description: 'The discarded dead letter', schema: DeadLetterSummarySchema }, '400': invalid, ...refused, '404': notFound, '409': conflict } })
  async discard(@Param('id', UuidPipe) id: string, @ZodBody(discardBody) body: z.infer<typeof discardBody>, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<Answer<typeof DeadLetterSummarySchema>> {
    const outcome = await this.store.discard(this.db, id, { id: actor.id, name: null }, body.reason);
    if (!outcome) throw missing(id);
    if (!outcome.discarded) {
      throw new RequestError(HttpStatus.CONFLICT, 'DEAD_LETTER_NOT_DEAD', `此死信已${outcome.deadLetter.status === 'replayed' ? '重放' : '丢弃'}，不能丢弃 The dead letter was already ${outcome.deadLetter.status}: it cannot be discarded`);
    }
    setAuditSummary(response, { action: 'dead-letter-discard', deadLetter: id });
    return summaryView(outcome.deadLetter);
  }
}

function missing(id: string): RequestError {
  return new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `没有此死信 No dead letter ${id}`);
}

function summaryView(letter: DeadLetterRecord): Answer<typeof DeadLetterSummarySchema> {
  return {
    id: letter.id,
    service: letter.service,
    serviceName: serviceName(letter.service),
    consumer: letter.consumer,
    topic: letter.topic,
    topicName: topicName(letter.topic),
    eventType: letter.eventType,
    eventTypeName: eventTypeName(letter.eventType),
    messageId: letter.messageId,
    reason: letter.reason,
    attempts: letter.attempts,
    failures: letter.failures,
    firstFailedAt: letter.firstFailedAt,
    lastFailedAt: letter.lastFailedAt,
    status: letter.status,
    replays: letter.replays,
    replayedAt: letter.replayedAt,
    replayedBy: letter.replayedBy,
    discardedAt: letter.discardedAt,
    discardedBy: letter.discardedBy,
    discardReason: letter.discardReason,
  };
}

function detailView(letter: DeadLetterRecord, actions: DeadLetterAction[]): Answer<typeof DeadLetterDetailSchema> {
  const bytes = Buffer.from(letter.value, 'utf8');
  return {
    ...summaryView(letter),
    key: letter.key,
    partition: letter.partition,
    offset: letter.offset,
    traceId: letter.traceId,
    headers: letter.headers,
    valueBase64: bytes.toString('base64'),
    valueText: utf8(bytes),
    actions,
  };
}

function utf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
