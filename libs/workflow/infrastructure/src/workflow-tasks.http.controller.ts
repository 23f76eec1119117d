import { Controller, Get } from '@nestjs/common';
import { ServiceTasksSchema, serviceTasksQuery, type Actor, type ServiceTasks, type ServiceTasksQuery } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, ZodQuery } from '@scq/platform-http';
import { invalid } from './workflow.api-responses';
import { WorkflowTasks } from './workflow.tasks';

export const WORKFLOW_TASKS_PATH = '/api/workflow/tasks';

/** The caller's own workflow tasks; the gateway merges them into `GET /api/tasks`. */
@ApiTags('workflow')
@Controller('api/workflow/tasks')
export class WorkflowTasksHttpController {
  constructor(private readonly tasks: WorkflowTasks) {}

  @Get()
  @Access.everyRole('own')
  @ApiRoute({
    summary: '我的流程待办 The scenarios and applications waiting on the caller',
    description: 'Lifecycles in which an event is the caller’s to send now (the events in `allowedEvents`), oldest waiting first; at most `limit` (default and most 200), `truncated` when more wait. Deadlines are named by id (`deadlineIds`): the gateway’s `GET /api/tasks` adds their due dates.',
    responses: { '200': { description: 'The caller’s tasks', schema: ServiceTasksSchema }, '400': invalid },
  })
  list(@ZodQuery(serviceTasksQuery) query: ServiceTasksQuery, @CurrentActor() actor: Actor): Promise<ServiceTasks> {
    return this.tasks.of(actor, query);
  }
}
