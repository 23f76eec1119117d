import { EVALUATED_SCENARIO_STAGES, OutOfScopeError, PUBLIC_SCENARIO_STAGES, readsEverything, readsScenario, type Actor } from '@scq/contracts';
import type { Scenario } from '@scq/registry-domain';
import { responsibleUnits } from '@scq/taxonomy';
import { resolveUnit } from './search/search-scenarios.handler';

/**
 * Which scenarios a caller reads, as columns (docs/architecture.md, "Who reads what"): those at a public stage, or at
 * (or under) one of `stages`, or owned by / in a domain of `unit`, or of `district`. Null: everything.
 */
export interface ScenarioReachFilter {
  publicStages: readonly string[];
  stages: readonly string[];
  unit?: ReturnType<typeof resolveUnit>;
  district?: string;
}

export function scenarioReachFilter(actor: Actor): ScenarioReachFilter | null {
  if (readsEverything(actor)) return null;
  const officer = actor.roles.includes('officer');
  return {
    publicStages: PUBLIC_SCENARIO_STAGES,
    stages: actor.roles.includes('evaluator') ? EVALUATED_SCENARIO_STAGES : [],
    ...(officer && actor.district ? { district: actor.district } : {}),
    ...(officer && !actor.district && actor.unit ? { unit: resolveUnit(actor.unit) } : {}),
  };
}

/** The scenario if the caller reads it; 403 OUT_OF_SCOPE otherwise. */
export function assertReadsScenario(actor: Actor, scenario: Scenario): Scenario {
  const units = safeResponsibleUnits(scenario.taxonomyVersion, scenario.domainCode);
  if (readsScenario(actor, { ownerUnit: scenario.ownerUnit, responsibleUnits: units, district: scenario.district ?? null, stage: scenario.stage ?? null })) return scenario;
  throw new OutOfScopeError({ zh: `场景 ${scenario.id}（未公开，且不属于您的单位、区县或评审）`, en: `scenario ${scenario.id} is not public and not your unit’s, district’s or in recognition` });
}

function safeResponsibleUnits(version: string, domainCode: string): string[] {
  try {
    return responsibleUnits(version, domainCode).map((unit) => unit.zhName);
  } catch {
    return [];
  }
}
