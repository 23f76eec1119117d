import { batchListManagementRefusal, maySeeDraftBatchLists } from './batch-list-access';
import {
  batchListCorrectionDraft,
  batchListEditRefusal,
  batchListPublishRefusal,
  batchListRevisionRefusal,
  batchListSnapshotOf,
} from './batch-list';
import { itemFixture, listFixture, scenarioFixture } from './testing/batch-list.fixtures';

const A = '11111111-1111-4111-8111-111111111111';

describe('batch list lifecycle rules', () => {
  it('lets only a draft be edited; a published or superseded list is refused with a 409 and the way out', () => {
    expect(batchListEditRefusal(listFixture({ status: 'draft' }))).toBeNull();
    const published = batchListEditRefusal(listFixture({ status: 'published' }));
    expect(published).toMatchObject({ kind: 'conflict', code: 'BATCH_LIST_PUBLISHED' });
    expect(published?.message).toMatch(/已发布，不可修改.*revisions.*cannot be changed/);
    expect(batchListEditRefusal(listFixture({ status: 'superseded', supersededBy: 'r2' }))).toMatchObject({ kind: 'conflict', code: 'BATCH_LIST_SUPERSEDED' });
  });

  it('publishes only a draft with at least one item', () => {
    expect(batchListPublishRefusal(listFixture({ status: 'draft', items: [itemFixture(A)] }))).toBeNull();
    expect(batchListPublishRefusal(listFixture({ status: 'draft', items: [] }))).toMatchObject({ code: 'BATCH_LIST_EMPTY' });
    expect(batchListPublishRefusal(listFixture({ status: 'published', items: [itemFixture(A)] }))).toMatchObject({ code: 'BATCH_LIST_NOT_DRAFT' });
  });

  it('corrects only the revision in force', () => {
    expect(batchListRevisionRefusal(listFixture({ status: 'published' }))).toBeNull();
    expect(batchListRevisionRefusal(listFixture({ status: 'draft' }))).toMatchObject({ code: 'BATCH_LIST_IS_DRAFT' });
    expect(batchListRevisionRefusal(listFixture({ status: 'superseded', supersededBy: 'r2' }))?.message).toContain('r2');
  });

  it('drafts a correction with the same number and header, the items copied without snapshots', () => {
    const published = listFixture({ items: [itemFixture(A, { note: '首批' })] });
    const at = new Date('2026-05-01T00:00:00Z');
    const draft = batchListCorrectionDraft(published, { id: 'r2', revision: 2, reason: '更正所属单位', by: 'ndrc-2', at });
    expect(draft).toMatchObject({
      id: 'r2',
      number: published.number,
      title: published.title,
      revision: 2,
      revisionOf: published.id,
      revisionReason: '更正所属单位',
      status: 'draft',
      version: 1,
      createdBy: 'ndrc-2',
      publishedAt: null,
      items: [{ scenarioId: A, note: '首批', category: null, snapshot: null }],
    });
    expect(published.items[0].snapshot).not.toBeNull();
  });

  it('snapshots the scenario fields a list shows, with the domain name of its taxonomy version', () => {
    expect(batchListSnapshotOf(scenarioFixture({ district: '渝北区' }))).toEqual({
      title: { zh: '无人机城市巡检', en: 'Drone city inspection' },
      taxonomyVersion: '2025-draft',
      aspectCode: 'new-fields-new-tracks',
      domainCode: 'unmanned-systems',
      domainName: { zh: '全空间无人体系领域', en: 'All-space unmanned systems' },
      ownerUnit: '市城市管理局',
      ownerType: 'municipal-department',
      tier: 'high-value-niche',
      district: '渝北区',
      stage: 'listed',
    });
    expect(batchListSnapshotOf(scenarioFixture({ domainCode: 'retired-domain', stage: null }))).toMatchObject({ domainName: null, stage: null, district: null });
  });
});

describe('who manages batch lists', () => {
  it('is the coordinator or an admin; others get a reason naming 市发展改革委 and their roles', () => {
    expect(batchListManagementRefusal({ id: 'c', roles: ['coordinator'], unit: '市发展改革委' })).toBeNull();
    expect(batchListManagementRefusal({ id: 'a', roles: ['officer', 'admin'], unit: null })).toBeNull();
    const officer = batchListManagementRefusal({ id: 'o', roles: ['officer'], unit: '市城市管理局' });
    expect(officer).toMatchObject({ kind: 'forbidden', code: 'NOT_COORDINATOR' });
    expect(officer?.message).toMatch(/市发展改革委.*officer/);
    expect(batchListManagementRefusal(null)).toMatchObject({ kind: 'unauthenticated' });
  });

  it('shows drafts only to those who manage lists', () => {
    expect(maySeeDraftBatchLists({ id: 'c', roles: ['coordinator'], unit: null })).toBe(true);
    expect(maySeeDraftBatchLists({ id: 'e', roles: ['evaluator'], unit: null })).toBe(false);
    expect(maySeeDraftBatchLists(null)).toBe(false);
  });
});
