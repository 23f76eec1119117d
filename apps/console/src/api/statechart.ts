import { useMemo } from 'react';
import { useApi, type Loaded } from './use-api';

export type MachineId = 'scenario-lifecycle' | 'application-lifecycle';

export interface StatechartTransition {
  event: string;
  targets: string[];
  guarded: boolean;
}

/** As exported by the engine from the machine definition (libs/platform/lifecycle statechart.export.ts). */
export interface StatechartNode {
  path: string;
  key: string;
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  label: { zh?: string; en?: string } | null;
  initial: string | null;
  current: boolean;
  transitions: StatechartTransition[];
  children: StatechartNode[];
}

export interface Statechart {
  machineId: string;
  version: number;
  current: string | null;
  root: StatechartNode;
}

/** GET /api/workflow/machines/:id/statechart — for an instance (its version, its current stage marked) when given. */
export function useStatechart(machineId: MachineId, instanceId?: string | null): Loaded<Statechart> {
  return useApi<Statechart>(`/api/workflow/machines/${machineId}/statechart`, instanceId ? { instance: instanceId } : undefined);
}

/** Every state of the chart, depth first, in the machine's own order (proposed … scaled, then side paths). */
export function flattenStates(root: StatechartNode): StatechartNode[] {
  return root.children.flatMap((child) => [child, ...flattenStates(child)]);
}

/** Stage path → its bilingual label, from the machine definition (one source for every page). */
export function useStageLabels(machineId: MachineId): Map<string, { zh?: string; en?: string }> {
  const { data } = useStatechart(machineId);
  return useMemo(() => new Map(data ? flattenStates(data.root).map((node) => [node.path, node.label ?? { zh: node.key, en: node.key }]) : []), [data]);
}
