import { officerReaches, OutOfScopeError, PUBLIC_SCENARIO_STAGES, readsEverything, readsScenario, type Actor } from '@scq/contracts';
import type { InstanceQuery, LifecycleInstance } from '@scq/platform-lifecycle';
import { APPLICATION_LIFECYCLE, SCENARIO_LIFECYCLE } from '@scq/workflow-domain';
import type { WorkflowSubject } from './workflow-lifecycles';

/** The application stage in which an expert panel reviews it (专家评审). */
const EXPERT_REVIEW = ['expertReview'] as const;

/**
 * Who reads a lifecycle (its instance, history, audit, statechart marks): a scenario's as the scenario
 * (`readsScenario`: everything-readers, the officer's unit or district, the evaluators on a current panel about it —
 * `panel`, from the assessment panel read model —, everybody once public); an application's: everything-readers, the
 * applicant, the officers of the scenario's units or district, evaluators while it is under expert review.
 * Applications are never public.
 */
export function readsInstance(actor: Actor, instance: LifecycleInstance<WorkflowSubject>, panel: readonly string[] = []): boolean {
  const subject = instance.subject;
  if (subject.kind === 'scenario') return readsScenario(actor, { ...subject, stage: instance.stage, panel });
  if (readsEverything(actor)) return true;
  if (actor.roles.includes('applicant') && subject.applicantId === actor.id) return true;
  if (actor.roles.includes('officer') && officerReaches(actor, subject)) return true;
  return actor.roles.includes('evaluator') && (EXPERT_REVIEW as readonly string[]).includes(instance.stage.split('.')[0]);
}

/** The instance if the caller reads it; 403 OUT_OF_SCOPE otherwise. */
export function assertReadsInstance<I extends LifecycleInstance<WorkflowSubject>>(actor: Actor, instance: I, panel: readonly string[] = []): I {
  if (readsInstance(actor, instance, panel)) return instance;
  const what = instance.subject.kind === 'scenario' ? { zh: '场景', en: 'scenario' } : { zh: '申报', en: 'application' };
  throw new OutOfScopeError({ zh: `${what.zh}生命周期 ${instance.id}`, en: `the ${what.en} lifecycle ${instance.id}` });
}

/**
 * `readsInstance` as list alternatives for the lifecycle store; undefined: everything. `assessed`: the scenarios the
 * caller is on a current panel of (looked up once, by evaluator).
 */
export function instanceReach(actor: Actor, machineId: string, assessed: readonly string[] = []): InstanceQuery['anyOf'] {
  if (readsEverything(actor)) return undefined;
  const alternatives: NonNullable<InstanceQuery['anyOf']> = [];
  const officer = actor.roles.includes('officer');
  if (officer && actor.district) alternatives.push({ subject: { district: actor.district } });
  if (officer && !actor.district && actor.unit) alternatives.push({ subject: { responsibleUnits: actor.unit } }, { subject: { ownerUnit: actor.unit } });
  if (machineId === SCENARIO_LIFECYCLE.id) {
    alternatives.push({ stages: PUBLIC_SCENARIO_STAGES });
    if (actor.roles.includes('evaluator') && assessed.length) alternatives.push({ subjectIds: assessed });
  }
  if (machineId === APPLICATION_LIFECYCLE.id) {
    if (actor.roles.includes('applicant')) alternatives.push({ subject: { applicantId: actor.id } });
    if (actor.roles.includes('evaluator')) alternatives.push({ stages: EXPERT_REVIEW });
  }
  return alternatives;
}
