import { Workbook } from 'exceljs';
import type { BatchList } from '@scq/registry-domain';
import { attachment, batchListCsv, batchListXlsx, csvCell, exportBatchList } from './batch-list-export';

const A = '11111111-1111-4111-8111-111111111111';

const list: BatchList = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  number: '渝场景〔2026〕1号',
  title: { zh: '2026年第一批应用场景项目清单', en: null },
  issuingUnit: '市发展改革委',
  issueDate: '2026-04-01',
  year: 2026,
  revision: 1,
  revisionOf: null,
  revisionReason: null,
  status: 'published',
  version: 2,
  createdBy: 'ndrc-1',
  createdAt: new Date('2026-04-01T00:00:00Z'),
  updatedAt: new Date('2026-04-01T00:00:00Z'),
  publishedBy: 'ndrc-1',
  publishedAt: new Date('2026-04-01T00:00:00Z'),
  supersededBy: null,
  supersededAt: null,
  items: [
    {
      scenarioId: A,
      note: '含逗号, "引号"\n和换行',
      category: '=HYPERLINK("x")',
      snapshot: {
        title: { zh: '无人机城市巡检', en: null },
        taxonomyVersion: '2025-draft',
        aspectCode: 'new-fields-new-tracks',
        domainCode: 'unmanned-systems',
        domainName: { zh: '全空间无人体系领域', en: 'All-space unmanned systems' },
        ownerUnit: '市城市管理局',
        ownerType: 'municipal-department',
        tier: 'high-value-niche',
        district: null,
        stage: 'listed',
      },
    },
  ],
};

describe('batch list export', () => {
  it('writes CSV as UTF-8 with a BOM, CRLF rows, quoted fields and formulas kept as text', () => {
    const csv = batchListCsv(list);
    expect(csv.startsWith('\uFEFF序号 No.,场景名称 Scenario title,')).toBe(true);
    expect(csv).toContain('\r\n1,无人机城市巡检,,全空间无人体系领域,市城市管理局,市级部门,高价值小切口场景,,入清单 Listed,');
    expect(csv).toContain(`"'=HYPERLINK(""x"")","含逗号, ""引号""\n和换行",${A}\r\n`);
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell(7)).toBe('7');
  });

  it('names the file after the list number, with an ASCII fallback', () => {
    expect(attachment(list, 'csv')).toBe(
      `attachment; filename="batch-list-2026-1-r1.csv"; filename*=UTF-8''${encodeURIComponent('渝场景〔2026〕1号-第1版.csv')}`,
    );
    expect(attachment({ ...list, number: '第一批', revision: 2 }, 'xlsx')).toMatch(/^attachment; filename="batch-list-2026-r2\.xlsx"; filename\*=UTF-8''%E7%AC%AC/);
  });

  it('writes an XLSX that reads back with the heading above the header row', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(await batchListXlsx(list)).buffer);
    const sheet = workbook.getWorksheet('批次清单')!;
    expect(sheet.getCell('A1').value).toBe('2026年第一批应用场景项目清单');
    expect(sheet.getCell('A2').value).toBe('批次编号 Number');
    expect(sheet.getCell('C2').value).toBe('渝场景〔2026〕1号');
    // Title, seven heading rows, a blank row, the header row.
    const header = sheet.getRow(10);
    expect(header.getCell(1).value).toBe('序号 No.');
    expect(sheet.getRow(11).getCell(2).value).toBe('无人机城市巡检');
    expect(sheet.getRow(11).getCell(1).value).toBe(1);
  });

  it('gives each format its content type', async () => {
    const view = { list, snapshots: 'captured' as const };
    expect((await exportBatchList(view, 'csv')).contentType).toBe('text/csv; charset=utf-8');
    expect((await exportBatchList(view, 'xlsx')).contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const json = await exportBatchList(view, 'json');
    expect(JSON.parse(json.body.toString('utf8'))).toMatchObject({ number: '渝场景〔2026〕1号', itemCount: 1, items: [{ position: 1, scenarioId: A }] });
  });
});
