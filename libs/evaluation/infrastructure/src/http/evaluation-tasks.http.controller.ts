import { Controller, Get } from '@nestjs/common';
import { ServiceTasksSchema, serviceTasksQuery, type Actor, type ServiceTasks, type ServiceTasksQuery } from '@scq/contracts';
import { EvaluationTasks } from '@scq/evaluation-application';
import { Access, ApiRoute, ApiTags, CurrentActor, ZodQuery } from '@scq/platform-http';
import { invalid } from './evaluation.api-responses';

export const EVALUATION_TASKS_PATH = '/api/evaluation/tasks';

/** The caller's own evaluation tasks; the gateway merges them into `GET /api/tasks`. */
@ApiTags('assessments')
@Controller('api/evaluation/tasks')
export class EvaluationTasksHttpController {
  constructor(private readonly tasks: EvaluationTasks) {}

  @Get()
  @Access.everyRole('own')
  @ApiRoute({
    summary: '我的评审待办 Assignments to score and assessments waiting on their organisers',
    description: 'An evaluator’s assignments still to score (with the scoring deadline’s id), and for the organising units’ officers and the coordinator the assessments waiting for a panel or for the panel’s decision; longest waiting first, at most `limit` (default and most 200), `truncated` when more wait.',
    responses: { '200': { description: 'The caller’s tasks', schema: ServiceTasksSchema }, '400': invalid },
  })
  list(@ZodQuery(serviceTasksQuery) query: ServiceTasksQuery, @CurrentActor() actor: Actor): Promise<ServiceTasks> {
    return this.tasks.of(actor, query);
  }
}
