import { apiError } from '@scq/platform-http';

/** The error answers the notification routes share in the API document (`@ApiRoute({ responses })`). */
export const invalid = apiError('请求无效 Invalid request (field errors)');
export const notFound = apiError('不存在 Not found');
export const refused = { '401': apiError('未登录 No caller'), '403': apiError('无权操作 Not allowed for this caller') };
