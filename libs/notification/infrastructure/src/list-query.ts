import { keysetPageQuery, timeIdCursorParam } from '@scq/platform-http';

/** The paging fields of the inbox and the delivery log, both in (created_at, id) order: `limit` (default 50, at most 200) and `after`. */
export const pageParams = keysetPageQuery(timeIdCursorParam);
