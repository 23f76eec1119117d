import { Controller, Get, Inject, Query } from '@nestjs/common';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { parseRequest, Public } from '@scq/platform-http';
import { SearchScenariosHandler } from '@scq/registry-application';
import { scenarioSearchQuerySchema } from '@scq/registry-domain';

/**
 * `GET /api/search/scenarios?q=&aspect=&domain=&unit=&district=&stage=&tier=&year=&limit=&after=`
 *
 * Not `/api/scenarios/search`: the scenario controller is registered first and its `GET /api/scenarios/:id`
 * would take that path (and answer 400 for a non-uuid id).
 */
@Public()
@Controller('api/search/scenarios')
export class SearchHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    private readonly searchScenarios: SearchScenariosHandler,
  ) {}

  @Get()
  search(@Query() query: unknown) {
    const parsed = parseRequest(scenarioSearchQuerySchema, query);
    return this.searchScenarios.execute(this.db, parsed);
  }
}
