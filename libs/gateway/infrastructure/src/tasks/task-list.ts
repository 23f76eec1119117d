import { TASK_KINDS, type ArmedDeadline, type TaskItem, type TaskKind } from '@scq/contracts';

export interface TaskCounts {
  total: number;
  overdue: number;
  byKind: Record<TaskKind, number>;
}

export interface TaskFilter {
  kind?: TaskKind;
  overdue?: boolean;
  limit: number;
}

/** A task with the due date of the soonest of its deadlines that is still armed. */
export function withDueDate(task: TaskItem, armed: ReadonlyMap<string, ArmedDeadline>): TaskItem {
  const due = (task.deadlineIds ?? [])
    .map((id) => armed.get(id))
    .filter((deadline): deadline is ArmedDeadline => deadline !== undefined)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
  if (!due) return { ...task, dueAt: task.dueAt ?? null, workingDaysLeft: task.workingDaysLeft ?? null };
  return { ...task, dueAt: due.dueAt, workingDaysLeft: due.workingDaysLeft, overdue: task.overdue || due.overdue };
}

/** Overdue first; then by due date (soonest first, undated last); then the longest waiting. */
export function compareTasks(a: TaskItem, b: TaskItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const [dueA, dueB] = [a.dueAt ? Date.parse(a.dueAt) : Infinity, b.dueAt ? Date.parse(b.dueAt) : Infinity];
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return Date.parse(a.since) - Date.parse(b.since) || a.id.localeCompare(b.id);
}

export function countTasks(tasks: readonly TaskItem[]): TaskCounts {
  const byKind = Object.fromEntries(TASK_KINDS.map((kind) => [kind, 0])) as Record<TaskKind, number>;
  for (const task of tasks) byKind[task.kind]++;
  return { total: tasks.length, overdue: tasks.filter((task) => task.overdue).length, byKind };
}

/** The page asked for, in order, and whether more match than it shows. */
export function selectTasks(tasks: readonly TaskItem[], filter: TaskFilter): { items: TaskItem[]; more: boolean } {
  const matching = tasks.filter((task) => (filter.kind === undefined || task.kind === filter.kind) && (filter.overdue === undefined || task.overdue === filter.overdue)).sort(compareTasks);
  return { items: matching.slice(0, filter.limit), more: matching.length > filter.limit };
}
