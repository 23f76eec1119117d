import type { Type } from '@nestjs/common';
import { controllerRoutes, openApiDocument, openApiProblems, responseContractProblem, routeOperations, type ApiOperation } from '@scq/platform-http';
import type { BatchListView } from '@scq/registry-application';
import { diffBatchLists, type BatchList, type BatchListItem } from '@scq/registry-domain';
import { BatchListHttpController } from './batch-list.http.controller';
import { BatchListDiffSchema, BatchListPageSchema, BatchListSchema } from './batch-list.http.responses';
import { presentBatchList } from './batch-list.presenter';

/** The 2xx answers of the operations that carry a JSON body but no schema (204 has no body; a file is not JSON). */
function undocumentedSuccesses(operations: ApiOperation[]): string[] {
  return operations.flatMap((op) =>
    Object.entries(op.responses)
      .filter(([status, r]) => status.startsWith('2') && status !== '204' && !r.schema && !(r.contentType && !r.contentType.includes('json')))
      .map(([status]) => `${op.method.toUpperCase()} ${op.path} ${status}`),
  );
}

const at = new Date('2026-04-01T02:00:00Z');
const item = (scenarioId: string, overrides: Partial<BatchListItem> = {}): BatchListItem => ({
  scenarioId,
  note: null,
  category: null,
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
    stage: null,
  },
  ...overrides,
});
const published: BatchList = {
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
  version: 3,
  createdBy: 'ndrc-1',
  createdAt: at,
  updatedAt: at,
  publishedBy: 'ndrc-1',
  publishedAt: at,
  supersededBy: null,
  supersededAt: null,
  items: [item('11111111-1111-4111-8111-111111111111', { note: '首批开放', category: '场景机会' }), item('22222222-2222-4222-8222-222222222222')],
};
const draft: BatchList = {
  ...published,
  id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  revision: 2,
  revisionOf: published.id,
  revisionReason: '更正所属单位',
  status: 'draft',
  version: 1,
  publishedBy: null,
  publishedAt: null,
  items: [item('11111111-1111-4111-8111-111111111111', { note: '更正' }), item('33333333-3333-4333-8333-333333333333', { snapshot: null })],
};

describe('the batch-list API answers in the API document', () => {
  const controllers = [BatchListHttpController] as Array<Type<unknown>>;
  const { operations, undocumented } = routeOperations(controllers);
  const responseOf = (method: string, path: string, status: string) => operations.find((op) => op.method === method && op.path === path)?.responses[status];

  it('gives every JSON success answer of every route a schema; the export stays a file', () => {
    expect(undocumented).toEqual([]);
    expect(operations).toHaveLength(controllerRoutes(controllers).length);
    expect(undocumentedSuccesses(operations)).toEqual([]);
    expect(responseOf('get', '/api/batch-lists/:id/export', '200')).toEqual({ description: expect.any(String), contentType: 'application/octet-stream' });
  });

  it('names the answers as components of a sound document', () => {
    const document = openApiDocument({ title: 'batch lists' }, operations);
    expect(openApiProblems(document)).toEqual([]);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['BatchList', 'BatchListItem', 'BatchListSnapshot', 'BatchListSummary', 'BatchListPage', 'BatchListDiff', 'BatchListFieldChange']),
    );
    expect(document.paths['/api/batch-lists/{id}'].get).toMatchObject({ responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/BatchList' } } } } } });
  });

  it('describes what the presenter, the pages and the diff write, field for field', () => {
    const doc = (schema: typeof BatchListSchema | typeof BatchListPageSchema | typeof BatchListDiffSchema) => ({ summary: 'x', responses: { '200': { description: 'x', schema } } });
    for (const view of [{ list: published, snapshots: 'captured' }, { list: draft, snapshots: 'preview' }] satisfies BatchListView[]) {
      expect(responseContractProblem(doc(BatchListSchema), 200, presentBatchList(view))).toBeUndefined();
    }
    const { items: _items, ...summary } = published;
    const page = { items: [{ ...summary, itemCount: 2 }, { ...summary, id: draft.id, status: 'superseded', supersededBy: draft.id, supersededAt: at, itemCount: 0 }], nextCursor: null };
    expect(responseContractProblem(doc(BatchListPageSchema), 200, page)).toBeUndefined();
    const diff = { ...diffBatchLists(published, { ...draft, number: '渝场景〔2026〕2号', year: 2027 }), snapshots: { base: 'captured', target: 'preview' } };
    expect(diff.changed.length + diff.added.length + diff.removed.length + diff.header.length).toBeGreaterThan(3);
    expect(responseContractProblem(doc(BatchListDiffSchema), 200, diff)).toBeUndefined();
    // A field the document does not know is named.
    expect(responseContractProblem(doc(BatchListSchema), 200, { ...presentBatchList({ list: published, snapshots: 'captured' }), secret: 1 })).toBe('undocumented fields: secret');
  });
});
