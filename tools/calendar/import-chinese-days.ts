// npm run calendar:import -- <year> --document-number '国办发明电〔YYYY〕N号' [--title …] [--issued-on YYYY-MM-DD]
//   [--official-url https://www.gov.cn/…] [--out <dir>]
// A later year's holiday notice file from the `chinese-days` package (docs/calendar.md, "A year from chinese-days"),
// checked by the rules of PUT /api/calendar/:year, printed as JSON or written to <dir>/cn-<year>.json (CALENDAR_DIR).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CalendarDataError, CalendarLookup, noticeFileFromChineseDays, type HolidayNoticeFile } from '@scq/calendar';
import { HolidayNoticeFileSchema } from '@scq/notification-infrastructure';
import { chineseDaysPackage } from './chinese-days.package';

export interface ImportOptions {
  year: number;
  documentNumber: string;
  title?: string;
  issuedOn?: string;
  officialUrl?: string;
}

/** The year's file, or throws with every problem: the package's data, then the checks PUT /api/calendar/:year makes. */
export function importYear(options: ImportOptions, source = chineseDaysPackage()): HolidayNoticeFile {
  const data = source.year(options.year);
  if (!data) throw new Error(`chinese-days ${source.version} has no data for ${options.year}: update the package once it has the State Council's notice`);
  const notice = {
    documentNumber: options.documentNumber,
    title: options.title ?? `国务院办公厅关于${options.year}年部分节假日安排的通知`,
    ...(options.issuedOn ? { issuedOn: options.issuedOn } : {}),
    ...(options.officialUrl ? { officialUrl: options.officialUrl } : {}),
  };
  const file = noticeFileFromChineseDays(options.year, data, notice);
  const schema = HolidayNoticeFileSchema.safeParse(file);
  if (!schema.success) throw new CalendarDataError(schema.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  new CalendarLookup().load(file); // the file rules, and no year registered in code
  return file;
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'document-number': { type: 'string' }, title: { type: 'string' }, 'issued-on': { type: 'string' }, 'official-url': { type: 'string' }, out: { type: 'string' } },
  });
  const year = Number(positionals[0]);
  if (!Number.isSafeInteger(year) || !values['document-number']) {
    throw new Error("usage: npm run calendar:import -- <year> --document-number '国办发明电〔YYYY〕N号' [--title …] [--issued-on YYYY-MM-DD] [--official-url URL] [--out DIR]");
  }
  const file = importYear({ year, documentNumber: values['document-number'], title: values.title, issuedOn: values['issued-on'], officialUrl: values['official-url'] });
  const json = `${JSON.stringify(file, null, 2)}\n`;
  if (!values.out) return void process.stdout.write(json);
  mkdirSync(values.out, { recursive: true });
  const path = join(values.out, `cn-${year}.json`);
  writeFileSync(path, json);
  process.stderr.write(`wrote ${path}: ${file.holidays.length} periods, ${file.makeUpWorkdays.length} make-up working days\n`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
