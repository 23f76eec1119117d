import { Controller, Get, HttpCode, HttpStatus, Post, Req, Res, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { Access, apiError, ApiRoute, ApiTags, CurrentActor, readUploadBody, setAuditSummary, SPREADSHEET_CONTENT_TYPES, ZodQuery } from '@scq/platform-http';
import { IMPORT_MODES, ImportScenariosHandler, ScenarioImportRefused } from '@scq/registry-application';
import { invalid, refused } from '../registry.api-responses';
import { importTemplate, MAX_IMPORT_ROWS, readImportWorkbook, XLSX_CONTENT_TYPE } from './import-workbook';
import { ScenarioImportReportSchema } from './scenario-import.http.responses';

export const scenarioImportQuery = z
  .object({
    mode: z.enum(IMPORT_MODES, { error: '模式应为 mode must be dry-run or commit' }).describe('`dry-run`: report only, store nothing; `commit`: register the valid rows'),
    allOrNothing: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true')
      .describe('`true`: import nothing when any row has an error (422 naming each)'),
  })
  .strict();

const WHO = { officer: 'own-unit', coordinator: 'everything', admin: 'everything' } as const;

/**
 * 批量导入: coordinators and units bring their existing lists from Excel. The template, then the file: a dry run
 * reports each row's problems in words, a commit registers the valid rows in one transaction, each exactly as
 * `POST /api/scenarios` would (an officer for their own unit only).
 */
@ApiTags('scenarios')
@Controller('api/scenarios/import')
export class ScenarioImportHttpController {
  constructor(private readonly importScenarios: ImportScenariosHandler) {}

  @Get('template')
  @Access(WHO)
  @ApiRoute({
    summary: '导入模板 The Excel template for importing scenarios',
    description: 'The scenario sheet (bilingual headers, drop-downs for the choices, domains and units), and the taxonomy’s domains with their responsible units and its units on two more sheets.',
    responses: { '200': { description: 'The template, as an attachment', contentType: XLSX_CONTENT_TYPE }, ...refused },
  })
  async template(@Res({ passthrough: true }) response: Response) {
    response.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    response.setHeader('Content-Disposition', `attachment; filename="scenario-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent('场景批量导入模板.xlsx')}`);
    return new StreamableFile(await importTemplate());
  }

  @Post()
  @Access(WHO)
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '批量导入场景 Import scenarios from an Excel file (dry run or commit)',
    description: `The body is the workbook itself (at most 5 MiB, ${MAX_IMPORT_ROWS} rows). Each row is checked as \`POST /api/scenarios\` checks a registration (an officer for their own unit only; the coordinator or an admin for any), and against the registry: a row repeating a registered scenario or an earlier row (same title, domain and owner unit) is refused, so the same file uploaded again imports nothing twice. Warnings (a reserve below the plan's minimum, a department not responsible for the domain) do not keep a row out. \`commit\` registers the valid rows in one transaction, each announced as \`registry.scenario.registered\`.`,
    query: scenarioImportQuery,
    upload: { contentTypes: SPREADSHEET_CONTENT_TYPES, description: 'The .xlsx file (the template’s first sheet)' },
    responses: {
      '200': { description: 'The report, row by row', schema: ScenarioImportReportSchema },
      '400': invalid,
      ...refused,
      '413': apiError('文件过大 File too large'),
      '415': apiError('不是 Excel 工作簿 Not an Excel workbook'),
      '422': apiError('全部或全不：有行存在问题，未导入 All-or-nothing: rows have problems, nothing imported'),
    },
  })
  async import(@ZodQuery(scenarioImportQuery) query: z.infer<typeof scenarioImportQuery>, @CurrentActor() actor: Actor, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const rows = await readImportWorkbook(await readUploadBody(request));
    const report = await this.importScenarios.execute(actor, rows, query).catch((error: unknown) => {
      if (error instanceof ScenarioImportRefused) setAuditSummary(response, { mode: query.mode, rows: rows.length, imported: 0, refused: error.refusedRows });
      throw error;
    });
    setAuditSummary(response, { mode: report.mode, rows: report.summary.rows, imported: report.summary.imported, refused: report.summary.refused });
    return report;
  }
}
