import type { ItemOf } from '../../api/all-pages';
import type { Schema } from '../../api/client';
import { beijingToday } from '../../ui/beijing-time';

export type OpportunityItem = ItemOf<'/api/opportunities'>;
export type DemandList = Schema<'DemandList'>;

const DAY_MS = 86_400_000;

/** Whole days from today (Beijing) to a date (YYYY-MM-DD): 0 on the day itself, negative once past. */
export function daysUntil(date: string, today = beijingToday()): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

