import { z } from 'zod';
import { apiError, type ApiOperation } from '@scq/platform-http';
import { applicationBody, statechartQuery, workflowEventBody, workflowInstanceListQuery } from './workflow.http.controller';

const invalid = apiError('请求无效 Invalid request (field errors, unknown or system event)');
const notFound = apiError('不存在 Not found');
const refused = { '401': apiError('未登录 No caller'), '403': apiError('无权操作 The caller’s role may not send this event') };
const conflict = apiError('状态冲突 Not allowed in this stage, or `expectedVersion` is stale');
const view = { description: 'The instance: stage, history, deadlines and the events the caller may send (`allowedEvents`)' };
const events =
  'The body names the event (`type`), an optional `reason` and `expectedVersion` (optimistic concurrency); the other fields are the event’s payload, validated against that event’s schema.';

const operations: Array<Omit<ApiOperation, 'tags'>> = [
  { method: 'get', path: '/api/workflow/instances', summary: '生命周期实例 Instances by machine, stage, domain, unit, district, applicant and scenario', secured: false, query: workflowInstanceListQuery, responses: { '200': { description: 'A page of instances with `nextCursor`' }, '400': invalid } },
  { method: 'get', path: '/api/workflow/instances/:id', summary: '实例详情 One lifecycle instance', secured: false, params: z.object({ id: z.uuid() }), responses: { '200': view, '400': invalid, '404': notFound } },
  { method: 'get', path: '/api/workflow/scenarios/:scenarioId', summary: '场景生命周期 The lifecycle of a scenario', secured: false, params: z.object({ scenarioId: z.uuid() }), responses: { '200': view, '400': invalid, '404': notFound } },
  { method: 'get', path: '/api/workflow/applications/:applicationId', summary: '申报生命周期 The lifecycle of an application', secured: false, params: z.object({ applicationId: z.uuid() }), responses: { '200': view, '400': invalid, '404': notFound } },
  { method: 'post', path: '/api/workflow/instances/:id/events', summary: '发送事件 Send an event to an instance', description: events, secured: true, params: z.object({ id: z.uuid() }), requestBody: workflowEventBody, responses: { '200': view, '400': invalid, ...refused, '404': notFound, '409': conflict } },
  { method: 'post', path: '/api/workflow/scenarios/:scenarioId/events', summary: '发送事件 Send an event to a scenario’s lifecycle', description: events, secured: true, params: z.object({ scenarioId: z.uuid() }), requestBody: workflowEventBody, responses: { '200': view, '400': invalid, ...refused, '404': notFound, '409': conflict } },
  { method: 'post', path: '/api/workflow/applications', summary: '申报/揭榜 Apply to take an open scenario (a new application in draft)', description: 'One live application per applicant and scenario: `409 DUPLICATE` while an earlier one is not withdrawn or rejected; `409 EVENT_NOT_ACCEPTED` when the scenario is not open.', secured: true, requestBody: applicationBody, responses: { '201': view, '400': invalid, ...refused, '404': notFound, '409': conflict } },
  { method: 'get', path: '/api/workflow/instances/:id/audit', summary: '审计 Verify an instance’s history (hash chain and replay)', secured: false, params: z.object({ id: z.uuid() }), responses: { '200': { description: 'The verification report' }, '400': invalid, '404': notFound } },
  { method: 'get', path: '/api/workflow/machines', summary: '状态机 The lifecycle machines and their current versions', secured: false, responses: { '200': { description: 'Machines with links to their statecharts' } } },
  {
    method: 'get',
    path: '/api/workflow/machines/:machineId/statechart',
    summary: '状态图 A machine’s statechart (JSON or Mermaid), an instance’s stage marked',
    secured: false,
    query: statechartQuery,
    responses: { '200': { description: 'The statechart: JSON, or `text/plain` Mermaid with `format=mermaid`' }, '400': invalid, '404': notFound },
  },
];

/** Every endpoint of the workflow service, described from the schemas its controller validates with. */
export const WORKFLOW_OPERATIONS: ApiOperation[] = operations.map((op) => ({ ...op, tags: ['workflow'] }));
