import { OutOfScopeError, PUBLIC_SCENARIO_STAGES, readsEverything, readsScenario, type Actor } from '@scq/contracts';
import type { Scenario } from '@scq/registry-domain';
import { responsibleUnits } from '@scq/taxonomy';
import { resolveUnit } from './search/search-scenarios.handler';

/**
 * Which scenarios a caller reads, as columns (docs/architecture.md, "Who reads what"): those at a public stage, or owned
 * by / in a domain of `unit`, or of `district`, or with the evaluator `panelist` on a current panel. Null: everything.
 */
export interface ScenarioReachFilter {
  publicStages: readonly string[];
  panelist?: string;
  unit?: ReturnType<typeof resolveUnit>;
  district?: string;
}

export function scenarioReachFilter(actor: Actor): ScenarioReachFilter | null {
  if (readsEverything(actor)) return null;
  const officer = actor.roles.includes('officer');
  return {
    publicStages: PUBLIC_SCENARIO_STAGES,
    ...(actor.roles.includes('evaluator') ? { panelist: actor.id } : {}),
    ...(officer && actor.district ? { district: actor.district } : {}),
    ...(officer && !actor.district && actor.unit ? { unit: resolveUnit(actor.unit) } : {}),
  };
}

/** The scenario if the caller reads it (`panel`: the evaluators on a current panel about it); 403 OUT_OF_SCOPE otherwise. */
export function assertReadsScenario(actor: Actor, scenario: Scenario, panel: readonly string[] = []): Scenario {
  const units = safeResponsibleUnits(scenario.taxonomyVersion, scenario.domainCode);
  if (readsScenario(actor, { ownerUnit: scenario.ownerUnit, responsibleUnits: units, district: scenario.district ?? null, stage: scenario.stage ?? null, panel })) return scenario;
  throw new OutOfScopeError({ zh: `场景 ${scenario.id}（未公开，且不属于您的单位、区县或您所在的评审组）`, en: `scenario ${scenario.id} is not public and not your unit’s, district’s or assessed by a panel you are on` });
}

function safeResponsibleUnits(version: string, domainCode: string): string[] {
  try {
    return responsibleUnits(version, domainCode).map((unit) => unit.zhName);
  } catch {
    return [];
  }
}
