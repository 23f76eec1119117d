import { ARMED_DEADLINES_MAX_INSTANCES, type ArmedDeadline } from '@scq/contracts';
import { addCalendarDays, beijingDateOf, calendarLookup } from '@scq/calendar';
import type { DeadlineRepository } from '@scq/notification-application';
import type { SqlExecutor } from '@scq/platform-persistence';
import { z } from 'zod';

export const ARMED_DEADLINES_PATH = '/api/notifications/armed-deadlines';

const instanceList = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))])
  .pipe(
    z
      .array(z.uuid('instances 应为逗号分隔的 UUID must be UUIDs separated by commas'))
      .min(1, 'instances 不能为空 name at least one instance')
      .max(ARMED_DEADLINES_MAX_INSTANCES, `instances 至多 ${ARMED_DEADLINES_MAX_INSTANCES} 个 at most ${ARMED_DEADLINES_MAX_INSTANCES} instances`),
  );
export const armedDeadlinesQuery = z.object({ instances: instanceList }).strict();
export type ArmedDeadlinesQuery = z.output<typeof armedDeadlinesQuery>;

/**
 * The deadlines still armed for some lifecycle instances, counted on the working-day calendar this service owns
 * (including years loaded at run time): what the gateway's task list shows as due dates.
 */
export class ArmedDeadlines {
  constructor(
    private readonly db: SqlExecutor,
    private readonly deadlines: DeadlineRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async of({ instances }: ArmedDeadlinesQuery): Promise<{ items: ArmedDeadline[] }> {
    const now = this.clock();
    const armed = await this.deadlines.armedOf(this.db, instances);
    return {
      items: armed.map((d) => ({ deadlineId: d.deadlineId, instanceId: d.instanceId, deadline: d.deadline, dueAt: d.dueAt.toISOString(), workingDaysLeft: workingDaysLeft(now, d.dueAt), overdue: d.dueAt.getTime() <= now.getTime() })),
    };
  }
}

/** Most working days counted either way (a deadline years away says "many" as well as this does). */
const COUNT_LIMIT = 1000;

/**
 * Working days from today to the due day (Beijing dates): 0 when due today, 2 when due on the second working day
 * after today; negative when past: -1 when the due day was the last working day before today.
 */
export function workingDaysLeft(now: Date, dueAt: Date): number {
  const today = beijingDateOf(now);
  const due = beijingDateOf(dueAt);
  if (due === today) return 0;
  const forward = due > today;
  const [from, to] = forward ? [today, due] : [due, today];
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to && count < COUNT_LIMIT; day = addCalendarDays(day, 1)) if (calendarLookup.isWorkingDay(day)) count++;
  return forward ? count : -count;
}
