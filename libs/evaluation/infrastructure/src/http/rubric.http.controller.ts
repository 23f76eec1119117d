import { Controller, Get, HttpStatus, Param, Query } from '@nestjs/common';
import { currentRubric, PURPOSE_RUBRICS, rubricIds, rubricVersions } from '@scq/evaluation-domain';
import { parseRequest, Public, RequestError } from '@scq/platform-http';
import { rubricQuery } from './evaluation.http.schemas';

/** The rubrics as versioned data, and which rubrics decide each assessment purpose: open to anyone. */
@Public()
@Controller('api/evaluation/rubrics')
export class RubricHttpController {
  @Get()
  list() {
    return {
      items: rubricIds().map((id) => ({ ...currentRubric(id), versions: rubricVersions(id).map((r) => r.version) })),
      purposes: PURPOSE_RUBRICS,
    };
  }

  @Get(':rubricId')
  get(@Param('rubricId') rubricId: string, @Query() query: unknown) {
    const { version } = parseRequest(rubricQuery, query);
    const versions = rubricVersions(rubricId);
    const rubric = version === undefined ? versions.at(-1) : versions.find((r) => r.version === version);
    if (!rubric) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `没有评分表 ${rubricId}${version ? `@${version}` : ''} no rubric ${rubricId}${version ? ` version ${version}` : ''}; known: ${rubricIds().join(', ')}`);
    return { ...rubric, versions: versions.map((r) => r.version) };
  }
}
