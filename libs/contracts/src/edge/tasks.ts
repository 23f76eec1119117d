import { z } from 'zod';

/**
 * "My tasks" (我的待办): what waits on the caller. Services share no code, so each answers for its own tasks in this
 * one shape (`GET /api/<service>/tasks`), and the gateway merges them for `GET /api/tasks`, adding the due dates the
 * notification service counted (`GET /api/notifications/deadlines/armed`).
 */
export const TASK_KINDS = ['scenario', 'application', 'assessment', 'assignment', 'batch-list', 'factor-request'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Each service answers at most this many tasks (oldest waiting first) and says when it left some out. */
export const TASK_SOURCE_LIMIT = 200;

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const TaskItemSchema = z
  .object({
    /** Stable across calls: `<kind>:<subject id>`. */
    id: z.string().min(1),
    kind: z.enum(TASK_KINDS),
    title: bilingual,
    /** What the task is about (a scenario, an application, an assessment, a batch list, …). */
    subject: z.object({ kind: z.string().min(1), id: z.string().min(1) }),
    /** What the caller is to do, in a few words. */
    action: bilingual,
    /** The lifecycle events the caller may send now (workflow tasks). */
    allowedEvents: z.array(z.string()).optional(),
    /** The console page where the action is taken. */
    href: z.string().startsWith('/'),
    /** The lifecycle instance whose armed deadlines bound the task, and those deadlines' ids (`<instance>.<name>-<n>`). */
    instanceId: z.uuid().optional(),
    deadlineIds: z.array(z.string().min(1)).optional(),
    /** When it is due and how many working days are left (negative: overdue by so many), once known. */
    dueAt: z.iso.datetime({ offset: true }).nullable().optional(),
    workingDaysLeft: z.number().int().nullable().optional(),
    overdue: z.boolean(),
    /** Since when it has been waiting (the stage was entered, the evaluator assigned, the draft created). */
    since: z.iso.datetime({ offset: true }),
    /** The unit the task falls to, when it falls to a unit. */
    unit: z.string().nullable().optional(),
  })
  .meta({ id: 'TaskItem' });
export type TaskItem = z.output<typeof TaskItemSchema>;

/** One service's answer. */
export const ServiceTasksSchema = z.object({ items: z.array(TaskItemSchema), truncated: z.boolean() }).meta({ id: 'ServiceTasks' });
export type ServiceTasks = z.output<typeof ServiceTasksSchema>;

/** The query every service's tasks route takes. */
export const serviceTasksQuery = z
  .object({ limit: z.coerce.number({ error: '应为整数 must be a whole number' }).int().min(1).max(TASK_SOURCE_LIMIT).default(TASK_SOURCE_LIMIT) })
  .strict();
export type ServiceTasksQuery = z.output<typeof serviceTasksQuery>;

/** A deadline still armed, as the notification service counted it on the working-day calendar. */
export const ArmedDeadlineSchema = z
  .object({
    deadlineId: z.string().min(1),
    instanceId: z.uuid(),
    deadline: z.string().min(1),
    dueAt: z.iso.datetime({ offset: true }),
    /** Working days from today (Beijing) to the due day; negative once it has passed. */
    workingDaysLeft: z.number().int(),
    overdue: z.boolean(),
  })
  .meta({ id: 'ArmedDeadline' });
export type ArmedDeadline = z.output<typeof ArmedDeadlineSchema>;

export const ArmedDeadlineListSchema = z.object({ items: z.array(ArmedDeadlineSchema) }).meta({ id: 'ArmedDeadlineList' });

/** At most this many instances per look-up (the ids travel in the query string). */
export const ARMED_DEADLINES_MAX_INSTANCES = 100;

export function taskId(kind: TaskKind, subjectId: string): string {
  return `${kind}:${subjectId}`;
}
