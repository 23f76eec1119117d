import { demandListItemErrors, demandListSchema, publishDemandList } from './demand-list';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const D = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';

describe('demand list (需求清单)', () => {
  it('needs a number, a title, an owner and at least one distinct opportunity', () => {
    expect(demandListSchema.safeParse({ number: '2026-1', title: { zh: '第一期' }, ownerUnit: '两江新区', opportunityIds: [] }).success).toBe(false);
    const duplicate = demandListSchema.safeParse({ number: '2026-1', title: { zh: '第一期' }, ownerUnit: '两江新区', opportunityIds: [A, A] });
    expect(duplicate.error?.issues.map((i) => i.path.join('.'))).toEqual(['opportunityIds.1']);
    const list = publishDemandList(demandListSchema.parse({ number: '2026-1', title: { zh: '第一期' }, ownerUnit: '两江新区', opportunityIds: [A] }), {
      id: 'l',
      ownerUnit: '两江新区',
      publishedOn: '2026-02-01',
      by: 'o',
      at: new Date(),
    });
    expect(list).toMatchObject({ publishedYear: 2026, opportunityIds: [A] });
  });

  it('lists only the owner’s published opportunities that exist, published by the list’s date', () => {
    const found = new Map([
      [A, { status: 'published' as const, ownerUnit: '两江新区', publishedOn: '2026-01-10' }],
      [B, { status: 'draft' as const, ownerUnit: '两江新区', publishedOn: null }],
      [C, { status: 'published' as const, ownerUnit: '渝中区', publishedOn: '2026-01-10' }],
      [D, { status: 'published' as const, ownerUnit: '两江新区', publishedOn: '2026-03-01' }],
    ]);
    const errors = demandListItemErrors({ ownerUnit: '两江新区', publishedOn: '2026-02-01', opportunityIds: [A, B, C, D, 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee'] }, found);
    expect(errors.map((e) => e.path)).toEqual(['opportunityIds.1', 'opportunityIds.2', 'opportunityIds.3', 'opportunityIds.4']);
  });
});
