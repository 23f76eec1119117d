import { batchListHeading, batchListTable } from './batch-list-table';
import { itemFixture, listFixture, snapshotFixture } from './testing/batch-list.fixtures';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('a batch list as a table', () => {
  it('has a bilingual header and one row per item with Chinese names of tier and owner type, and the stage named in both languages', () => {
    const list = listFixture({
      items: [itemFixture(A, { category: '场景机会', note: '首批' }), itemFixture(B, { snapshot: snapshotFixture({ ownerType: 'district', district: '渝北区', tier: 'comprehensive-major', title: { zh: '智慧社区', en: null }, stage: 'recognition.recognized' }) })],
    });
    const { header, rows } = batchListTable(list);
    expect(header.slice(0, 3)).toEqual(['序号 No.', '场景名称 Scenario title', '英文名称 Title (English)']);
    expect(rows).toEqual([
      [1, '无人机城市巡检', 'Drone city inspection', '全空间无人体系领域', '市城市管理局', '市级部门', '高价值小切口场景', '', '入清单 Listed', '场景机会', '首批', A],
      [2, '智慧社区', '', '全空间无人体系领域', '市城市管理局', '区县', '综合性重大场景', '渝北区', '认定通过，待入清单 Recognised, awaiting listing', '', '', B],
    ]);
  });

  it('leaves the scenario columns empty for an item without a snapshot', () => {
    expect(batchListTable(listFixture({ items: [itemFixture(A, { snapshot: null })] })).rows[0]).toEqual([1, '', '', '', '', '', '', '', '', '', '', A]);
  });

  it('heads the list with its number, title, issuing unit, date, year, revision and status', () => {
    expect(batchListHeading(listFixture({ revision: 2, revisionReason: '更正所属单位', status: 'published' }))).toEqual([
      ['批次编号 Number', '渝场景〔2026〕1号'],
      ['标题 Title', '2026年第一批应用场景项目清单 / 2026 batch 1 of application scenarios'],
      ['发布单位 Issuing unit', '市发展改革委'],
      ['发布日期 Issue date', '2026-04-01'],
      ['年度 Year', '2026'],
      ['版本 Revision', '2（更正版 correction）'],
      ['状态 Status', '已发布 published'],
      ['更正说明 Correction note', '更正所属单位'],
    ]);
  });
});
