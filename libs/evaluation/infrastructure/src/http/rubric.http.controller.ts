import { Controller, Get, HttpStatus, Param } from '@nestjs/common';
import { currentRubric, PURPOSE_RUBRICS, rubricIds, rubricVersions } from '@scq/evaluation-domain';
import { Access, ApiRoute, ApiTags, RequestError, ZodQuery } from '@scq/platform-http';
import type { z } from 'zod';
import { invalid, notFound } from './evaluation.api-responses';
import { RubricListSchema, RubricWithVersionsSchema } from './evaluation.http.responses';
import { rubricQuery } from './evaluation.http.schemas';

/** The rubrics as versioned data, and which rubrics decide each assessment purpose: for signed-in callers. */
@ApiTags('rubrics')
@Controller('api/evaluation/rubrics')
export class RubricHttpController {
  @Get()
  @Access.everyRole('everything')
  @ApiRoute({ summary: '评分表 The rubrics and which decide each purpose', responses: { '200': { description: '`items` and `purposes`', schema: RubricListSchema } } })
  list() {
    return {
      items: rubricIds().map((id) => ({ ...currentRubric(id), versions: rubricVersions(id).map((r) => r.version) })),
      purposes: PURPOSE_RUBRICS,
    };
  }

  /** Rubric ids are names (`value-assessment`), not UUIDs. */
  @Get(':rubricId')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '评分表详情 One rubric (a version, default the current)', responses: { '200': { description: 'The rubric with its versions', schema: RubricWithVersionsSchema }, '400': invalid, '404': notFound } })
  get(@Param('rubricId') rubricId: string, @ZodQuery(rubricQuery) query: z.infer<typeof rubricQuery>): z.output<typeof RubricWithVersionsSchema> {
    const { version } = query;
    const versions = rubricVersions(rubricId);
    const rubric = version === undefined ? versions.at(-1) : versions.find((r) => r.version === version);
    if (!rubric) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `没有评分表 ${rubricId}${version ? `@${version}` : ''} no rubric ${rubricId}${version ? ` version ${version}` : ''}; known: ${rubricIds().join(', ')}`);
    return { ...rubric, versions: versions.map((r) => r.version) };
  }
}
