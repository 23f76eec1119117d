import { Controller, Get } from '@nestjs/common';
import { ServiceTasksSchema, serviceTasksQuery, type Actor, type ServiceTasks, type ServiceTasksQuery } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, ZodQuery } from '@scq/platform-http';
import { RegistryTasks } from '@scq/registry-application';
import { invalid } from '../registry.api-responses';

export const REGISTRY_TASKS_PATH = '/api/registry/tasks';

/** The caller's own registry tasks; the gateway merges them into `GET /api/tasks`. */
@ApiTags('batch-lists')
@Controller('api/registry/tasks')
export class RegistryTasksHttpController {
  constructor(private readonly tasks: RegistryTasks) {}

  @Get()
  @Access.everyRole('own')
  @ApiRoute({
    summary: '我的清单待办 Batch-list drafts and recognised scenarios waiting for a list (coordinator)',
    description: 'For the coordinator: the batch-list drafts to finish and publish, and the recognised scenarios on no list or draft yet; nothing for other roles. Longest waiting first, at most `limit` (default and most 200), `truncated` when more wait.',
    responses: { '200': { description: 'The caller’s tasks', schema: ServiceTasksSchema }, '400': invalid },
  })
  list(@ZodQuery(serviceTasksQuery) query: ServiceTasksQuery, @CurrentActor() actor: Actor): Promise<ServiceTasks> {
    return this.tasks.of(actor, query);
  }
}
