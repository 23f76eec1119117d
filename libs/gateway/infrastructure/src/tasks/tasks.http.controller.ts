import { Controller, Get } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { Access, apiError, ApiRoute, ApiTags, CurrentActor, ZodQuery } from '@scq/platform-http';
import type { z } from 'zod';
import { MyTasks } from './my-tasks';
import { TaskCountSchema, taskListQuery, TaskListSchema, type TaskListQuery } from './tasks.schemas';

const DESCRIPTION =
  'Everything waiting on the caller across the services (scenarios and applications whose next event is theirs, assignments to score, assessments waiting on their organisers, batch-list drafts and recognised scenarios waiting for a list), each with a link to where it is done (`href`), due dates counted in working days by the notification service. A service that does not answer is named in `unavailable`.';

/** 我的待办: the gateway asks every service for the caller's tasks (with the caller's own identity) and merges them. */
@ApiTags('tasks')
@Controller('api/tasks')
export class TasksHttpController {
  constructor(private readonly tasks: MyTasks) {}

  @Get()
  @Access.everyRole('own')
  @ApiRoute({
    summary: '我的待办 Everything waiting on the caller, overdue first',
    description: `${DESCRIPTION} Filters: \`kind\`, \`overdue\`; \`limit\` (default 50, at most 200). \`counts\` cover every task whatever the filters.`,
    responses: { '200': { description: 'The caller’s tasks and their counts', schema: TaskListSchema }, '400': apiError('请求无效 Invalid query (field errors)') },
  })
  list(@ZodQuery(taskListQuery) query: TaskListQuery, @CurrentActor() actor: Actor): Promise<z.output<typeof TaskListSchema>> {
    return this.tasks.list(actor, query);
  }

  @Get('count')
  @Access.everyRole('own')
  @ApiRoute({ summary: '待办数 How many tasks wait on the caller: in total, overdue, by kind (the header badge)', description: DESCRIPTION, responses: { '200': { description: 'The counts', schema: TaskCountSchema } } })
  count(@CurrentActor() actor: Actor): Promise<z.output<typeof TaskCountSchema>> {
    return this.tasks.count(actor);
  }
}
