import {
  AssessmentFinalizer,
  AssessmentQueries,
  AssignEvaluatorsHandler,
  CalibrationQuery,
  ConflictReviewHandler,
  evaluationCatalog,
  EvaluatorPoolHandler,
  EvaluationTasks,
  EvaluatorPoolQueries,
  OpenAssessmentHandler,
  OrganisationNamesHandler,
  PanelDecisionHandler,
  ScoringDeadlineHandler,
  SubjectPartyHandler,
  SubmitScoresHandler,
  WithdrawEvaluatorHandler,
  type EvaluationDeps,
} from '@scq/evaluation-application';
import { LifecycleRunner, SqlLifecycleStore, type HistoryChainKeys } from '@scq/platform-lifecycle';
import type { ServiceMessaging } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { SqlAssessmentRepository } from './persistence/sql-assessment.repository';
import { SqlEvaluatorPoolRepository } from './persistence/sql-evaluator-pool.repository';
import { SqlOrganisationNames } from './persistence/sql-organisation-names';
import { SqlSubjectPartyRepository } from './persistence/sql-subject-party.repository';

/**
 * The evaluation service's object graph, built in plain code the compiler checks: its dependencies (the lifecycle
 * engine with the assessment machines, the outbox, the repositories, the clock), then every use case and query.
 */
export function composeEvaluation(db: Database, messaging: ServiceMessaging, keys: HistoryChainKeys) {
  const deps: EvaluationDeps = {
    db,
    runner: new LifecycleRunner(new SqlLifecycleStore('evaluation'), evaluationCatalog(), keys),
    publisher: messaging.publisher,
    assessments: new SqlAssessmentRepository(),
    pool: new SqlEvaluatorPoolRepository(),
    parties: new SqlSubjectPartyRepository(),
    organisationNames: new SqlOrganisationNames(),
    clock: () => new Date(),
  };
  const assign = new AssignEvaluatorsHandler(deps);
  const finalizer = new AssessmentFinalizer(deps);
  const review = new ConflictReviewHandler(deps, assign);
  return {
    runner: deps.runner,
    assign,
    finalizer,
    open: new OpenAssessmentHandler(deps, assign),
    scores: new SubmitScoresHandler(deps, finalizer),
    withdrawals: new WithdrawEvaluatorHandler(deps, assign),
    deadlines: new ScoringDeadlineHandler(deps, assign),
    panel: new PanelDecisionHandler(deps, finalizer),
    parties: new SubjectPartyHandler(deps, assign, review),
    organisationNames: new OrganisationNamesHandler(deps, review),
    pool: new EvaluatorPoolHandler(deps, assign, review),
    poolQueries: new EvaluatorPoolQueries(deps),
    assessmentQueries: new AssessmentQueries(deps),
    tasks: new EvaluationTasks(deps),
    calibration: new CalibrationQuery(deps),
  };
}

/** The evaluation service's graph: every use case and query, by name. */
export type EvaluationGraph = ReturnType<typeof composeEvaluation>;
