import { Controller, Get, Inject, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { beijingDateOf } from '@scq/calendar';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { Access, ApiRoute, ApiTags, CurrentActor, OVERSEERS, ZodQuery } from '@scq/platform-http';
import { ScenarioExportQuery, scenarioReachFilter, SearchScenariosHandler } from '@scq/registry-application';
import type { Actor } from '@scq/contracts';
import { scenarioSearchQuerySchema, scenarioStageCountsQuerySchema } from '@scq/registry-domain';
import { conflict, invalid, refused } from '../registry.api-responses';
import { exportScenarios, SCENARIO_EXPORT_CONTENT_TYPES, SCENARIO_EXPORT_FORMATS } from '../procurement/scenario-export';
import { SearchHitsSchema, StageCountsSchema } from './search.http.responses';

/**
 * `GET /api/search/scenarios?q=&aspect=&domain=&unit=&district=&stage=&tier=&year=&limit=&after=`
 *
 * Not `/api/scenarios/search`: the scenario controller is registered first and its `GET /api/scenarios/:id`
 * would take that path (and answer 400 for a non-uuid id). Signed-in callers only, like the scenarios themselves.
 */
/** A search's text and filters, and the file format of its export. */
const searchExportQuerySchema = scenarioStageCountsQuerySchema.extend({
  format: z.enum(SCENARIO_EXPORT_FORMATS, { error: `导出格式应为 format must be one of: ${SCENARIO_EXPORT_FORMATS.join(', ')}` }).default('csv'),
});

@ApiTags('scenarios')
@Controller('api/search/scenarios')
export class SearchHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    private readonly searchScenarios: SearchScenariosHandler,
    private readonly exports: ScenarioExportQuery,
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

  @Get('export')
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'public', evaluator: 'assigned' })
  @ApiRoute({
    summary: '导出检索结果 Export the scenarios of a search (the board’s text and filters) as CSV or XLSX',
    description: `The same \`q\` and filters as \`GET /api/search/scenarios\` (without \`limit\` and \`after\`), over what the caller reads, in the search's order, with the procurement route and 首台(套) recognitions; \`format\` csv (the default) or xlsx; at most 10,000 scenarios (more is 409 \`EXPORT_TOO_LARGE\`).`,
    responses: {
      '200': { description: 'The file, as an attachment: bilingual header row, one scenario a row', contentType: SCENARIO_EXPORT_CONTENT_TYPES.csv, alternativeContentTypes: [SCENARIO_EXPORT_CONTENT_TYPES.xlsx] },
      '400': invalid,
      ...refused,
      '409': conflict,
    },
  })
  async export(@ZodQuery(searchExportQuerySchema) query: z.infer<typeof searchExportQuerySchema>, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response) {
    const { format, ...search } = query;
    const file = await exportScenarios(await this.exports.rowsOfSearch(actor, this.searchScenarios, search), format, beijingDateOf(new Date()));
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', file.contentDisposition);
    return new StreamableFile(file.body);
  }
}
