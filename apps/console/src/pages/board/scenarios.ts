import { useAllPages, type AllPages } from '../../api/all-pages';
import type { RequestOptions } from '../../api/client';
import type { Loaded } from '../../api/use-api';
import type { StatechartNode } from '../../api/statechart';

/** A scenario as GET /api/scenarios lists it (the fields the board and the matrix use). */
export interface ScenarioSummary {
  id: string;
  title: { zh: string; en?: string };
  domainCode: string;
  aspectCode: string;
  ownerUnit: string;
  tier: string;
  district?: string | null;
  taxonomyVersion: string;
  /** The lifecycle stage the workflow last reported; null until the workflow has started it. */
  stage: string | null;
  registeredAt: string;
}

const MAX_PAGES = 25;

/** Every page of `path` for the board and the matrix, up to MAX_PAGES × 200 rows. */
export function useBoardPages<T>(path: string | null, query?: RequestOptions['query']): Loaded<AllPages<T>> {
  return useAllPages<T>(path, query, MAX_PAGES);
}

/** All registered scenarios (the registry's read model, stage included). */
export function useAllScenarios(): Loaded<AllPages<ScenarioSummary>> {
  return useBoardPages<ScenarioSummary>('/api/scenarios');
}

/** The top-level stage a stage path belongs to (`operating.piloting.regular` → the `operating` node). */
export function topStageOf(root: StatechartNode, stage: string): StatechartNode | undefined {
  return root.children.find((node) => stage === node.path || stage.startsWith(`${node.path}.`));
}

/** Scenario tier codes (registry's SCENARIO_TIERS), in the plan's order. */
export const TIERS = ['comprehensive-major', 'industry-integrated', 'high-value-niche'] as const;
