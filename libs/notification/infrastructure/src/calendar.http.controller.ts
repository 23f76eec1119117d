import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Body, Controller, Get, HttpStatus, Inject, Injectable, Param, Put, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { calendarLookup, CalendarDataError, CalendarError, MAX_WORKING_DAYS_ADDED } from '@scq/calendar';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import { Access, ApiRoute, ApiTags, CurrentActor, parseRequest, RequestError, ZodQuery } from '@scq/platform-http';
import type { Database } from '@scq/platform-persistence';
import { apiError } from '@scq/platform-http';
import { invalid, refused } from './api-answers';
import { CalendarYearSchema, HolidayNoticeFileSchema, WorkingDaysAnswerSchema } from './calendar.http.responses';
import type { Answer } from './notification.http.responses';

export const CALENDAR_DIR = Symbol('CALENDAR_DIR');

export const workingDaysQuery = z
  .object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'from 应为 YYYY-MM-DD must be YYYY-MM-DD'),
    add: z.coerce.number().int('add 应为整数 must be an integer').min(0).max(MAX_WORKING_DAYS_ADDED),
  })
  .strict();
export const calendarYearParams = z.object({ year: z.coerce.number().int().min(1900).max(9999) });

/** A date the calendar refuses (2026-02-30) or a notice that breaks a day rule is bad input, never a 500. */
function answer<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarError) throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', error.message);
    throw error;
  }
}

function yearView(year: number): Answer<typeof CalendarYearSchema> {
  const view = calendarLookup.year(year);
  return { ...view, holidays: view.holidays.map((h) => ({ ...h, name: { ...h.name } })), makeUpWorkdays: [...view.makeUpWorkdays], notice: view.notice && { ...view.notice } };
}

/**
 * The working-day calendar the deadlines are counted on (docs/calendar.md). A year without an official notice
 * counts Monday–Friday and every answer touching it says `official: false`; a later year's notice is loaded as
 * data (`CALENDAR_DIR`, `PUT /api/calendar/:year`).
 */
@ApiTags('calendar')
@Controller('api/calendar')
export class CalendarHttpController {
  constructor(@Inject(SERVICE_DATABASE) private readonly db: Database) {}

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
    return answer(() => yearView(year));
  }

  @Put(':year')
  @Access({ admin: 'everything', coordinator: 'everything' })
  @ApiRoute({
    summary: '登记年度节假日 Load a later year’s holiday notice (admin, coordinator)',
    params: calendarYearParams,
    body: HolidayNoticeFileSchema,
    responses: { '200': { description: 'The year as now counted', schema: CalendarYearSchema }, '400': invalid, ...refused, '409': apiError('该年份由代码登记 The year is registered in code') },
  })
  async put(@Param() params: unknown, @Body() body: unknown, @CurrentActor() actor: Actor): Promise<Answer<typeof CalendarYearSchema>> {
    const { year } = parseRequest(calendarYearParams, params);
    const notice = parseRequest(HolidayNoticeFileSchema, body);
    if (notice.year !== year) throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `路径年份 ${year} 与文件年份 ${notice.year} 不符 The path year ${year} differs from the file's ${notice.year}`);
    if (calendarLookup.isRegisteredYear(year)) throw new RequestError(HttpStatus.CONFLICT, 'CONFLICT', `${year} 年已由代码登记并经核对，不能覆盖 ${year} is registered in code (verified) and cannot be replaced`);
    answer(() => calendarLookup.load(notice));
    await this.db.query(
      `INSERT INTO notification.calendar_year (year, notice, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (year) DO UPDATE SET notice = EXCLUDED.notice, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [year, JSON.stringify(notice), actor.id],
    );
    return yearView(year);
  }
}

/** Loads the notice files of `CALENDAR_DIR`, then the years stored through the endpoint; a bad file stops the start. */
@Injectable()
export class CalendarYearsLoader implements OnModuleInit {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(CALENDAR_DIR) private readonly dir: string | null,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.dir) {
      for (const name of readdirSync(this.dir).filter((file) => file.endsWith('.json')).sort()) {
        const path = join(this.dir, name);
        try {
          calendarLookup.load(JSON.parse(readFileSync(path, 'utf8')));
        } catch (error) {
          const problems = error instanceof CalendarDataError ? error.message : String(error);
          throw new Error(`CALENDAR_DIR: ${path} is not a valid holiday notice file: ${problems}`);
        }
      }
    }
    const { rows } = await this.db.query<{ notice: unknown }>(`SELECT notice FROM notification.calendar_year ORDER BY year`);
    for (const row of rows) calendarLookup.load(typeof row.notice === 'string' ? JSON.parse(row.notice) : row.notice);
  }
}
