import type { Actor } from './actor';
import { DomainError } from './domain-error';

/**
 * A scenario is public once it is listed (入清单: a published batch list names it): its stage is then `listed` or one
 * after it (in operation, suspended, terminated, scaled) for good. Before that (proposed, cultivating, recognition)
 * and when it ended unlisted (rejected, withdrawn) only those in scope see it.
 */
export const PUBLIC_SCENARIO_STAGES = ['listed', 'operating', 'suspended', 'terminated', 'scaled'] as const;

export function isPublicScenarioStage(stage: string | null): boolean {
  return stage !== null && (PUBLIC_SCENARIO_STAGES as readonly string[]).includes(stage.split('.')[0]);
}

/** The coordinator, the leadership, auditors and administrators read everything. */
export function readsEverything(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.some((role) => role === 'coordinator' || role === 'leadership' || role === 'auditor' || role === 'admin');
}

/** What a scenario shows of itself to decide who may read it. */
export interface ScenarioReach {
  ownerUnit: string | null;
  responsibleUnits: readonly string[];
  district: string | null;
  stage: string | null;
  /**
   * The evaluators on a current panel of an assessment about it (assigned or having scored; not withdrawn, recused or
   * replaced; a superseded assessment has none), as the evaluation service's `evaluation.assessment.panel-changed`
   * events told this service. Absent: nobody's panel.
   */
  panel?: readonly string[];
}

/**
 * Who reads a scenario (and its lifecycle, history and audit): everybody who reads everything; an officer their
 * unit's (it owns the scenario or is responsible for its domain), a district officer their district's; an evaluator
 * those they are on a current panel of (a panel keeps reading what it decided); everybody signed in what is public.
 * Applicants apply only to open scenarios, which stay public, so "what they applied to" is within what is public.
 */
export function readsScenario(actor: Actor, scenario: ScenarioReach): boolean {
  if (readsEverything(actor) || isPublicScenarioStage(scenario.stage)) return true;
  if (actor.roles.includes('officer') && officerReaches(actor, scenario)) return true;
  return actor.roles.includes('evaluator') && (scenario.panel ?? []).includes(actor.id);
}

/** Whether the panels about a scenario may decide the caller's read: only an evaluator's (so only theirs looks them up). */
export function readsByPanel(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.includes('evaluator') && !readsEverything(actor);
}

/** An officer's reach: a district officer their district; otherwise their unit as owner or responsible unit. */
export function officerReaches(actor: Pick<Actor, 'unit' | 'district'>, scenario: Pick<ScenarioReach, 'ownerUnit' | 'responsibleUnits' | 'district'>): boolean {
  if (actor.district) return scenario.district === actor.district;
  return actor.unit !== null && (scenario.ownerUnit === actor.unit || scenario.responsibleUnits.includes(actor.unit));
}

/**
 * The one refusal for a record the caller's role may read but that is outside their scope: 403 `OUT_OF_SCOPE`
 * everywhere (a record that does not exist stays a 404). The rule is said; ids are random UUIDs, not secrets.
 */
export class OutOfScopeError extends DomainError {
  readonly kind = 'forbidden';

  constructor(what: { zh: string; en: string }) {
    super('OUT_OF_SCOPE', `不在您的查看范围内：${what.zh} Outside what you may see: ${what.en}`);
  }
}
