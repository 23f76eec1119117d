import { useAllPages, type AllPages, type ItemOf } from '../../api/all-pages';
import type { Schema } from '../../api/client';
import type { GetRequest, Loaded } from '../../api/queries';
import type { StatechartNode } from '../../api/statechart';

/** A scenario as GET /api/scenarios lists it (the board and the matrix use it). */
export type ScenarioSummary = Schema<'Scenario'>;

/** A keyset-paged list the board may read in full (the paths `useAllPages` accepts). */
type BoardPath = NonNullable<Parameters<typeof useAllPages>[0]>;

const MAX_PAGES = 25;

/** Every page of `path` for the board and the matrix, up to MAX_PAGES × 200 rows. */
export function useBoardPages<P extends BoardPath>(path: P | null, request: GetRequest<P>): Loaded<AllPages<ItemOf<P>>> {
  return useAllPages(path, request, MAX_PAGES);
}

/** All registered scenarios (the registry's read model, stage included). */
export function useAllScenarios(): Loaded<AllPages<ScenarioSummary>> {
  return useBoardPages('/api/scenarios', undefined);
}

/** The top-level stage a stage path belongs to (`operating.piloting.regular` → the `operating` node). */
export function topStageOf(root: StatechartNode, stage: string): StatechartNode | undefined {
  return root.children.find((node) => stage === node.path || stage.startsWith(`${node.path}.`));
}

/** Scenario tier codes (registry's SCENARIO_TIERS), in the plan's order. */
export const TIERS = ['comprehensive-major', 'industry-integrated', 'high-value-niche'] as const satisfies ReadonlyArray<ScenarioSummary['tier']>;
