import { z } from 'zod';
import { apiError, type ApiOperation } from '@scq/platform-http';
import {
  batchListItemInputSchema,
  closeOpportunitySchema,
  createBatchListSchema,
  demandListSchema,
  matchmakingEventRevisionSchema,
  matchmakingEventSchema,
  opportunityDraftSchema,
  opportunityRevisionSchema,
  publishBatchListSchema,
  publishOpportunitySchema,
  reviseBatchListSchema,
  scenarioRegistrationSchema,
  scenarioSearchQuerySchema,
  updateBatchListItemSchema,
  updateBatchListSchema,
} from '@scq/registry-domain';
import { batchListDiffQuery, batchListExportQuery, batchListQuery } from './batch-lists/batch-list.http.controller';
import { demandListQuery } from './opportunities/demand-list.http.controller';
import { matchmakingEventListQuery } from './opportunities/matchmaking-event.http.controller';
import { opportunityListQuery } from './opportunities/opportunity.http.controller';
import { scenarioListQuery } from './scenario.http.controller';
import { duplicateDecisionBody, duplicateReviewQuery } from './search/duplicates.http.controller';
import { targetProgressRequest } from './targets/target-progress.http.controller';
import { taxonomyDomainsQuery } from './taxonomy.http.controller';

const byId = z.object({ id: z.uuid() });
const listItem = z.object({ id: z.uuid(), scenarioId: z.uuid() });
const invalid = apiError('请求无效 Invalid request (field errors)');
const notFound = apiError('不存在 Not found');
const refused = { '401': apiError('未登录 No caller'), '403': apiError('无权操作 Not allowed for this caller') };
const conflict = apiError('状态冲突 Conflicts with the current state');
const ok = (description: string) => ({ description });

type Op = Omit<ApiOperation, 'tags'>;
const tagged = (tag: string, ops: Op[]): ApiOperation[] => ops.map((op) => ({ ...op, tags: [tag] }));

