import { apiError, type ApiResponse } from '@scq/platform-http';
import { AssessmentSchema } from './evaluation.http.responses';

/** The answers the evaluation routes share in the API document (each route lists its own in `@ApiRoute`). */
export const invalid = apiError('请求无效 Invalid request (field errors)');
export const notFound = apiError('不存在 Not found');
export const refused = { '401': apiError('未登录 No caller'), '403': apiError('无权操作 Not allowed for this caller') };
export const conflict = apiError('状态冲突 Conflicts with the current state');

/** An assessment view, as `GET /api/evaluation/assessments/:id` and the actions on it answer. */
export const assessmentView: ApiResponse = { description: 'The assessment as the caller may see it (blind: an evaluator sees only their own marks before submitting)', schema: AssessmentSchema };
