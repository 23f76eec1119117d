import { useMemo } from 'react';
import type { Schema } from './client';
import { useApiQuery, type Loaded } from './queries';

export type MachineId = Schema<'WorkflowInstance'>['machineId'];
export type StatechartNode = Schema<'WorkflowStatechartNode'>;
export type Statechart = Schema<'WorkflowStatechart'>;

/** GET /api/workflow/machines/:id/statechart — for an instance (its version, its current stage marked) when given. */
export function useStatechart(machineId: MachineId, instanceId?: string | null): Loaded<Statechart> {
  return useApiQuery('/api/workflow/machines/{machineId}/statechart', { params: { path: { machineId }, query: instanceId ? { instance: instanceId } : {} } });
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
