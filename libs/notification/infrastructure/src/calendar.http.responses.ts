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
    notice: z.object({ documentNumber: z.string(), title: z.string(), issuedOn: isoDate, officialUrl: z.string() }).nullable(),
    holidays: z.array(z.object({ code: z.string(), name: localized, first: isoDate, last: isoDate, days: z.number().int() })).describe('days off, first to last inclusive'),
    makeUpWorkdays: z.array(z.object({ date: isoDate, forPeriod: z.string() })).describe('weekend days that are worked (调休上班)'),
  })
  .meta({ id: 'CalendarYear', description: 'A year’s statutory holidays and make-up working days' });
