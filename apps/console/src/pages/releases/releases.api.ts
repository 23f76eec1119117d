import { answer, http, type Schema } from '../../api/client';
import { useApiQuery, useLoadQuery, type Loaded } from '../../api/queries';

export type ReleaseMachines = Schema<'LifecycleReleaseMachines'>;
export type ReleasePlan = Schema<'LifecycleReleasePlan'>;
export type Release = Schema<'LifecycleRelease'>;
export type MachineId = ReleaseMachines[number]['id'];
type Label = { zh?: string; en?: string };

export interface ReleaseRequest {
  machine: MachineId;
  toVersion: number;
  stageMap?: Record<string, string>;
}

export function useReleaseMachines(): Loaded<ReleaseMachines> {
  return useApiQuery('/api/workflow/releases/machines');
}

export function useReleaseHistory(): Loaded<Schema<'LifecycleReleaseList'>> {
  return useApiQuery('/api/workflow/releases');
}

export const planRelease = (body: ReleaseRequest) => answer(http.POST('/api/workflow/releases/plan', { body }));
export const applyRelease = (body: ReleaseRequest) => answer(http.POST('/api/workflow/releases', { body }));

/** Every stage's name in every version of a machine (a stage a newer version removed keeps its old name). */
export function useStageNames(machine: MachineId, versions: number[]): Map<string, Label> {
  const charts = useLoadQuery(['release-stage-names', machine, versions], (signal) =>
    Promise.all(versions.map((version) => answer(http.GET('/api/workflow/machines/{machineId}/statechart', { params: { path: { machineId: machine }, query: { version } }, signal })))),
  );
  const names = new Map<string, Label>();
  for (const chart of (charts.data ?? []) as Array<Schema<'WorkflowStatechart'> | string>) {
    if (typeof chart === 'string') continue;
    const visit = (node: { path: string; key: string; label: Label | null; children?: unknown[] }) => {
      if (node.path) names.set(node.path, node.label ?? { zh: node.key, en: node.key });
      for (const child of (node.children ?? []) as Array<typeof node>) visit(child);
    };
    visit(chart.root as never);
  }
  return names;
}
