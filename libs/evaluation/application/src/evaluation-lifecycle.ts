import { LifecycleCatalog, xstateLifecycle, type Actor, type MachineMigration, type RunnableLifecycle } from '@scq/platform-lifecycle';
import { ASSESSMENT_LIFECYCLE, ASSESSMENT_LIFECYCLE_V1, authorize, type AssessmentPurpose, type AuthorizationSubject, type LifecycleDefinition } from '@scq/evaluation-domain';

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

function runnable(definition: typeof ASSESSMENT_LIFECYCLE | typeof ASSESSMENT_LIFECYCLE_V1): RunnableLifecycle<AssessmentSubject> {
  return xstateLifecycle<AssessmentSubject>({
    id: definition.id,
    version: definition.version,
    machine: definition.machine,
    authorize: (actor, eventType, subject) => authorize(definition as unknown as LifecycleDefinition, actor, eventType, subject),
  });
}

export const assessmentLifecycle = runnable(ASSESSMENT_LIFECYCLE);

/** Version 1 → 2 (a scored evaluator can be replaced): the same states and context, so snapshots move as they are. */
export const ASSESSMENT_MACHINE_MIGRATION: MachineMigration = { machineId: ASSESSMENT_LIFECYCLE.id, fromVersion: ASSESSMENT_LIFECYCLE_V1.version, toVersion: ASSESSMENT_LIFECYCLE.version };

/** Every machine version the evaluation service runs (a new version goes here beside the old, with its migration). */
export function evaluationCatalog(): LifecycleCatalog {
  return new LifecycleCatalog([runnable(ASSESSMENT_LIFECYCLE_V1), assessmentLifecycle] as Array<RunnableLifecycle<never>>);
}

/** Stages in which every evaluator has submitted: the scores are no longer sealed. */
export const UNSEALED_STAGES = ['consensus', 'panelReview', 'finalized'] as const;

export function isUnsealed(stage: string): boolean {
  return (UNSEALED_STAGES as readonly string[]).includes(stage);
}
