import type { TimeIdPosition } from '@scq/platform-persistence';

/**
 * One page of a keyset-paginated list: at most `limit` rows after the position `after` (the last row of the previous
 * page; from the start when absent). Callers read `limit + 1` rows and give them to `pageOf`, which cuts the page and
 * tells whether there is a next one.
 */
export interface PageRequest<P> {
  limit: number;
  after?: P;
}

/** Lists in id order (evaluators, organisations: ids that are names). */
export type IdPageRequest = PageRequest<string>;

/** Lists in (time, id) order (conflict declarations, assignments, assessments). */
export type TimeIdPageRequest = PageRequest<TimeIdPosition>;
