import { apiError, type ApiOperation } from '@scq/platform-http';
import { preferencesUpdateSchema } from '@scq/notification-domain';
import { deliveriesQuery } from './deliveries.http.controller';
import { inboxListQuery, itemParams, readAllBody } from './inbox.http.controller';
import { deadlineParams, deadlinesQuery } from './operations.http.controller';
import { preferencesQuery } from './preferences.http.controller';

const invalid = apiError('请求无效 Invalid request (field errors)');
const notFound = apiError('不存在 Not found');
const refused = { '401': apiError('未登录 No caller'), '403': apiError('无权操作 Not allowed for this caller') };

const operations: Array<Omit<ApiOperation, 'tags' | 'secured'> & { tag: string }> = [
  { tag: 'inbox', method: 'get', path: '/api/notifications/inbox', summary: '收件箱 The caller’s and their unit’s in-app messages', query: inboxListQuery, responses: { '200': { description: '`items`, `nextCursor` and unread counts' }, '400': invalid, ...refused } },
  { tag: 'inbox', method: 'get', path: '/api/notifications/inbox/unread-count', summary: '未读数 Unread counts (own, unit, total)', responses: { '200': { description: 'Unread counts' }, ...refused } },
  { tag: 'inbox', method: 'post', path: '/api/notifications/inbox/read-all', summary: '全部已读 Mark all read (in a scope)', requestBody: readAllBody, requestBodyOptional: true, responses: { '200': { description: 'How many were marked and the unread counts' }, '400': invalid, ...refused } },
  { tag: 'inbox', method: 'post', path: '/api/notifications/inbox/:id/read', summary: '标为已读 Mark one message read', params: itemParams, responses: { '200': { description: 'The item and the unread counts' }, '400': invalid, ...refused, '404': notFound } },
  { tag: 'preferences', method: 'get', path: '/api/notifications/preferences', summary: '通知设置 Preferences of the caller or their unit', query: preferencesQuery, responses: { '200': { description: 'Language, email, webhook, digest, quiet hours' }, '400': invalid, ...refused } },
  { tag: 'preferences', method: 'put', path: '/api/notifications/preferences', summary: '修改通知设置 Change preferences (a unit’s by its officers)', query: preferencesQuery, requestBody: preferencesUpdateSchema, responses: { '200': { description: 'The preferences' }, '400': invalid, ...refused } },
  { tag: 'deliveries', method: 'get', path: '/api/notifications/deliveries', summary: '投递记录 The delivery log (own and unit’s; all for coordinator and admins)', query: deliveriesQuery, responses: { '200': { description: 'Deliveries with their states and attempts' }, '400': invalid, ...refused } },
  { tag: 'operations', method: 'post', path: '/api/notifications/reschedule', summary: '重新排程 Re-derive and reschedule every outstanding job (coordinator, admin)', responses: { '200': { description: 'What was rescheduled' }, ...refused } },
  { tag: 'operations', method: 'get', path: '/api/notifications/deadlines', summary: '期限 The deadlines of a lifecycle instance', query: deadlinesQuery, responses: { '200': { description: '`items`: deadlines with their reminders' }, '400': invalid, ...refused } },
  { tag: 'operations', method: 'get', path: '/api/notifications/deadlines/:deadlineId', summary: '期限详情 One deadline with its reminders', params: deadlineParams, responses: { '200': { description: 'The deadline' }, '400': invalid, ...refused, '404': notFound } },
];

/** Every endpoint of the notification service (all for a signed-in caller), described from the schemas its controllers validate with. */
export const NOTIFICATION_OPERATIONS: ApiOperation[] = operations.map(({ tag, ...op }) => ({ ...op, tags: [tag], secured: true }));
