import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, OVERSEERS, parseRequest, UuidPipe, ZodQuery } from '@scq/platform-http';
import { assertMayDecideDuplicates, assertReadsScenario, SCENARIO_REPOSITORY, type ScenarioRepository, DecideDuplicateHandler, decodeDuplicateCursor, DUPLICATE_DECISIONS, ReviewDuplicatesHandler } from '@scq/registry-application';
import { cursorParam, keysetPageQuery } from '@scq/platform-http';
import { invalid, notFound, refused } from '../registry.api-responses';
import { DuplicateCandidatesSchema, DuplicateDecisionSchema } from './duplicates.http.responses';

export const duplicateDecisionBody = z
  .object({
    otherId: z.string({ error: '必填 required' }).uuid('应为场景 ID (uuid) must be a scenario id (uuid)'),
    decision: z.enum(DUPLICATE_DECISIONS, { error: `决定应为 decision must be one of: ${DUPLICATE_DECISIONS.join(', ')}` }),
    note: z.string({ error: '必须是文本 must be text' }).trim().min(1, '不能为空 must not be empty').max(2000, '最多 2000 个字符 at most 2000 characters').optional(),
  })
  .strict();

/** `limit` keeps the bounds it had before the review was paged (default 20, at most 50). */
export const duplicateReviewQuery = z.object(keysetPageQuery(cursorParam(decodeDuplicateCursor), { max: 50, fallback: 20 })).strict();

/**
 * 避免重复建设: `GET /api/scenarios/:id/duplicates` (near-duplicates with scores and the decisions taken) and
 * `POST /api/scenarios/:id/duplicates` `{ otherId, decision: link | dismiss, note? }` (coordinator or admin;
 * 403 for other roles). Both need a signed-in caller (401 otherwise). Two path segments after `api/scenarios`, so the
 * scenario controller's `GET :id` does not take them.
 */
@ApiTags('scenarios')
@Controller('api/scenarios/:id/duplicates')
export class DuplicatesHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(SCENARIO_REPOSITORY) private readonly scenarios: ScenarioRepository,
    private readonly review: ReviewDuplicatesHandler,
    private readonly decide: DecideDuplicateHandler,
  ) {}

  @Get()
  @Access({ ...OVERSEERS, officer: 'own-unit' })
  @ApiRoute({
    summary: '疑似重复 Near-duplicates of a scenario with scores and decisions, keyset-paginated',
    description:
      'Same domain and district first, then by score (higher first), then by scenario id; scenarios a decision was taken on are listed too. `limit` (default 20, at most 50) a page of `candidates`; pass `nextCursor` back as `after` for the next page (null on the last).',
    responses: {
      '200': { description: 'A page of candidates with their decisions: `scenarioId`, `threshold`, `candidates`, `nextCursor`', schema: DuplicateCandidatesSchema },
      '400': invalid,
      ...refused,
      '404': notFound,
    },
  })
  async candidates(@Param('id', UuidPipe) id: string, @ZodQuery(duplicateReviewQuery) page: z.infer<typeof duplicateReviewQuery>, @CurrentActor() actor: Actor) {
    const scenario = await this.scenarios.findById(this.db, id);
    if (scenario) assertReadsScenario(actor, scenario);
    return this.review.execute(this.db, id, page);
  }

  @Post()
  @Access({ coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.CREATED)
  // The role is checked before the body is read (a 403 whatever it says), so the route parses the body itself.
  @ApiRoute({
    summary: '重复判定 Link or dismiss a near-duplicate (coordinator, admin)',
    body: duplicateDecisionBody,
    responses: { '201': { description: 'The decision', schema: DuplicateDecisionSchema }, '400': invalid, ...refused, '404': notFound },
  })
  decision(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const decider = { id: actor.id, roles: [...actor.roles] };
    // Authorise before looking at the body or the scenarios: a caller without the role learns nothing.
    assertMayDecideDuplicates(decider);
    const command = { ...parseRequest(duplicateDecisionBody, body), scenarioId: id, decider };
    return this.decide.execute(command);
  }
}
