import { Controller, Get, HttpCode, HttpStatus, Inject, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { ArmedDeadlineListSchema, type Actor } from '@scq/contracts';
import { DEADLINE_REPOSITORY, RescheduleHandler, type DeadlineRecord, type DeadlineRepository, type ReminderRecord } from '@scq/notification-application';
import { reminderJobId } from '@scq/notification-domain';
import { calendarLookup } from '@scq/calendar';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import { Access, ApiRoute, ApiTags, CurrentActor, parseRequest, RequestError, ZodQuery } from '@scq/platform-http';
import type { Database } from '@scq/platform-persistence';
import { invalid, notFound, refused } from './api-answers';
import { ArmedDeadlines, armedDeadlinesQuery, type ArmedDeadlinesQuery } from './armed-deadlines';
import { isPrivileged } from './caller-scope';
import { DeadlineListSchema, DeadlineSchema, NotificationRescheduleReportSchema, type Answer } from './notification.http.responses';

export const deadlinesQuery = z.object({ instance: z.string().uuid('instance 应为 UUID must be a UUID') }).strict();
export const deadlineParams = z.object({ deadlineId: z.string().min(1).max(300) });

/**
 * Operations: `POST /api/notifications/reschedule` re-derives every outstanding reminder, delivery attempt and
 * digest from the database and hands them to the scheduler again (after a Redis loss, or a calendar or policy
 * change); `GET /api/notifications/deadlines?instance=` and `GET …/deadlines/:deadlineId` show the plans.
 */
@ApiTags('operations')
@Controller('api/notifications')
export class OperationsHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(DEADLINE_REPOSITORY) private readonly deadlines: DeadlineRepository,
    private readonly reschedule: RescheduleHandler,
    private readonly armed: ArmedDeadlines,
  ) {}

  @Post('reschedule')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '重新排程 Re-derive and reschedule every outstanding job (coordinator, admin)', responses: { '200': { description: 'What was rescheduled', schema: NotificationRescheduleReportSchema }, ...refused } })
  async rescheduleAll(@CurrentActor() actor: Actor): Promise<Answer<typeof NotificationRescheduleReportSchema>> {
    if (!isPrivileged(actor)) throw new RequestError(HttpStatus.FORBIDDEN, 'FORBIDDEN', '仅协调单位或管理员可重新排程 Only the coordinator or an admin may reschedule');
    return this.reschedule.reschedule();
  }

  @Get('deadlines')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '期限 The deadlines of a lifecycle instance', responses: { '200': { description: '`items`: deadlines with their reminders', schema: DeadlineListSchema }, '400': invalid, ...refused } })
  async byInstance(@ZodQuery(deadlinesQuery) q: z.infer<typeof deadlinesQuery>): Promise<Answer<typeof DeadlineListSchema>> {
    return { items: (await this.deadlines.listByInstance(this.db, q.instance)).map(deadlineView) };
  }

  @Get('armed-deadlines')
  @Access.everyRole('everything')
  @ApiRoute({
    summary: '在途期限 The deadlines still armed for some lifecycle instances, with working days left',
    description: '`instances`: up to 100 lifecycle instance ids, separated by commas. Each armed deadline with its due instant, the working days from today to its due day on the working-day calendar (negative once past) and whether it is overdue; the gateway’s task list (`GET /api/tasks`) reads its due dates here.',
    responses: { '200': { description: '`items`: the armed deadlines, soonest first', schema: ArmedDeadlineListSchema }, '400': invalid, ...refused },
  })
  armedDeadlines(@ZodQuery(armedDeadlinesQuery) q: ArmedDeadlinesQuery): Promise<Answer<typeof ArmedDeadlineListSchema>> {
    return this.armed.of(q);
  }

  @Get('deadlines/:deadlineId')
  @Access.everyRole('everything')
  // A deadline id is not a UUID (`<instance>.<deadline>-<n>`): the route checks it with `deadlineParams` itself.
  @ApiRoute({ summary: '期限详情 One deadline with its reminders', params: deadlineParams, responses: { '200': { description: 'The deadline', schema: DeadlineSchema }, '400': invalid, ...refused, '404': notFound } })
  async one(@Param() params: unknown): Promise<Answer<typeof DeadlineSchema>> {
    const { deadlineId } = parseRequest(deadlineParams, params);
    const found = await this.deadlines.find(this.db, deadlineId);
    if (!found) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `没有此期限 No deadline ${deadlineId}`);
    return deadlineView(found);
  }
}

function deadlineView({ deadline, reminders }: { deadline: DeadlineRecord; reminders: ReminderRecord[] }) {
  return { ...deadline, calendar: calendarFlag(deadline, reminders), reminders: reminders.map((r) => ({ ...r, jobId: reminderJobId(r.deadlineId, r.key) })) };
}

/** Every year from the request to the last planned job that has no official holiday notice (counted Monday–Friday). */
function calendarFlag(deadline: DeadlineRecord, reminders: ReminderRecord[]): { official: boolean; unofficialYears: number[] } {
  if (deadline.machineId === '') return { official: true, unofficialYears: [] }; // a tombstone: nothing was counted
  const last = Math.max(deadline.dueAt.getTime(), ...reminders.map((r) => r.runAt.getTime()));
  const unofficialYears = calendarLookup.unofficialYearsBetween(deadline.requestedAt, new Date(last));
  return { official: unofficialYears.length === 0, unofficialYears };
}
