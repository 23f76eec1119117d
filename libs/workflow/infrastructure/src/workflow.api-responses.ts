import { apiError, type ApiResponse } from '@scq/platform-http';
import { WorkflowInstanceViewSchema } from './workflow.http.responses';

export const invalid = apiError('请求无效 Invalid request (field errors, unknown or system event)');
export const notFound = apiError('不存在 Not found');
export const refused = { '401': apiError('未登录 No caller'), '403': apiError('无权操作 The caller’s role may not send this event') };
export const conflict = apiError('状态冲突 Not allowed in this stage, or `expectedVersion` is stale');
export const instanceView: ApiResponse = { description: 'The instance: stage, history, deadlines and the events the caller may send (`allowedEvents`)', schema: WorkflowInstanceViewSchema };
export const eventsDescription =
  'The body names the event (`type`), an optional `reason` and `expectedVersion` (optimistic concurrency); the other fields are the event’s payload, validated against that event’s schema.';
