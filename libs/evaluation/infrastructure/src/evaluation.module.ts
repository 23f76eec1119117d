import { Module, type DynamicModule } from '@nestjs/common';
import {
  AssessmentQueries,
  AssignEvaluatorsHandler,
  CalibrationQuery,
  EvaluationTasks,
  EvaluatorPoolHandler,
  EvaluatorPoolQueries,
  OpenAssessmentHandler,
  OrganisationNamesHandler,
  PanelDecisionHandler,
  ScoringDeadlineHandler,
  SubjectPartyHandler,
  SubmitScoresHandler,
  WithdrawEvaluatorHandler,
} from '@scq/evaluation-application';
import { SERVICE_DATABASE, serviceRuntimeProviders, ServiceMessaging } from '@scq/platform-messaging';
import { serviceTasksQuery } from '@scq/contracts';
import { ApiDocsModule, edgeReadProvider, serviceApiDocs, UnitNamesModule } from '@scq/platform-http';
import type { DatabaseLocation } from '@scq/platform-persistence';
import { HistoryChainKeys, LifecycleRunner } from '@scq/platform-lifecycle';
import { composedProviders, historyChainProviders, type HistoryChainOptions } from '@scq/platform-runtime';
import { AssessmentMachineUpgrade } from './machine-upgrade';
import { canonicalUnitName } from '@scq/taxonomy';
import { composeEvaluation } from './evaluation.composition';
import { EvaluationEventsConsumer } from './evaluation-events.consumer';
import { AssessmentHttpController } from './http/assessment.http.controller';
import { CalibrationHttpController } from './http/calibration.http.controller';
import { EvaluatorPoolHttpController } from './http/evaluator-pool.http.controller';
import { RubricHttpController } from './http/rubric.http.controller';
import { EVALUATION_TASKS_PATH, EvaluationTasksHttpController } from './http/evaluation-tasks.http.controller';
import { evaluationMigrations } from './persistence/evaluation.migrations';

export const EVALUATION_SERVICE = 'evaluation';
const EVALUATION_GRAPH = Symbol('EVALUATION_GRAPH');

/** The controllers the module registers; its API document is generated from the same list (`@ApiRoute` on each route). */
const EVALUATION_CONTROLLERS = [RubricHttpController, EvaluatorPoolHttpController, AssessmentHttpController, CalibrationHttpController, EvaluationTasksHttpController, EvaluationEventsConsumer];

/**
 * The evaluation service (schema `evaluation`): rubrics, the evaluator pool with conflict-of-interest checks,
 * conflict-aware assignment, blind independent scoring, consensus and panel review, calibration — assessments
 * run as assessment machines on the lifecycle engine, opened by `workflow.assessment.requested` and decided by
 * `evaluation.assessment.finalized`, scoring deadlines on `evaluation.deadline.v1`. The module is its composition
 * root only: the graph is built by `composeEvaluation`, and the parts the controllers and the consumer inject are
 * provided under their classes.
 */
@Module({})
export class EvaluationModule {
  static register(options: { database: DatabaseLocation; historyChain?: HistoryChainOptions }): DynamicModule {
    return {
      module: EvaluationModule,
      imports: [ApiDocsModule, UnitNamesModule.register(canonicalUnitName)],
      controllers: EVALUATION_CONTROLLERS,
      providers: [
        serviceApiDocs(EVALUATION_SERVICE, EVALUATION_CONTROLLERS),
        ...serviceRuntimeProviders({ service: EVALUATION_SERVICE, schema: 'evaluation', database: options.database, migrations: evaluationMigrations }),
        ...historyChainProviders(options.historyChain),
        ...composedProviders(EVALUATION_GRAPH, { inject: [SERVICE_DATABASE, ServiceMessaging, HistoryChainKeys], compose: composeEvaluation }, {
          runner: LifecycleRunner,
          assign: AssignEvaluatorsHandler,
          open: OpenAssessmentHandler,
          scores: SubmitScoresHandler,
          withdrawals: WithdrawEvaluatorHandler,
          deadlines: ScoringDeadlineHandler,
          panel: PanelDecisionHandler,
          parties: SubjectPartyHandler,
          organisationNames: OrganisationNamesHandler,
          pool: EvaluatorPoolHandler,
          poolQueries: EvaluatorPoolQueries,
          assessmentQueries: AssessmentQueries,
          calibration: CalibrationQuery,
          tasks: EvaluationTasks,
        }),
        edgeReadProvider(EVALUATION_TASKS_PATH, serviceTasksQuery, EvaluationTasks, (tasks, actor, query) => tasks.of(actor, query)),
        AssessmentMachineUpgrade,
      ],
    };
  }
}
