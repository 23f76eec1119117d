import type { Schema } from '../../api/client';
import type { messages } from './tasks.messages';

type Key = keyof typeof messages.zh;
export type TaskItem = Schema<'TaskItem'>;
export type TaskKind = TaskItem['kind'];

export const KINDS: readonly TaskKind[] = ['scenario', 'application', 'assessment', 'assignment', 'batch-list', 'factor-request'];
export const KIND_LABEL: Record<TaskKind, Key> = {
  scenario: 'kindScenario',
  application: 'kindApplication',
  assessment: 'kindAssessment',
  assignment: 'kindAssignment',
  'batch-list': 'kindBatchList',
  'factor-request': 'kindFactorRequest',
};

const SOURCE_LABEL: Partial<Record<string, Key>> = {
  registry: 'sourceRegistry',
  workflow: 'sourceWorkflow',
  evaluation: 'sourceEvaluation',
  notifications: 'sourceNotification',
};

/** What the due date means in working days, as a catalogue key and its count; null without a due date. */
export function dueWords(item: Pick<TaskItem, 'dueAt' | 'overdue' | 'workingDaysLeft'>): { key: Key; count: number } | null {
  const days = item.workingDaysLeft;
  if (!item.dueAt || days === null || days === undefined) return item.overdue ? { key: 'overdue', count: 0 } : null;
  if (item.overdue) return days < 0 ? { key: 'overdueDays', count: -days } : { key: 'overdueToday', count: 0 };
  return days > 0 ? { key: 'daysLeft', count: days } : { key: 'dueToday', count: 0 };
}

/** A source the server could not read (`/api/workflow/tasks`), in words by its service; null for one the console does not know. */
export function sourceKey(source: string): Key | null {
  const service = /^\/api\/([^/]+)/.exec(source)?.[1] ?? source;
  return SOURCE_LABEL[service] ?? null;
}

/** The URL's `kind` and `overdue` as the API accepts them (anything else: no filter). */
export function taskFilters(search: { kind?: string; overdue?: string }): { kind?: TaskKind; overdue?: 'true' | 'false' } {
  const kind = KINDS.find((one) => one === search.kind);
  const overdue = search.overdue === 'true' || search.overdue === 'false' ? search.overdue : undefined;
  return { ...(kind ? { kind } : {}), ...(overdue ? { overdue } : {}) };
}
