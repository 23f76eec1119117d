import { z } from 'zod';
import { IMPORT_COLUMNS } from '@scq/registry-domain';

const COLUMN_KEYS = IMPORT_COLUMNS.map((column) => column.key) as [string, ...string[]];
const PROBLEM_CODES = [
  'INVALID_VALUE',
  'UNKNOWN_DOMAIN',
  'UNKNOWN_UNIT',
  'NOT_OWN_UNIT',
  'NOT_OWN_DISTRICT',
  'FORBIDDEN',
  'DUPLICATE_SCENARIO',
  'DUPLICATE_ROW',
  'UNIT_NOT_RESPONSIBLE',
  'RESERVE_BELOW_MINIMUM',
] as const;

export const ScenarioImportProblemSchema = z
  .object({
    column: z.enum(COLUMN_KEYS).nullable().describe('The column concerned; null: the row as a whole'),
    columnLabel: z.string().nullable().describe('The column’s header, `领域代码 Domain code`'),
    code: z.enum(PROBLEM_CODES),
    severity: z.enum(['error', 'warning']).describe('`error`: the row is not imported; `warning`: imported and flagged, as registration flags it'),
    message: z.string().describe('中文 English'),
  })
  .meta({ id: 'ScenarioImportProblem', description: '导入问题 A problem of one row, in words, on its column' });

export const ScenarioImportRowSchema = z
  .object({
    row: z.number().int().describe('The row number as the spreadsheet shows it (the header is row 1)'),
    scenario: z.record(z.string(), z.unknown()).describe('What the row reads as: the registration `POST /api/scenarios` would receive'),
    status: z.enum(['valid', 'imported', 'refused']),
    scenarioId: z.uuid().nullable().describe('The registered scenario (commit only)'),
    problems: z.array(ScenarioImportProblemSchema),
  })
  .meta({ id: 'ScenarioImportRow', description: '导入行 One row of the file and what became of it' });

export const ScenarioImportReportSchema = z
  .object({
    mode: z.enum(['dry-run', 'commit']),
    rows: z.array(ScenarioImportRowSchema),
    summary: z.object({
      rows: z.number().int().describe('Data rows in the file'),
      valid: z.number().int().describe('Rows without errors (imported on commit)'),
      refused: z.number().int().describe('Rows with an error: not imported'),
      warnings: z.number().int().describe('Rows with a warning'),
      imported: z.number().int().describe('Scenarios registered (0 in a dry run)'),
    }),
  })
  .meta({ id: 'ScenarioImportReport', description: '导入报告 What an import found (dry run) or did (commit), row by row' });
