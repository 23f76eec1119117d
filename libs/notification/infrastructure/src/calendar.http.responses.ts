import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('YYYY-MM-DD, Asia/Shanghai');
const localized = z.object({ zh: z.string(), en: z.string() });

export const CalendarFlagSchema = z
  .object({
    official: z.boolean().describe('true when every year counted has an official State Council holiday notice'),
    unofficialYears: z.array(z.number().int()).describe('years counted Monday–Friday because their notice is not loaded yet'),
  })
  .meta({ id: 'CalendarFlag', description: 'Whether a date was counted on official holiday data' });

export const WorkingDaysAnswerSchema = z
  .object({ from: isoDate, add: z.number().int(), date: isoDate.describe('the add-th working day after from (add = 0: from)') })
  .extend(CalendarFlagSchema.shape)
  .meta({ id: 'WorkingDaysAnswer', description: 'A date N working days later' });

export const CalendarYearSchema = z
  .object({
    year: z.number().int(),
    official: z.boolean().describe('false: no notice loaded; every Monday–Friday counts as a working day'),
    source: z.enum(['registered', 'loaded']).nullable().describe('registered: verified data in code; loaded: a notice file (CALENDAR_DIR) or PUT /api/calendar/:year; null: no notice'),
    notice: z.object({ documentNumber: z.string(), title: z.string(), issuedOn: isoDate.nullable(), officialUrl: z.string().nullable() }).nullable(),
    holidays: z.array(z.object({ code: z.string(), name: localized, first: isoDate, last: isoDate, days: z.number().int() })).describe('days off, first to last inclusive'),
    makeUpWorkdays: z.array(z.object({ date: isoDate, forPeriod: z.string() })).describe('weekend days that are worked (调休上班)'),
  })
  .meta({ id: 'CalendarYear', description: 'A year’s statutory holidays and make-up working days' });

const localizedIn = z.object({ zh: z.string().min(1).max(50), en: z.string().min(1).max(100) }).strict();

/** The body of `PUT /api/calendar/:year` (and the shape of a `CALENDAR_DIR` file); day rules are the calendar's own. */
export const HolidayNoticeFileSchema = z
  .object({
    year: z.number().int(),
    notice: z.object({ documentNumber: z.string().min(1).max(100), title: z.string().min(1).max(300), issuedOn: isoDate.optional(), officialUrl: z.string().url().max(500).optional() }).strict(),
    holidays: z.array(z.object({ code: z.string().min(1).max(40), name: localizedIn, first: isoDate, last: isoDate }).strict()).min(1).max(20),
    makeUpWorkdays: z.array(z.object({ date: isoDate, forPeriod: z.string().min(1).max(40) }).strict()).max(20),
  })
  .strict()
  .meta({ id: 'HolidayNoticeFile', description: 'A year’s holiday notice as data: dates inside the year, periods in order without overlaps, make-up days on Saturday or Sunday outside the periods' });
