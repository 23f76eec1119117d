import { Controller, Get, HttpStatus, Param } from '@nestjs/common';
import { z } from 'zod';
import { calendarLookup, CalendarError, MAX_WORKING_DAYS_ADDED } from '@scq/calendar';
import { Access, ApiRoute, ApiTags, parseRequest, RequestError, ZodQuery } from '@scq/platform-http';
import { invalid, refused } from './api-answers';
import { CalendarYearSchema, WorkingDaysAnswerSchema } from './calendar.http.responses';
import type { Answer } from './notification.http.responses';

export const workingDaysQuery = z
  .object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'from 应为 YYYY-MM-DD must be YYYY-MM-DD'),
    add: z.coerce.number().int('add 应为整数 must be an integer').min(0).max(MAX_WORKING_DAYS_ADDED),
  })
  .strict();
export const calendarYearParams = z.object({ year: z.coerce.number().int().min(1900).max(9999) });

/** A date the calendar refuses (2026-02-30) is bad input, never a 500. */
function answer<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarError) throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `${error.message}`);
    throw error;
  }
}

/**
 * The working-day calendar the deadlines are counted on (docs/calendar.md). A year without an official notice
 * counts Monday–Friday and every answer touching it says `official: false`.
 */
@ApiTags('calendar')
@Controller('api/calendar')
export class CalendarHttpController {
  @Get('working-days')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '工作日推算 The date N working days after a date', responses: { '200': { description: 'The date, and whether it relied on years without official data', schema: WorkingDaysAnswerSchema }, '400': invalid, ...refused } })
  workingDays(@ZodQuery(workingDaysQuery) q: z.infer<typeof workingDaysQuery>): Answer<typeof WorkingDaysAnswerSchema> {
    return answer(() => {
      const result = calendarLookup.addWorkingDays(q.from, q.add);
      return { ...result, unofficialYears: [...result.unofficialYears] };
    });
  }

  @Get(':year')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '年度节假日 A year’s holidays and make-up working days', params: calendarYearParams, responses: { '200': { description: 'The year (`official: false` when no notice is loaded)', schema: CalendarYearSchema }, '400': invalid, ...refused } })
  year(@Param() params: unknown): Answer<typeof CalendarYearSchema> {
    const { year } = parseRequest(calendarYearParams, params);
    return answer(() => {
      const view = calendarLookup.year(year);
      return { ...view, holidays: view.holidays.map((h) => ({ ...h, name: { ...h.name } })), makeUpWorkdays: [...view.makeUpWorkdays], notice: view.notice && { ...view.notice } };
    });
  }
}
