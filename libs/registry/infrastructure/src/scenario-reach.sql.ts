import type { ScenarioReachFilter } from '@scq/registry-application';

/** The SQL condition on a scenario table aliased `t` (registry.scenario or its search projection): what the caller reads. */
export function reachCondition(reach: ScenarioReachFilter, t: string, param: (value: unknown, cast: string) => string): string {
  const any: string[] = [`split_part(${t}.stage, '.', 1) = ANY(${param([...reach.publicStages], 'text[]')})`];
  if (reach.panelist) any.push(`EXISTS (SELECT 1 FROM registry.assessment_panel p WHERE p.evaluator_id = ${param(reach.panelist, 'text')} AND p.scenario_id = ${t}.id)`);
  if (reach.district) any.push(`${t}.district = ${param(reach.district, 'text')}`);
  if (reach.unit) {
    any.push(`${t}.owner_unit = ANY(${param(reach.unit.ownerNames, 'text[]')})`);
    const pairs = reach.unit.domains.map((d) => `${d.taxonomyVersion}/${d.domainCode}`);
    if (pairs.length) any.push(`${t}.taxonomy_version || '/' || ${t}.domain_code = ANY(${param(pairs, 'text[]')})`);
  }
  return `(${any.join(' OR ')})`;
}
