import { readsEverything } from '@scq/contracts';
import type { Actor } from '@scq/platform-lifecycle';
import type { AssessmentRecord } from '../ports/assessment.repository.port';

/** The coordinator and admins organise every assessment; an officer those of the units responsible for its domain. */
export function isOrganiser(actor: Actor, assessment: Pick<AssessmentRecord, 'organisingUnits'>): boolean {
  if (actor.roles.includes('coordinator') || actor.roles.includes('admin')) return true;
  return actor.roles.includes('officer') && actor.unit !== null && assessment.organisingUnits.includes(actor.unit);
}

/** The pool (evaluators, organisations, conflicts) and the calibration report belong to the coordinator (评估机制). */
export function managesPool(actor: Actor): boolean {
  return actor.roles.includes('coordinator') || actor.roles.includes('admin');
}

/** Who reads an assessment as its organisers do (without acting on it): the organisers, the leadership and auditors. */
export function readsAsOrganiser(actor: Actor, assessment: Pick<AssessmentRecord, 'organisingUnits'>): boolean {
  return isOrganiser(actor, assessment) || readsEverything(actor);
}

/** Who reads the pool and the calibration report: its managers, the leadership and auditors. */
export function readsPool(actor: Actor): boolean {
  return managesPool(actor) || readsEverything(actor);
}
