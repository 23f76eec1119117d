import { newWorkbook } from '../exceljs.lazy';
import type { BatchListView } from '@scq/registry-application';
import { BATCH_LIST_COLUMNS, batchListHeading, batchListTable, type BatchList } from '@scq/registry-domain';
import { presentBatchList } from './batch-list.presenter';

export const BATCH_LIST_EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type BatchListExportFormat = (typeof BATCH_LIST_EXPORT_FORMATS)[number];

export interface BatchListExport {
  body: Buffer;
  contentType: string;
  /** `attachment; filename="…"; filename*=UTF-8''…` (an ASCII name for old clients, the Chinese one for the rest). */
  contentDisposition: string;
}

export const BATCH_LIST_EXPORT_CONTENT_TYPES: Record<BatchListExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

export async function exportBatchList(view: BatchListView, format: BatchListExportFormat): Promise<BatchListExport> {
  const body = format === 'csv' ? Buffer.from(batchListCsv(view.list), 'utf8') : format === 'xlsx' ? await batchListXlsx(view.list) : Buffer.from(JSON.stringify(presentBatchList(view), null, 2), 'utf8');
  return { body, contentType: BATCH_LIST_EXPORT_CONTENT_TYPES[format], contentDisposition: attachment(view.list, format) };
}

/** RFC 4180 with CRLF, UTF-8 with a byte-order mark so that Excel reads the Chinese text as UTF-8. */
export function batchListCsv(list: BatchList): string {
  const { header, rows } = batchListTable(list);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  // A cell starting with = + - @ would be run as a formula by spreadsheets (CSV injection): keep it text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A sheet as the list is issued: number, title, issuing unit and date on top, then the bilingual header row and the items. */
export async function batchListXlsx(list: BatchList): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.creator = list.issuingUnit;
  workbook.title = list.number;
  workbook.created = list.publishedAt ?? list.updatedAt;
  const sheet = workbook.addWorksheet('批次清单', { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = BATCH_LIST_COLUMNS.length;
  sheet.columns = BATCH_LIST_COLUMNS.map((column) => ({ key: column.key, width: column.width }));

  const title = sheet.addRow([list.title.zh]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(title.number, 1, title.number, width);
  if (list.title.en) {
    const english = sheet.addRow([list.title.en]);
    sheet.mergeCells(english.number, 1, english.number, width);
  }
  for (const [label, value] of batchListHeading(list)) {
    const row = sheet.addRow([label, '', value]);
    row.getCell(1).font = { bold: true };
    sheet.mergeCells(row.number, 1, row.number, 2);
    sheet.mergeCells(row.number, 3, row.number, width);
  }
  sheet.addRow([]);

  const { header, rows } = batchListTable(list);
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  headerRow.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const values of rows) sheet.addRow(values).alignment = { vertical: 'top', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: headerRow.number }];
  sheet.autoFilter = { from: { row: headerRow.number, column: 1 }, to: { row: headerRow.number, column: width } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `渝场景〔2026〕1号-第1版.csv`, with `batch-list-2026-1-r1.csv` for clients that only read the ASCII name. */
export function attachment(list: Pick<BatchList, 'number' | 'revision' | 'year'>, format: BatchListExportFormat): string {
  const ascii = list.number.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || String(list.year);
  const fallback = `batch-list-${ascii}-r${list.revision}.${format}`;
  const name = `${list.number}-第${list.revision}版.${format}`;
  const encoded = encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
