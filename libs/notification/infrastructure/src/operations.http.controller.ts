import { Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { DEADLINE_REPOSITORY, RescheduleHandler, type DeadlineRecord, type DeadlineRepository, type ReminderRecord } from '@scq/notification-application';
import { reminderJobId } from '@scq/notification-domain';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import { CurrentActor, parseRequest, RequestError } from '@scq/platform-http';
import type { Database } from '@scq/platform-persistence';
import { isPrivileged } from './caller-scope';

export const deadlinesQuery = z.object({ instance: z.string().uuid('instance 应为 UUID must be a UUID') }).strict();
export const deadlineParams = z.object({ deadlineId: z.string().min(1).max(300) });

/**
 * Operations: `POST /api/notifications/reschedule` re-derives every outstanding reminder, delivery attempt and
 * digest from the database and hands them to the scheduler again (after a Redis loss, or a calendar or policy
 * change); `GET /api/notifications/deadlines?instance=` and `GET …/deadlines/:deadlineId` show the plans.
 */
@Controller('api/notifications')
export class OperationsHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(DEADLINE_REPOSITORY) private readonly deadlines: DeadlineRepository,
    private readonly reschedule: RescheduleHandler,
  ) {}

  @Post('reschedule')
  @HttpCode(HttpStatus.OK)
  async rescheduleAll(@CurrentActor() actor: Actor) {
    if (!isPrivileged(actor)) throw new RequestError(HttpStatus.FORBIDDEN, 'FORBIDDEN', '仅协调单位或管理员可重新排程 Only the coordinator or an admin may reschedule');
    return this.reschedule.reschedule();
  }

  @Get('deadlines')
  async byInstance(@Query() query: unknown) {
    const q = parseRequest(deadlinesQuery, query);
    return { items: (await this.deadlines.listByInstance(this.db, q.instance)).map(deadlineView) };
  }

  @Get('deadlines/:deadlineId')
  async one(@Param() params: unknown) {
    const { deadlineId } = parseRequest(deadlineParams, params);
    const found = await this.deadlines.find(this.db, deadlineId);
    if (!found) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `没有此期限 No deadline ${deadlineId}`);
    return deadlineView(found);
  }
}

function deadlineView({ deadline, reminders }: { deadline: DeadlineRecord; reminders: ReminderRecord[] }) {
  return { ...deadline, reminders: reminders.map((r) => ({ ...r, jobId: reminderJobId(r.deadlineId, r.key) })) };
}
