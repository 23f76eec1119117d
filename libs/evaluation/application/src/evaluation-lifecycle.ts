import { LifecycleCatalog, xstateLifecycle, type Actor, type RunnableLifecycle } from '@scq/platform-lifecycle';
import { ASSESSMENT_LIFECYCLE, authorize, type AssessmentPurpose, type AuthorizationSubject, type LifecycleDefinition } from '@scq/evaluation-domain';

/**
 * What the engine knows about an assessment to authorise and list it: the organising units (the coordinator and
 * the domain's responsible units) and the evaluators currently on the panel. `assignedEvaluators` is kept in step
 * with the assignments in the same transaction (see `AssessmentRepository.syncAssignedEvaluators`).
 */
export interface AssessmentSubject extends AuthorizationSubject {
  kind: 'assessment';
  assessmentId: string;
  purpose: AssessmentPurpose;
  subjectKind: 'scenario' | 'application';
  subjectId: string;
  domainCode: string | null;
}

/** The evaluation service itself: assignment from the pool, replacements, timers, finalisation. */
export const SYSTEM_ACTOR: Actor = { id: 'system', roles: ['system'], unit: null, organisation: null, district: null };

export const assessmentLifecycle: RunnableLifecycle<AssessmentSubject> = xstateLifecycle<AssessmentSubject>({
  id: ASSESSMENT_LIFECYCLE.id,
  version: ASSESSMENT_LIFECYCLE.version,
  machine: ASSESSMENT_LIFECYCLE.machine,
  authorize: (actor, eventType, subject) => authorize(ASSESSMENT_LIFECYCLE as unknown as LifecycleDefinition, actor, eventType, subject),
});

/** Every machine version the evaluation service runs (a new version goes here beside the old, with its migration). */
export function evaluationCatalog(): LifecycleCatalog {
  return new LifecycleCatalog([assessmentLifecycle] as Array<RunnableLifecycle<never>>);
}

/** Stages in which every evaluator has submitted: the scores are no longer sealed. */
export const UNSEALED_STAGES = ['consensus', 'panelReview', 'finalized'] as const;

export function isUnsealed(stage: string): boolean {
  return (UNSEALED_STAGES as readonly string[]).includes(stage);
}
