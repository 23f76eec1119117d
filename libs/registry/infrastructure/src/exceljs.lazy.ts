import type { Workbook } from 'exceljs';

/**
 * exceljs is required on first use, not when the registry loads: it and its dependencies (jszip, archiver, saxes, …)
 * add ~25 MiB resident to a process that may never import or export a workbook (issue 17: the embedded host's idle memory).
 */
export function newWorkbook(): Workbook {
  const { Workbook: WorkbookClass } = require('exceljs') as typeof import('exceljs');
  return new WorkbookClass();
}
