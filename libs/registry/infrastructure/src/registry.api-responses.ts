import { apiError, type ApiResponse } from '@scq/platform-http';

/** The answers the registry routes share in the API document (each route lists its own in `@ApiRoute`). */
export const invalid = apiError('请求无效 Invalid request (field errors)');
export const notFound = apiError('不存在 Not found');
export const refused = { '401': apiError('未登录 No caller'), '403': apiError('无权操作 Not allowed for this caller') };
export const conflict = apiError('状态冲突 Conflicts with the current state');
export const ok = (description: string): ApiResponse => ({ description });

