import { Controller, Get, Inject } from '@nestjs/common';
import type { z } from 'zod';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { Access, ApiRoute, ApiTags, CurrentActor, OVERSEERS, ZodQuery } from '@scq/platform-http';
import { scenarioReachFilter, SearchScenariosHandler } from '@scq/registry-application';
import type { Actor } from '@scq/contracts';
import { scenarioSearchQuerySchema, scenarioStageCountsQuerySchema } from '@scq/registry-domain';
import { invalid } from '../registry.api-responses';
import { SearchHitsSchema, StageCountsSchema } from './search.http.responses';

/**
 * `GET /api/search/scenarios?q=&aspect=&domain=&unit=&district=&stage=&tier=&year=&limit=&after=`
 *
 * Not `/api/scenarios/search`: the scenario controller is registered first and its `GET /api/scenarios/:id`
 * would take that path (and answer 400 for a non-uuid id). Signed-in callers only, like the scenarios themselves.
 */
@ApiTags('scenarios')
@Controller('api/search/scenarios')
export class SearchHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    private readonly searchScenarios: SearchScenariosHandler,
  ) {}

  @Get()
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'public', evaluator: 'assigned' })
  @ApiRoute({ summary: '场景检索 Full-text and faceted scenario search', responses: { '200': { description: 'Hits, title matches first, keyset-paginated, with the terms the query was read as', schema: SearchHitsSchema }, '400': invalid } })
  search(@ZodQuery(scenarioSearchQuerySchema) query: z.infer<typeof scenarioSearchQuerySchema>, @CurrentActor() actor: Actor) {
    return this.searchScenarios.execute(this.db, query, scenarioReachFilter(actor));
  }

  @Get('stage-counts')
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'public', evaluator: 'assigned' })
  @ApiRoute({
    summary: '场景阶段计数 How many scenarios of a search are in each stage (the board’s column counts)',
    description: 'The same `q` and filters as `GET /api/search/scenarios` (without `limit` and `after`), over what the caller reads; `stage: null` counts scenarios the workflow has not started yet.',
    responses: { '200': { description: 'Counts by stage, with the total', schema: StageCountsSchema }, '400': invalid },
  })
  stageCounts(@ZodQuery(scenarioStageCountsQuerySchema) query: z.infer<typeof scenarioStageCountsQuerySchema>, @CurrentActor() actor: Actor) {
    return this.searchScenarios.stageCounts(this.db, query, scenarioReachFilter(actor));
  }
}
