import { diffBatchLists } from './batch-list-diff';
import { itemFixture, listFixture, snapshotFixture } from './testing/batch-list.fixtures';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const D = '44444444-4444-4444-8444-444444444444';

describe('diffBatchLists', () => {
  const base = listFixture({
    id: 'r1',
    items: [itemFixture(A), itemFixture(B, { note: '首批试点' }), itemFixture(C, { snapshot: snapshotFixture({ title: { zh: '智慧物流园区', en: null } }) })],
  });

  it('reports nothing for a list compared with itself', () => {
    const diff = diffBatchLists(base, base);
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 3 });
    expect(diff.header).toEqual([]);
  });

  it('finds added, removed and changed items, field by field, with their positions', () => {
    const target = listFixture({
      id: 'r2',
      revision: 2,
      status: 'draft',
      items: [
        itemFixture(B, { note: '首批试点（更正）', category: '场景机会', snapshot: snapshotFixture({ ownerUnit: '市交通运输委', stage: 'open' }) }),
        itemFixture(A),
        itemFixture(D, { note: '新增' }),
      ],
    });
    const diff = diffBatchLists(base, target);
    expect(diff.base).toEqual({ id: 'r1', number: '渝场景〔2026〕1号', revision: 1, status: 'published' });
    expect(diff.target).toMatchObject({ id: 'r2', revision: 2, status: 'draft' });
    expect(diff.added).toEqual([expect.objectContaining({ scenarioId: D, position: 3, note: '新增' })]);
    expect(diff.removed).toEqual([expect.objectContaining({ scenarioId: C, position: 3, snapshot: expect.objectContaining({ title: { zh: '智慧物流园区', en: null } }) })]);
    expect(diff.changed).toEqual([
      {
        scenarioId: B,
        position: { before: 2, after: 1 },
        changes: [
          { field: 'note', before: '首批试点', after: '首批试点（更正）' },
          { field: 'category', before: null, after: '场景机会' },
          { field: 'snapshot.ownerUnit', before: '市城市管理局', after: '市交通运输委' },
          { field: 'snapshot.stage', before: 'listed', after: 'open' },
        ],
      },
    ]);
    // A moved but otherwise equal item is not a change.
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
  });

  it('compares nested snapshot fields, and a nested object that became null as its fields becoming null', () => {
    const target = listFixture({ items: [itemFixture(A, { snapshot: snapshotFixture({ title: { zh: '无人机城市巡检（二期）', en: 'Drone city inspection' }, domainName: null }) })] });
    const diff = diffBatchLists(listFixture({ items: [itemFixture(A)] }), target);
    expect(diff.changed[0].changes).toEqual([
      { field: 'snapshot.title.zh', before: '无人机城市巡检', after: '无人机城市巡检（二期）' },
      { field: 'snapshot.domainName.zh', before: '全空间无人体系领域', after: null },
      { field: 'snapshot.domainName.en', before: 'All-space unmanned systems', after: null },
    ]);
  });

  it('lists snapshot changes in the snapshot’s own field order, whatever order the stored JSON came back in', () => {
    const stored = snapshotFixture();
    const reordered = Object.fromEntries(Object.entries(stored).reverse()) as typeof stored;
    const diff = diffBatchLists(listFixture({ items: [itemFixture(A, { snapshot: reordered })] }), listFixture({ items: [itemFixture(A, { snapshot: snapshotFixture({ stage: 'open', title: { zh: '新', en: null } }) })] }));
    expect(diff.changed[0].changes.map((c) => c.field)).toEqual(['snapshot.title.zh', 'snapshot.title.en', 'snapshot.stage']);
  });

  it('compares only note and category when a side has no snapshot', () => {
    const target = listFixture({ items: [itemFixture(A, { snapshot: null, category: '综合性重大场景' })] });
    const diff = diffBatchLists(listFixture({ items: [itemFixture(A)] }), target);
    expect(diff.changed).toEqual([{ scenarioId: A, position: { before: 1, after: 1 }, changes: [{ field: 'category', before: null, after: '综合性重大场景' }] }]);
  });

  it('reports header changes: title, issuing unit, issue date, year', () => {
    const target = listFixture({ title: { zh: '2026年第一批应用场景项目清单（更正）', en: null }, issueDate: '2026-04-08' });
    expect(diffBatchLists(base, target).header).toEqual([
      { field: 'title.zh', before: '2026年第一批应用场景项目清单', after: '2026年第一批应用场景项目清单（更正）' },
      { field: 'title.en', before: '2026 batch 1 of application scenarios', after: null },
      { field: 'issueDate', before: '2026-04-01', after: '2026-04-08' },
    ]);
  });

  it('compares two different lists (batch 2 against batch 1)', () => {
    const second = listFixture({ id: 'b2', number: '渝场景〔2026〕2号', items: [itemFixture(D)] });
    const diff = diffBatchLists(base, second);
    expect(diff.header).toEqual([{ field: 'number', before: '渝场景〔2026〕1号', after: '渝场景〔2026〕2号' }]);
    expect(diff.summary).toEqual({ added: 1, removed: 3, changed: 0, unchanged: 0 });
  });
});
