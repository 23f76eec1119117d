import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { parseRequest } from '@scq/platform-observability';
import { assertMayDecideDuplicates, DecideDuplicateHandler, DUPLICATE_DECISIONS, ReviewDuplicatesHandler } from '@scq/registry-application';
import { answering, headerValue } from './search-refusal.http';

export const duplicateDecisionBody = z
  .object({
    otherId: z.string({ error: '必填 required' }).uuid('应为场景 ID (uuid) must be a scenario id (uuid)'),
    decision: z.enum(DUPLICATE_DECISIONS, { error: `决定应为 decision must be one of: ${DUPLICATE_DECISIONS.join(', ')}` }),
    note: z.string({ error: '必须是文本 must be text' }).trim().min(1, '不能为空 must not be empty').max(2000, '最多 2000 个字符 at most 2000 characters').optional(),
  })
  .strict();

export const duplicateReviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(20) }).strict();

/**
 * 避免重复建设: `GET /api/scenarios/:id/duplicates` (near-duplicates with scores and the decisions taken) and
 * `POST /api/scenarios/:id/duplicates` `{ otherId, decision: link | dismiss, note? }` (coordinator or admin,
 * by the `x-user-roles` header; 403 otherwise). Two path segments after `api/scenarios`, so the scenario
 * controller's `GET :id` does not take them.
 */
@Controller('api/scenarios/:id/duplicates')
export class DuplicatesHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    private readonly review: ReviewDuplicatesHandler,
    private readonly decide: DecideDuplicateHandler,
  ) {}

  @Get()
  candidates(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: unknown) {
    const { limit } = parseRequest(duplicateReviewQuery, query);
    return answering(() => this.review.execute(this.db, id, limit));
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  async decision(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown, @Headers() headers: Record<string, string | string[] | undefined>) {
    const roles = (headerValue(headers, 'x-user-roles') ?? '')
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean);
    const decider = { id: headerValue(headers, 'x-user-id'), roles };
    // Authorise before looking at the body or the scenarios: a caller without the role learns nothing.
    await answering(async () => assertMayDecideDuplicates(decider));
    const command = { ...parseRequest(duplicateDecisionBody, body), scenarioId: id, decider };
    return answering(() => this.decide.execute(command));
  }
}
