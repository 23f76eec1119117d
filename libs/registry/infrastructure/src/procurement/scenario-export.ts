import { newWorkbook } from '../exceljs.lazy';
import { describeScenarioStage } from '@scq/contracts';
import type { ScenarioExportRow } from '@scq/registry-application';
import { firstSetLine, PROCUREMENT_ROUTE_NAMES, procurementMethodName } from '@scq/registry-domain';
import { csvCell } from '../batch-lists/batch-list-export';

export const SCENARIO_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ScenarioExportFormat = (typeof SCENARIO_EXPORT_FORMATS)[number];
export const SCENARIO_EXPORT_CONTENT_TYPES: Record<ScenarioExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The columns of the scenario export, bilingual headers; the last four are the procurement route and 首台(套) links. */
export const SCENARIO_EXPORT_COLUMNS: Array<{ header: string; width: number; value: (row: ScenarioExportRow) => string | number }> = [
  { header: '场景编号 ID', width: 38, value: ({ scenario }) => scenario.id },
  { header: '场景名称 Title', width: 40, value: ({ scenario }) => scenario.title.zh },
  { header: '领域 Domain', width: 22, value: ({ scenario }) => scenario.domainCode },
  { header: '牵头单位 Owner unit', width: 24, value: ({ scenario }) => scenario.ownerUnit },
  { header: '区县 District', width: 14, value: ({ scenario }) => scenario.district ?? '' },
  { header: '层级 Tier', width: 20, value: ({ scenario }) => scenario.tier },
  { header: '阶段 Stage', width: 24, value: ({ scenario }) => describeScenarioStage(scenario.stage) },
  { header: '采购途径 Procurement route', width: 16, value: ({ procurement }) => (procurement ? PROCUREMENT_ROUTE_NAMES[procurement.route].zh : '') },
  { header: '政府采购方式 Procurement method', width: 16, value: ({ procurement }) => procurementMethodName(procurement?.method ?? null) },
  { header: '首台(套)认定数 First-set recognitions', width: 10, value: ({ procurement }) => procurement?.firstSetRecognitions.length ?? 0 },
  { header: '首台(套)认定 First-set products', width: 60, value: ({ procurement }) => (procurement?.firstSetRecognitions ?? []).map(firstSetLine).join('；') },
];

export interface ScenarioExportFile {
  body: Buffer;
  contentType: string;
  contentDisposition: string;
}

export async function exportScenarios(rows: ScenarioExportRow[], format: ScenarioExportFormat, today: string): Promise<ScenarioExportFile> {
  const body = format === 'csv' ? Buffer.from(scenarioCsv(rows), 'utf8') : await scenarioXlsx(rows);
  const name = `场景清单-${today}.${format}`;
  const encoded = encodeURIComponent(name);
  return { body, contentType: SCENARIO_EXPORT_CONTENT_TYPES[format], contentDisposition: `attachment; filename="scenarios-${today}.${format}"; filename*=UTF-8''${encoded}` };
}

/** RFC 4180 with CRLF, UTF-8 with a byte-order mark (Excel reads the Chinese text), formula-looking cells kept text. */
export function scenarioCsv(rows: ScenarioExportRow[]): string {
  const lines = [SCENARIO_EXPORT_COLUMNS.map((c) => csvCell(c.header)), ...rows.map((row) => SCENARIO_EXPORT_COLUMNS.map((c) => csvCell(c.value(row))))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

async function scenarioXlsx(rows: ScenarioExportRow[]): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('场景 Scenarios');
  sheet.columns = SCENARIO_EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(SCENARIO_EXPORT_COLUMNS.map((c) => c.value(row))).alignment = { vertical: 'top', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SCENARIO_EXPORT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
