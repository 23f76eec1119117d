import { TASK_KINDS, TaskItemSchema } from '@scq/contracts';
import { z } from 'zod';

export const taskListQuery = z
  .object({
    kind: z.enum(TASK_KINDS, { error: `kind 应为 must be one of: ${TASK_KINDS.join(', ')}` }).optional(),
    overdue: z.enum(['true', 'false'], { error: 'overdue 应为 true 或 false must be true or false' }).transform((value) => value === 'true').optional(),
    limit: z.coerce.number({ error: '应为整数 must be a whole number' }).int().min(1).max(200).default(50),
  })
  .strict();
export type TaskListQuery = z.output<typeof taskListQuery>;

const TaskCountsSchema = z
  .object({
    total: z.number().int(),
    overdue: z.number().int(),
    byKind: z.object(Object.fromEntries(TASK_KINDS.map((kind) => [kind, z.number().int()])) as Record<(typeof TASK_KINDS)[number], z.ZodNumber>),
  })
  .meta({ id: 'TaskCounts', description: 'All the caller’s tasks, whatever the filters: in total, overdue, by kind (the header badge)' });

const UnavailableSchema = z
  .array(z.object({ source: z.string(), reason: z.string() }))
  .describe('The services that did not answer (their tasks are missing) or whose due dates could not be read; empty when complete');

export const TaskListSchema = z
  .object({
    items: z.array(TaskItemSchema).describe('Overdue first, then by due date (undated last), then the longest waiting'),
    counts: TaskCountsSchema,
    truncated: z.boolean().describe('More tasks match than `items` shows (or a service left some out)'),
    unavailable: UnavailableSchema,
  })
  .meta({ id: 'TaskList' });

export const TaskCountSchema = z.object({ counts: TaskCountsSchema, unavailable: UnavailableSchema }).meta({ id: 'TaskCount' });
