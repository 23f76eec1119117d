import type { AnyStateMachine } from 'xstate';

export interface StatechartTransition {
  event: string;
  targets: string[];
  guarded: boolean;
}

export interface StatechartNode {
  /** Dotted path from the root: `piloting.sandbox`. */
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

interface NodeLike {
  key: string;
  path: string[];
  type: StatechartNode['type'];
  meta?: { label?: { zh?: string; en?: string } };
  initial?: { target: NodeLike[] } | undefined;
  states: Record<string, NodeLike>;
  transitions: Map<string, Array<{ eventType: string; target?: NodeLike[]; guard?: unknown }>>;
  always?: Array<{ eventType: string; target?: NodeLike[]; guard?: unknown }>;
}

/** The statechart as data, generated from the machine definition itself, with the current stage marked. */
export function exportStatechart(machineId: string, version: number, machine: AnyStateMachine, currentStage: string | null = null): Statechart {
  const active = new Set<string>();
  if (currentStage) {
    const parts = currentStage.split('.');
    parts.forEach((_, i) => active.add(parts.slice(0, i + 1).join('.')));
  }
  const walk = (node: NodeLike): StatechartNode => {
    const path = node.path.join('.');
    const transitions: StatechartTransition[] = [];
    for (const [event, list] of node.transitions) {
      for (const t of list) transitions.push({ event, targets: (t.target ?? []).map((n) => n.path.join('.')), guarded: Boolean(t.guard) });
    }
    for (const t of node.always ?? []) transitions.push({ event: '(always)', targets: (t.target ?? []).map((n) => n.path.join('.')), guarded: Boolean(t.guard) });
    return {
      path,
      key: node.key,
      type: node.type,
      label: node.meta?.label ?? null,
      initial: node.initial?.target[0]?.path.join('.') ?? null,
      current: path !== '' && active.has(path),
      transitions,
      children: Object.values(node.states).map(walk),
    };
  };
  return { machineId, version, current: currentStage, root: walk(machine.root as unknown as NodeLike) };
}

/** The same statechart as Mermaid `stateDiagram-v2`, labels in Chinese and English, the current stage highlighted. */
export function statechartToMermaid(chart: Statechart): string {
  const lines = ['stateDiagram-v2', '  classDef current fill:#fde68a,stroke:#b45309,stroke-width:3px'];
  const id = (path: string) => path.replace(/[^A-Za-z0-9]/g, '_');
  const label = (node: StatechartNode) => (node.label ? `${node.label.zh ?? ''} ${node.label.en ?? node.key}`.trim() : node.key);
  const emit = (node: StatechartNode, indent: string) => {
    for (const child of node.children) {
      if (child.type === 'history') continue;
      lines.push(`${indent}state "${label(child).replace(/"/g, "'")}" as ${id(child.path)}`);
      if (child.children.length > 0) {
        lines.push(`${indent}state ${id(child.path)} {`);
        if (child.initial) lines.push(`${indent}  [*] --> ${id(child.initial)}`);
        emit(child, `${indent}  `);
        lines.push(`${indent}}`);
      }
      if (child.type === 'final') lines.push(`${indent}${id(child.path)} --> [*]`);
    }
    for (const child of node.children) {
      for (const t of child.transitions) {
        for (const target of t.targets) {
          const to = findNode(chart.root, target);
          const toId = to?.type === 'history' ? id(target.split('.').slice(0, -1).join('.')) : id(target);
          lines.push(`${indent}${id(child.path)} --> ${toId}: ${t.event}${t.guarded ? ' [guard]' : ''}`);
        }
      }
    }
  };
  if (chart.root.initial) lines.push(`  [*] --> ${id(chart.root.initial)}`);
  emit(chart.root, '  ');
  const current = collect(chart.root).filter((n) => n.current && n.children.length === 0);
  for (const node of current) lines.push(`  class ${id(node.path)} current`);
  return lines.join('\n');
}

function collect(node: StatechartNode): StatechartNode[] {
  return [node, ...node.children.flatMap(collect)];
}

function findNode(root: StatechartNode, path: string): StatechartNode | undefined {
  return collect(root).find((n) => n.path === path);
}

/** A stage's name in both languages. */
export interface StageLabel {
  zh: string;
  en: string;
}

/**
 * A stage's name from the machine's own `meta.label`: the stage's, or its nearest named ancestor's when the
 * stage itself has none (`scoring.onTime` → 评分 if `onTime` were unnamed); null when nothing on the path is named.
 */
export function stageLabelOf(machine: AnyStateMachine, stage: string): StageLabel | null {
  let node = machine.root as unknown as NodeLike;
  let found: StageLabel | null = null;
  for (const key of stage.split('.')) {
    const child = Object.hasOwn(node.states, key) ? node.states[key] : undefined;
    if (!child) break;
    node = child;
    const label = node.meta?.label;
    if (label?.zh) found = { zh: label.zh, en: label.en ?? label.zh };
  }
  return found;
}
