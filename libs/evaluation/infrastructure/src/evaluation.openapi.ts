import { z } from 'zod';
import { apiError, type ApiOperation } from '@scq/platform-http';
import { assessmentListQuery, calibrationQuery, conflictBody, evaluatorBody, evaluatorListQuery, evaluatorPatch, organisationBody, panelBody, rubricQuery, scoresBody, withdrawBody } from './http/evaluation.http.schemas';

const invalid = apiError('请求无效 Invalid request (field errors)');
const notFound = apiError('不存在 Not found');
const refused = { '401': apiError('未登录 No caller'), '403': apiError('无权操作 Not allowed for this caller') };
const conflict = apiError('状态冲突 Conflicts with the current state');
const byId = z.object({ id: z.uuid() });
const assessment = { description: 'The assessment as the caller may see it (blind: an evaluator sees only their own marks before submitting)' };

const operations: Array<Omit<ApiOperation, 'tags'> & { tag: string }> = [
  { tag: 'rubrics', method: 'get', path: '/api/evaluation/rubrics', summary: '评分表 The rubrics and which decide each purpose', secured: false, responses: { '200': { description: '`items` and `purposes`' } } },
  { tag: 'rubrics', method: 'get', path: '/api/evaluation/rubrics/:rubricId', summary: '评分表详情 One rubric (a version, default the current)', secured: false, query: rubricQuery, responses: { '200': { description: 'The rubric with its versions' }, '400': invalid, '404': notFound } },
  { tag: 'evaluator-pool', method: 'get', path: '/api/evaluation/organisations', summary: '机构 Organisations of the evaluator pool', secured: true, responses: { '200': { description: 'Organisations' }, ...refused } },
  { tag: 'evaluator-pool', method: 'put', path: '/api/evaluation/organisations/:id', summary: '登记机构 Create or change an organisation', secured: true, requestBody: organisationBody, responses: { '200': { description: 'The organisation' }, '400': invalid, ...refused } },
  { tag: 'evaluator-pool', method: 'get', path: '/api/evaluation/evaluators', summary: '评审专家 Evaluators', secured: true, query: evaluatorListQuery, responses: { '200': { description: 'Evaluators' }, '400': invalid, ...refused } },
  { tag: 'evaluator-pool', method: 'post', path: '/api/evaluation/evaluators', summary: '登记专家 Add an evaluator', secured: true, requestBody: evaluatorBody, responses: { '201': { description: 'The evaluator' }, '400': invalid, ...refused, '409': conflict } },
  { tag: 'evaluator-pool', method: 'get', path: '/api/evaluation/evaluators/:id', summary: '专家详情 One evaluator', secured: true, responses: { '200': { description: 'The evaluator' }, ...refused, '404': notFound } },
  { tag: 'evaluator-pool', method: 'patch', path: '/api/evaluation/evaluators/:id', summary: '修改专家 Change an evaluator', secured: true, requestBody: evaluatorPatch, responses: { '200': { description: 'The evaluator' }, '400': invalid, ...refused, '404': notFound } },
  { tag: 'evaluator-pool', method: 'delete', path: '/api/evaluation/evaluators/:id', summary: '专家退出 Retire an evaluator', secured: true, responses: { '204': { description: 'Retired' }, ...refused, '404': notFound } },
  { tag: 'evaluator-pool', method: 'get', path: '/api/evaluation/evaluators/:id/conflicts', summary: '利益冲突 An evaluator’s conflicts of interest', secured: true, responses: { '200': { description: 'Conflicts' }, ...refused, '404': notFound } },
  { tag: 'evaluator-pool', method: 'post', path: '/api/evaluation/evaluators/:id/conflicts', summary: '申报冲突 Declare a conflict of interest', secured: true, requestBody: conflictBody, responses: { '201': { description: 'The conflict' }, '400': invalid, ...refused, '404': notFound } },
  { tag: 'evaluator-pool', method: 'delete', path: '/api/evaluation/evaluators/:id/conflicts/:conflictId', summary: '撤销冲突 Remove a conflict of interest', secured: true, responses: { '204': { description: 'Removed' }, ...refused, '404': notFound } },
  { tag: 'assessments', method: 'get', path: '/api/evaluation/assessments', summary: '评估列表 Assessments the caller may see', secured: true, query: assessmentListQuery, responses: { '200': { description: 'A page of assessments' }, '400': invalid, ...refused } },
  { tag: 'assessments', method: 'get', path: '/api/evaluation/assessments/:id', summary: '评估详情 One assessment', secured: true, params: byId, responses: { '200': assessment, '400': invalid, ...refused, '404': notFound } },
  { tag: 'assessments', method: 'get', path: '/api/evaluation/assignments/mine', summary: '我的评审任务 The caller’s assignments', secured: true, responses: { '200': { description: 'Assignments' }, ...refused } },
  { tag: 'assessments', method: 'post', path: '/api/evaluation/assessments/:id/scores', summary: '提交评分 Submit independent scores (once)', secured: true, params: byId, requestBody: scoresBody, responses: { '201': assessment, '400': invalid, ...refused, '404': notFound, '409': conflict } },
  { tag: 'assessments', method: 'get', path: '/api/evaluation/assessments/:id/consensus', summary: '评分汇总 The others’ scores and the consensus (after one’s own submission)', secured: true, params: byId, responses: { '200': { description: 'Scores and consensus' }, ...refused, '404': notFound } },
  { tag: 'assessments', method: 'post', path: '/api/evaluation/assessments/:id/decline', summary: '拒绝任务 Decline an assignment', secured: true, params: byId, requestBody: withdrawBody, responses: { '200': assessment, '400': invalid, ...refused, '404': notFound, '409': conflict } },
  { tag: 'assessments', method: 'post', path: '/api/evaluation/assessments/:id/recuse', summary: '回避 Recuse oneself', secured: true, params: byId, requestBody: withdrawBody, responses: { '200': assessment, '400': invalid, ...refused, '404': notFound, '409': conflict } },
  { tag: 'assessments', method: 'post', path: '/api/evaluation/assessments/:id/assign', summary: '重新分配 Retry the assignment (organising unit)', secured: true, params: byId, responses: { '200': assessment, ...refused, '404': notFound, '409': conflict } },
  { tag: 'assessments', method: 'post', path: '/api/evaluation/assessments/:id/panel-decision', summary: '专家组决定 Record the panel’s decision', secured: true, params: byId, requestBody: panelBody, responses: { '200': assessment, '400': invalid, ...refused, '404': notFound, '409': conflict } },
  { tag: 'calibration', method: 'get', path: '/api/evaluation/calibration', summary: '评分校准 Severity and leniency of each evaluator (coordinator)', secured: true, query: calibrationQuery, responses: { '200': { description: 'The calibration report' }, '400': invalid, ...refused } },
];

/** Every endpoint of the evaluation service, described from the schemas its controllers validate with. */
export const EVALUATION_OPERATIONS: ApiOperation[] = operations.map(({ tag, ...op }) => ({ ...op, tags: [tag] }));