/** Every endpoint of the scenario registry, described from the schemas its controllers validate with. */
export const REGISTRY_OPERATIONS: ApiOperation[] = [
  ...tagged('scenarios', [
    { method: 'post', path: '/api/scenarios', summary: '登记场景 Register a scenario (with near-duplicate warnings)', secured: false, requestBody: scenarioRegistrationSchema, responses: { '201': ok('Registered; `nearDuplicates` lists similar scenarios'), '400': invalid } },
    { method: 'get', path: '/api/scenarios/:id', summary: '场景详情 One scenario with its budget-reserve check', secured: false, params: byId, responses: { '200': ok('The scenario'), '400': invalid, '404': notFound } },
    { method: 'get', path: '/api/scenarios', summary: '场景列表 Scenarios, by stage, keyset-paginated', secured: false, query: scenarioListQuery, responses: { '200': ok('A page of scenarios with `nextCursor`'), '400': invalid } },
    { method: 'get', path: '/api/scenarios/:id/duplicates', summary: '疑似重复 Near-duplicates of a scenario with scores and decisions', secured: false, params: byId, query: duplicateReviewQuery, responses: { '200': ok('Candidates and decisions'), '400': invalid, '404': notFound } },
    { method: 'post', path: '/api/scenarios/:id/duplicates', summary: '重复判定 Link or dismiss a near-duplicate (coordinator, admin)', secured: true, params: byId, requestBody: duplicateDecisionBody, responses: { '201': ok('The decision'), '400': invalid, ...refused, '404': notFound } },
    { method: 'get', path: '/api/search/scenarios', summary: '场景检索 Full-text and faceted scenario search', secured: false, query: scenarioSearchQuerySchema, responses: { '200': ok('Hits with facets, keyset-paginated'), '400': invalid } },
  ]),
  ...tagged('taxonomy', [
    { method: 'get', path: '/api/taxonomy', summary: '分类版本 The taxonomy versions', secured: false, responses: { '200': ok('Versions with their sources and counts') } },
    { method: 'get', path: '/api/taxonomy/:version', summary: '分类总览 A version: aspects, domains with responsible units, coordinator, plan targets', secured: false, responses: { '200': ok('The version'), '404': notFound } },
    { method: 'get', path: '/api/taxonomy/:version/aspects', summary: '方面 Aspects of a version', secured: false, responses: { '200': ok('Aspects'), '404': notFound } },
    { method: 'get', path: '/api/taxonomy/:version/domains', summary: '领域 Domains of a version (optionally of one aspect)', secured: false, query: taxonomyDomainsQuery, responses: { '200': ok('Domains with responsible units'), '404': notFound } },
    { method: 'get', path: '/api/taxonomy/:version/units', summary: '责任单位 Responsible units of a version', secured: false, responses: { '200': ok('Units'), '404': notFound } },
    { method: 'get', path: '/api/taxonomy/:version/mechanisms', summary: '机制 Mechanisms of a version', secured: false, responses: { '200': ok('Mechanisms'), '404': notFound } },
    { method: 'get', path: '/api/taxonomy/:version/units/:unit/domains', summary: '单位领域 The domains a unit (code, name or alias) is responsible for', secured: false, responses: { '200': ok('The unit and its domains'), '404': notFound } },
  ]),
  ...tagged('batch-lists', [
    { method: 'get', path: '/api/batch-lists', summary: '批次清单 Batch lists (drafts for the coordinator)', secured: false, query: batchListQuery, responses: { '200': ok('`items`'), '400': invalid } },
    { method: 'post', path: '/api/batch-lists', summary: '起草清单 Draft a batch list (coordinator)', secured: true, requestBody: createBatchListSchema, responses: { '201': ok('The draft'), '400': invalid, ...refused, '409': conflict } },
    { method: 'get', path: '/api/batch-lists/:id', summary: '清单详情 One batch list with its items', secured: false, params: byId, responses: { '200': ok('The list'), '400': invalid, '404': notFound } },
    { method: 'put', path: '/api/batch-lists/:id', summary: '修改草稿 Change a draft', secured: true, params: byId, requestBody: updateBatchListSchema, responses: { '200': ok('The list'), '400': invalid, ...refused, '404': notFound, '409': conflict } },
    { method: 'delete', path: '/api/batch-lists/:id', summary: '删除草稿 Discard a draft', secured: true, params: byId, responses: { '204': ok('Discarded'), ...refused, '404': notFound, '409': conflict } },
    { method: 'post', path: '/api/batch-lists/:id/items', summary: '加入场景 Add a scenario to a draft', secured: true, params: byId, requestBody: batchListItemInputSchema, responses: { '201': ok('The list'), '400': invalid, ...refused, '404': notFound, '409': conflict } },
    { method: 'put', path: '/api/batch-lists/:id/items/:scenarioId', summary: '修改条目 Change an item of a draft', secured: true, params: listItem, requestBody: updateBatchListItemSchema, responses: { '200': ok('The list'), '400': invalid, ...refused, '404': notFound, '409': conflict } },
    { method: 'delete', path: '/api/batch-lists/:id/items/:scenarioId', summary: '移除条目 Remove an item from a draft', secured: true, params: listItem, responses: { '200': ok('The list'), ...refused, '404': notFound, '409': conflict } },
    { method: 'post', path: '/api/batch-lists/:id/publish', summary: '发布清单 Publish (immutable from then on, scenarios snapshotted)', secured: true, params: byId, requestBody: publishBatchListSchema, requestBodyOptional: true, responses: { '200': ok('The published list'), '400': invalid, ...refused, '404': notFound, '409': conflict } },
    { method: 'post', path: '/api/batch-lists/:id/revisions', summary: '修订清单 Start a revision of a published list', secured: true, params: byId, requestBody: reviseBatchListSchema, requestBodyOptional: true, responses: { '201': ok('The revision draft'), '400': invalid, ...refused, '404': notFound, '409': conflict } },
    { method: 'get', path: '/api/batch-lists/:id/revisions', summary: '修订历史 The revisions of a list', secured: false, params: byId, responses: { '200': ok('`items`'), '404': notFound } },
    { method: 'get', path: '/api/batch-lists/:id/diff', summary: '清单比较 Changes from another list or revision', secured: false, params: byId, query: batchListDiffQuery, responses: { '200': ok('Added, removed and changed items'), '400': invalid, '404': notFound } },
    {
      method: 'get',
      path: '/api/batch-lists/:id/export',
      summary: '导出清单 Export a list (JSON, CSV, XLSX)',
      secured: false,
      params: byId,
      query: batchListExportQuery,
      responses: { '200': { description: 'The file, as an attachment', contentType: 'application/octet-stream' }, '400': invalid, '404': notFound },
    },
  ]),
  ...tagged('opportunities', [
    { method: 'post', path: '/api/opportunities', summary: '起草机会 Draft an opportunity (officer of the owner unit, coordinator)', secured: true, requestBody: opportunityDraftSchema, responses: { '201': ok('The draft'), '400': invalid, ...refused, '409': conflict } },
    { method: 'get', path: '/api/opportunities', summary: '场景机会 Opportunities (published; drafts for their unit)', secured: false, query: opportunityListQuery, responses: { '200': ok('A page of opportunities'), '400': invalid } },
    { method: 'get', path: '/api/opportunities/:id', summary: '机会详情 One opportunity with its matches', secured: false, params: byId, responses: { '200': ok('The opportunity'), '404': notFound } },
    { method: 'patch', path: '/api/opportunities/:id', summary: '修改机会 Revise an opportunity', secured: true, params: byId, requestBody: opportunityRevisionSchema, responses: { '200': ok('The opportunity'), '400': invalid, ...refused, '404': notFound, '409': conflict } },
    { method: 'delete', path: '/api/opportunities/:id', summary: '删除草稿 Delete a draft opportunity', secured: true, params: byId, responses: { '204': ok('Deleted'), ...refused, '404': notFound, '409': conflict } },
    { method: 'post', path: '/api/opportunities/:id/publish', summary: '发布机会 Publish an opportunity', secured: true, params: byId, requestBody: publishOpportunitySchema, responses: { '200': ok('The opportunity'), '400': invalid, ...refused, '404': notFound, '409': conflict } },
    { method: 'post', path: '/api/opportunities/:id/close', summary: '关闭机会 Close an opportunity', secured: true, params: byId, requestBody: closeOpportunitySchema, responses: { '200': ok('The opportunity'), '400': invalid, ...refused, '404': notFound, '409': conflict } },
  ]),
  ...tagged('demand-lists', [
    { method: 'post', path: '/api/demand-lists', summary: '发布需求清单 Publish a demand list of a unit', secured: true, requestBody: demandListSchema, responses: { '201': ok('The list'), '400': invalid, ...refused, '409': conflict } },
    { method: 'get', path: '/api/demand-lists', summary: '需求清单 Demand lists', secured: false, query: demandListQuery, responses: { '200': ok('A page of lists'), '400': invalid } },
    { method: 'get', path: '/api/demand-lists/:id', summary: '清单详情 One demand list', secured: false, params: byId, responses: { '200': ok('The list'), '400': invalid, '404': notFound } },
  ]),
  ...tagged('matchmaking-events', [
    { method: 'post', path: '/api/matchmaking-events', summary: '记录对接活动 Record a matchmaking event', secured: true, requestBody: matchmakingEventSchema, responses: { '201': ok('The event'), '400': invalid, ...refused, '409': conflict } },
    { method: 'get', path: '/api/matchmaking-events', summary: '供需对接活动 Matchmaking events', secured: false, query: matchmakingEventListQuery, responses: { '200': ok('A page of events'), '400': invalid } },
    { method: 'get', path: '/api/matchmaking-events/:id', summary: '活动详情 One matchmaking event', secured: false, params: byId, responses: { '200': ok('The event'), '400': invalid, '404': notFound } },
    { method: 'patch', path: '/api/matchmaking-events/:id', summary: '修改活动 Revise an event', secured: true, params: byId, requestBody: matchmakingEventRevisionSchema, responses: { '200': ok('The event'), '400': invalid, ...refused, '404': notFound, '409': conflict } },
    { method: 'delete', path: '/api/matchmaking-events/:id', summary: '删除活动 Delete an event', secured: true, params: byId, responses: { '204': ok('Deleted'), ...refused, '404': notFound } },
  ]),
  ...tagged('targets', [
    {
      method: 'get',
      path: '/api/targets/:year',
      summary: '年度目标 A year’s progress against the plan’s targets, with the 5% reserve compliance',
      secured: false,
      params: z.object({ year: targetProgressRequest.shape.year }),
      query: targetProgressRequest.shape.query,
      responses: { '200': ok('Progress with breakdowns'), '400': invalid },
    },
  ]),
];
