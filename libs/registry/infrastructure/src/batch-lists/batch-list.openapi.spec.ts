import type { Type } from '@nestjs/common';
import { answersWithoutSchema, controllerRoutes, openApiDocument, openApiProblems, responseContractProblem, routeOperations } from '@scq/platform-http';
import type { BatchListView } from '@scq/registry-application';
import { diffBatchLists } from '@scq/registry-domain';
import { itemFixture, listFixture, snapshotFixture } from '@scq/registry-domain/testing';
import { BatchListHttpController } from './batch-list.http.controller';
import { BatchListDiffSchema, BatchListPageSchema, BatchListSchema } from './batch-list.http.responses';
import { presentBatchList } from './batch-list.presenter';

const at = new Date('2026-04-01T02:00:00Z');
// Titles without an English version and a scenario without a stage: the nullable fields are described too.
const snapshot = snapshotFixture({ title: { zh: '无人机城市巡检', en: null }, stage: null });
const published = listFixture({
  title: { zh: '2026年第一批应用场景项目清单', en: null },
  items: [itemFixture('11111111-1111-4111-8111-111111111111', { snapshot, note: '首批开放', category: '场景机会' }), itemFixture('22222222-2222-4222-8222-222222222222', { snapshot })],
});
const draft = listFixture({
  id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  title: published.title,
  revision: 2,
  revisionOf: published.id,
  revisionReason: '更正所属单位',
  status: 'draft',
  version: 1,
  publishedBy: null,
  publishedAt: null,
  items: [itemFixture('11111111-1111-4111-8111-111111111111', { snapshot, note: '更正' }), itemFixture('33333333-3333-4333-8333-333333333333', { snapshot: null })],
});

describe('the batch-list API answers in the API document', () => {
  const controllers = [BatchListHttpController] as Array<Type<unknown>>;
  const { operations, undocumented } = routeOperations(controllers);
  const document = openApiDocument({ title: 'batch lists' }, operations);
  const responseOf = (method: string, path: string, status: string) => operations.find((op) => op.method === method && op.path === path)?.responses[status];

  it('gives every JSON success answer of every route a schema; the export stays a file', () => {
    expect(undocumented).toEqual([]);
    expect(operations).toHaveLength(controllerRoutes(controllers).length);
    expect(answersWithoutSchema(document)).toEqual([]);
    expect(responseOf('get', '/api/batch-lists/:id/export', '200')).toMatchObject({ contentType: 'text/csv; charset=utf-8', alternativeContentTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/json; charset=utf-8'] });
  });

  it('names the answers as components of a sound document', () => {
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
