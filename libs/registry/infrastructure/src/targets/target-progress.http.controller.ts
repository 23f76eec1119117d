import { Controller, Get, Param, Query } from '@nestjs/common';
import { z } from 'zod';
import { Access, ApiRoute, ApiTags, parseRequest } from '@scq/platform-http';
import { ReportTargetProgressHandler } from '@scq/registry-application';
import { isTaxonomyVersionId, taxonomyVersions, type TaxonomyVersionId } from '@scq/taxonomy';
import { invalid } from '../registry.api-responses';
import { TargetProgressSchema } from './target-progress.http.responses';

const YEAR_MESSAGE = '年份应为 2000–2100 之间的四位整数 year must be a four-digit year within 2000–2100';

export const targetProgressRequest = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/, YEAR_MESSAGE)
    .transform(Number)
    .refine((y) => y >= 2000 && y <= 2100, YEAR_MESSAGE),
  query: z
    .object({
      // The newest version (the plan in force) unless the caller asks for another one.
      taxonomyVersion: z
        .string({ error: '应为文本 must be text' })
        .refine(isTaxonomyVersionId, `未知的分类版本 unknown taxonomy version; one of: ${taxonomyVersions().join(', ')}`)
        .optional(),
    })
    .strict(),
});

/** 年度目标跟踪: a year's progress against the plan's annual targets, with breakdowns and the 5% reserve compliance. Signed-in callers only. */
@ApiTags('targets')
@Controller('api/targets')
export class TargetProgressHttpController {
  constructor(private readonly report: ReportTargetProgressHandler) {}

  @Get(':year')
  @Access.everyRole('everything')
  // Year and query are checked together by one schema (its field errors read `year` and `query.…`), so the route parses them itself.
  @ApiRoute({
    summary: '年度目标 A year’s progress against the plan’s targets, with the 5% reserve compliance',
    params: z.object({ year: targetProgressRequest.shape.year }),
    query: targetProgressRequest.shape.query,
    responses: { '200': { description: 'Progress with breakdowns', schema: TargetProgressSchema }, '400': invalid },
  })
  progress(@Param('year') year: string, @Query() query: unknown): Promise<z.output<typeof TargetProgressSchema>> {
    const parsed = parseRequest(targetProgressRequest, { year, query });
    const version = (parsed.query.taxonomyVersion ?? taxonomyVersions()[taxonomyVersions().length - 1]) as TaxonomyVersionId;
    return this.report.execute({ year: parsed.year, version });
  }
}
