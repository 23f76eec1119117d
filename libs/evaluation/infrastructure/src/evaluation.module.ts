import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import {
  AssessmentFinalizer,
  AssessmentQueries,
  AssignEvaluatorsHandler,
  CalibrationQuery,
  evaluationCatalog,
  EvaluatorPoolHandler,
  EvaluatorPoolQueries,
  OpenAssessmentHandler,
  PanelDecisionHandler,
  ScoringDeadlineHandler,
  SubjectPartyHandler,
  SubmitScoresHandler,
  WithdrawEvaluatorHandler,
  type EvaluationDeps,
} from '@scq/evaluation-application';
import { LifecycleRunner, SqlLifecycleStore } from '@scq/platform-lifecycle';
import { SERVICE_DATABASE, serviceRuntimeProviders, ServiceMessaging } from '@scq/platform-messaging';
import { ApiDocsModule, serviceApiDocs, UnitNamesModule } from '@scq/platform-http';
import type { Database, DatabaseLocation } from '@scq/platform-persistence';
import { canonicalUnitName } from '@scq/taxonomy';
import { EvaluationEventsConsumer } from './evaluation-events.consumer';
import { AssessmentHttpController } from './http/assessment.http.controller';
import { CalibrationHttpController } from './http/calibration.http.controller';
import { EvaluatorPoolHttpController } from './http/evaluator-pool.http.controller';
import { RubricHttpController } from './http/rubric.http.controller';
import { evaluationMigrations } from './persistence/evaluation.migrations';
import { SqlAssessmentRepository } from './persistence/sql-assessment.repository';
import { SqlEvaluatorPoolRepository } from './persistence/sql-evaluator-pool.repository';
import { SqlSubjectPartyRepository } from './persistence/sql-subject-party.repository';

export const EVALUATION_SERVICE = 'evaluation';
export const EVALUATION_DEPS = Symbol('EVALUATION_DEPS');

/** The controllers the module registers; its API document is generated from the same list (`@ApiRoute` on each route). */
const EVALUATION_CONTROLLERS = [RubricHttpController, EvaluatorPoolHttpController, AssessmentHttpController, CalibrationHttpController, EvaluationEventsConsumer];

/** A use case built from the service's dependencies (and other use cases it delegates to). */
function useCase<T>(provide: new (...args: never[]) => T, build: (deps: EvaluationDeps, ...others: never[]) => T, others: Array<new (...args: never[]) => unknown> = []): Provider {
  return { provide, inject: [EVALUATION_DEPS, ...others], useFactory: build as (...args: unknown[]) => T };
}

/**
 * The evaluation service (schema `evaluation`): rubrics, the evaluator pool with conflict-of-interest checks,
 * conflict-aware assignment, blind independent scoring, consensus and panel review, calibration — assessments
 * run as assessment machines on the lifecycle engine, opened by `workflow.assessment.requested` and decided by
 * `evaluation.assessment.finalized`, scoring deadlines on `evaluation.deadline.v1`.
 */
@Module({})
export class EvaluationModule {
  static register(options: { database: DatabaseLocation }): DynamicModule {
    return {
      module: EvaluationModule,
      imports: [ApiDocsModule, UnitNamesModule.register(canonicalUnitName)],
      controllers: EVALUATION_CONTROLLERS,
      providers: [
        serviceApiDocs(EVALUATION_SERVICE, EVALUATION_CONTROLLERS),
        ...serviceRuntimeProviders({ service: EVALUATION_SERVICE, schema: 'evaluation', database: options.database, migrations: evaluationMigrations }),
        {
          provide: EVALUATION_DEPS,
          inject: [SERVICE_DATABASE, ServiceMessaging],
          useFactory: (db: Database, messaging: ServiceMessaging): EvaluationDeps => ({
            db,
            runner: new LifecycleRunner(new SqlLifecycleStore('evaluation'), evaluationCatalog()),
            publisher: messaging.publisher,
            assessments: new SqlAssessmentRepository(),
            pool: new SqlEvaluatorPoolRepository(),
            parties: new SqlSubjectPartyRepository(),
            clock: () => new Date(),
          }),
        },
        useCase(AssignEvaluatorsHandler, (deps) => new AssignEvaluatorsHandler(deps)),
        useCase(AssessmentFinalizer, (deps) => new AssessmentFinalizer(deps)),
        useCase(OpenAssessmentHandler, (deps, assign: AssignEvaluatorsHandler) => new OpenAssessmentHandler(deps, assign), [AssignEvaluatorsHandler]),
        useCase(SubmitScoresHandler, (deps, finalizer: AssessmentFinalizer) => new SubmitScoresHandler(deps, finalizer), [AssessmentFinalizer]),
        useCase(WithdrawEvaluatorHandler, (deps, assign: AssignEvaluatorsHandler) => new WithdrawEvaluatorHandler(deps, assign), [AssignEvaluatorsHandler]),
        useCase(ScoringDeadlineHandler, (deps, assign: AssignEvaluatorsHandler) => new ScoringDeadlineHandler(deps, assign), [AssignEvaluatorsHandler]),
        useCase(PanelDecisionHandler, (deps, finalizer: AssessmentFinalizer) => new PanelDecisionHandler(deps, finalizer), [AssessmentFinalizer]),
        useCase(SubjectPartyHandler, (deps, assign: AssignEvaluatorsHandler) => new SubjectPartyHandler(deps, assign), [AssignEvaluatorsHandler]),
        useCase(EvaluatorPoolHandler, (deps, assign: AssignEvaluatorsHandler) => new EvaluatorPoolHandler(deps, assign), [AssignEvaluatorsHandler]),
        useCase(EvaluatorPoolQueries, (deps) => new EvaluatorPoolQueries(deps)),
        useCase(AssessmentQueries, (deps) => new AssessmentQueries(deps)),
        useCase(CalibrationQuery, (deps) => new CalibrationQuery(deps)),
      ],
    };
  }
}
