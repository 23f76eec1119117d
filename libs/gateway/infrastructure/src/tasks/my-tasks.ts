import { ARMED_DEADLINES_MAX_INSTANCES, ArmedDeadlineListSchema, ServiceTasksSchema, TASK_SOURCE_LIMIT, type Actor, type ArmedDeadline, type TaskItem, type TaskKind } from '@scq/contracts';
import type { EdgeReadClient } from './edge-read.client';
import { countTasks, selectTasks, withDueDate, type TaskCounts, type TaskFilter } from './task-list';

/** A service's tasks route and the kinds of task it answers for. */
export interface TaskSource {
  path: string;
  kinds: readonly TaskKind[];
}

/**
 * Where each kind of task comes from. The registry answers for the coordinator's batch lists and for the factor
 * support requests (要素保障) waiting on an officer's unit.
 */
export const TASK_SOURCES: readonly TaskSource[] = [
  { path: '/api/workflow/tasks', kinds: ['scenario', 'application'] },
  { path: '/api/evaluation/tasks', kinds: ['assessment', 'assignment'] },
  { path: '/api/registry/tasks', kinds: ['batch-list', 'factor-request'] },
];

/** Where due dates come from: the notification service counts every armed deadline on its working-day calendar. */
export const ARMED_DEADLINES_SOURCE = '/api/notifications/armed-deadlines';

export interface Unavailable {
  source: string;
  reason: string;
}

export interface AllTasks {
  tasks: TaskItem[];
  truncated: boolean;
  unavailable: Unavailable[];
}

/**
 * "My tasks", a BFF fan-out: every task source asked at once for the caller, the deadlines the tasks name looked up
 * in the notification service, merged. A source that fails leaves its tasks out and is named in `unavailable`; the
 * deadlines failing leaves the tasks undated.
 */
export class MyTasks {
  constructor(
    private readonly client: EdgeReadClient,
    private readonly sources: readonly TaskSource[] = TASK_SOURCES,
  ) {}

  async list(actor: Actor, filter: TaskFilter): Promise<{ items: TaskItem[]; counts: TaskCounts; truncated: boolean; unavailable: Unavailable[] }> {
    const all = await this.all(actor);
    const { items, more } = selectTasks(all.tasks, filter);
    return { items, counts: countTasks(all.tasks), truncated: all.truncated || more, unavailable: all.unavailable };
  }

  async count(actor: Actor): Promise<{ counts: TaskCounts; unavailable: Unavailable[] }> {
    const all = await this.all(actor);
    return { counts: countTasks(all.tasks), unavailable: all.unavailable };
  }

  private async all(actor: Actor): Promise<AllTasks> {
    const answers = await Promise.all(this.sources.map(async (source) => ({ source, result: await this.client.read(source.path, actor, { limit: String(TASK_SOURCE_LIMIT) }) })));
    const tasks: TaskItem[] = [];
    const unavailable: Unavailable[] = [];
    let truncated = false;
    for (const { source, result } of answers) {
      const parsed = result.ok ? ServiceTasksSchema.safeParse(result.answer) : null;
      if (!parsed?.success) {
        unavailable.push({ source: source.path, reason: result.ok ? '答复不符合约定 the answer does not match the task contract' : result.reason });
        continue;
      }
      truncated ||= parsed.data.truncated;
      tasks.push(...parsed.data.items.filter((task) => source.kinds.includes(task.kind)));
    }
    const deadlines = await this.armedDeadlines(actor, tasks, unavailable);
    return { tasks: tasks.map((task) => withDueDate(task, deadlines)), truncated, unavailable };
  }

  private async armedDeadlines(actor: Actor, tasks: TaskItem[], unavailable: Unavailable[]): Promise<Map<string, ArmedDeadline>> {
    const instances = [...new Set(tasks.filter((task) => task.instanceId && task.deadlineIds?.length).map((task) => task.instanceId as string))];
    const armed = new Map<string, ArmedDeadline>();
    for (let start = 0; start < instances.length; start += ARMED_DEADLINES_MAX_INSTANCES) {
      const chunk = instances.slice(start, start + ARMED_DEADLINES_MAX_INSTANCES);
      const result = await this.client.read(ARMED_DEADLINES_SOURCE, actor, { instances: chunk.join(',') });
      const parsed = result.ok ? ArmedDeadlineListSchema.safeParse(result.answer) : null;
      if (!parsed?.success) {
        unavailable.push({ source: ARMED_DEADLINES_SOURCE, reason: result.ok ? '答复不符合约定 the answer does not match the deadline contract' : result.reason });
        return armed;
      }
      for (const deadline of parsed.data.items) armed.set(deadline.deadlineId, deadline);
    }
    return armed;
  }
}
