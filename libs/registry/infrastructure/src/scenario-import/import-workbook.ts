import type { CellValue as ExcelCellValue, Worksheet } from 'exceljs';
import { newWorkbook } from '../exceljs.lazy';
import { HttpStatus } from '@nestjs/common';
import { RequestError } from '@scq/platform-http';
import type { ImportSheetRow } from '@scq/registry-application';
import { columnHeader, columnOfHeader, IMPORT_COLUMNS, type CellValue, type ImportCells, type ImportColumn } from '@scq/registry-domain';
import { domains, taxonomyVersions, units } from '@scq/taxonomy';

/** At most this many scenarios in one file (one transaction registers them all). */
export const MAX_IMPORT_ROWS = 2000;
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SCENARIO_SHEET = '场景 Scenarios';
const DOMAIN_SHEET = '领域 Domains';
const UNIT_SHEET = '单位 Units';

let template: Promise<Buffer> | undefined;

/**
 * The import template: the scenario sheet (bilingual headers, required ones marked, drop-downs for the choices, the
 * domain codes and the municipal units), then the taxonomy's domains with their responsible units, and its units.
 * Built once per process (a few seconds for 2,000 rows of drop-downs): the taxonomy is data of the release.
 */
export function importTemplate(): Promise<Buffer> {
  template ??= buildTemplate().catch((error: unknown) => {
    template = undefined;
    throw error;
  });
  return template;
}

async function buildTemplate(): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.creator = '场景重庆 Scenario Chongqing';
  workbook.title = '场景批量导入模板 Scenario import template';
  const sheet = workbook.addWorksheet(SCENARIO_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const domainRows = taxonomyVersions().flatMap((version) => domains(version).map((d) => [version, d.code, d.zhName, d.enName, d.aspect, d.responsibleUnits.join('、')]));
  const unitRows = taxonomyVersions().flatMap((version) => units(version).map((u) => [version, u.zhName, u.enName, u.code, (u.aliases ?? []).join('、')]));

  sheet.columns = IMPORT_COLUMNS.map((column) => ({ key: column.key, width: column.width }));
  const header = sheet.addRow(IMPORT_COLUMNS.map(columnHeader));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  IMPORT_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.required ? 'FFFCE4D6' : 'FFD9E1F2' } };
    cell.note = noteOf(column);
  });
  for (let row = 2; row <= MAX_IMPORT_ROWS + 1; row++) {
    IMPORT_COLUMNS.forEach((column, index) => {
      const validation = validationOf(column, domainRows.length, unitRows.length);
      if (validation) sheet.getCell(row, index + 1).dataValidation = validation;
    });
  }

  reference(workbook.addWorksheet(DOMAIN_SHEET), ['分类版本 Taxonomy version', '领域代码 Domain code', '领域 Domain', 'Domain (en)', '方面 Aspect', '责任单位 Responsible units'], domainRows, [16, 30, 24, 36, 22, 40]);
  reference(workbook.addWorksheet(UNIT_SHEET), ['分类版本 Taxonomy version', '单位 Unit', 'Unit (en)', '代码 Code', '别名 Aliases'], unitRows, [16, 24, 44, 36, 24]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function reference(sheet: Worksheet, header: string[], rows: string[][], widths: number[]): void {
  sheet.columns = widths.map((width) => ({ width }));
  sheet.addRow(header).font = { bold: true };
  sheet.addRows(rows);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function noteOf(column: ImportColumn): string {
  const required = column.required ? '必填 Required' : '选填 Optional';
  const choices = column.choices ? `\n可选 Choices: ${column.choices.map((c) => `${c.zh} (${c.code})`).join(', ')}` : '';
  return `${required}${choices}`;
}

function validationOf(column: ImportColumn, domainCount: number, unitCount: number) {
  const list = (formula: string, strict: boolean) => ({
    type: 'list' as const,
    allowBlank: !column.required,
    formulae: [formula],
    showErrorMessage: true,
    // A unit outside the taxonomy (an enterprise, a district) is allowed: the list only helps.
    errorStyle: strict ? 'stop' : 'information',
    error: `请从列表中选择 Choose from the list (${columnHeader(column)})`,
  });
  if (column.choices) return list(`"${column.choices.map((c) => c.zh).join(',')}"`, false);
  if (column.key === 'domainCode') return list(`'${DOMAIN_SHEET}'!$B$2:$B$${domainCount + 1}`, false);
  if (column.key === 'ownerUnit') return list(`'${UNIT_SHEET}'!$B$2:$B$${unitCount + 1}`, false);
  if (column.key === 'taxonomyVersion') return list(`"${taxonomyVersions().join(',')}"`, false);
  return undefined;
}

/**
 * The data rows of an uploaded workbook: its first sheet, headers in the first row (the template's, or either
 * language alone), empty rows skipped. A file that is not a workbook, lacks a required column or holds more than
 * MAX_IMPORT_ROWS rows is a 400 in words.
 */
export async function readImportWorkbook(file: Buffer): Promise<ImportSheetRow[]> {
  const workbook = newWorkbook();
  try {
    if (file.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') throw new Error('not a zip');
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new RequestError(HttpStatus.BAD_REQUEST, 'NOT_XLSX', '文件不是 Excel 工作簿（.xlsx），请使用导入模板 The file is not an Excel workbook (.xlsx); use the import template');
  }
  const sheet = workbook.getWorksheet(SCENARIO_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw new RequestError(HttpStatus.BAD_REQUEST, 'NOT_XLSX', '工作簿中没有工作表 The workbook has no sheet');
  const columns = headerColumns(sheet);
  const rows: ImportSheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: ImportCells = {};
    for (const [index, column] of columns) {
      const value = cellValue(row.getCell(index).value);
      if (value !== null) cells[column.key] = value;
    }
    if (Object.keys(cells).length === 0) return;
    if (rows.length === MAX_IMPORT_ROWS) {
      throw new RequestError(HttpStatus.BAD_REQUEST, 'TOO_MANY_ROWS', `一次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分文件 At most ${MAX_IMPORT_ROWS} rows per file; split the file`);
    }
    rows.push({ row: number, cells });
  });
  if (rows.length === 0) throw new RequestError(HttpStatus.BAD_REQUEST, 'NO_ROWS', '文件中没有数据行 The file has no data rows');
  return rows;
}

/** The sheet's columns by position; every required column must be there. */
function headerColumns(sheet: Worksheet): Map<number, ImportColumn> {
  const columns = new Map<number, ImportColumn>();
  sheet.getRow(1).eachCell((cell, index) => {
    const column = columnOfHeader(String(cellValue(cell.value) ?? ''));
    if (column && ![...columns.values()].includes(column)) columns.set(index, column);
  });
  const missing = IMPORT_COLUMNS.filter((column) => column.required && ![...columns.values()].includes(column));
  if (missing.length > 0) {
    const names = missing.map(columnHeader).join('、');
    throw new RequestError(HttpStatus.BAD_REQUEST, 'MISSING_COLUMNS', `第 1 行缺少必需的列：${names}（请使用导入模板） Row 1 lacks required columns: ${names} (use the import template)`, missing.map((column) => ({ path: column.key, message: `缺少列 Missing column ${columnHeader(column)}` })));
  }
  return columns;
}

/** A cell as the sheet shows it: formulas by their result, rich text as text, dates as ISO dates. */
function cellValue(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellValue((value.result ?? null) as ExcelCellValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}
