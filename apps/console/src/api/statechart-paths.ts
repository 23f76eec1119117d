import type { Statechart, StatechartNode } from './statechart';

export function allNodes(root: StatechartNode): StatechartNode[] {
  return [root, ...root.children.flatMap(allNodes)];
}

/** A state's transitions and its descendants', each target lifted to the sibling level of the state. */
export function lifted(node: StatechartNode): Array<{ event: string; to: string }> {
  const parentPath = node.path.split('.').slice(0, -1);
  const depth = parentPath.length + 1;
  const edges: Array<{ event: string; to: string }> = [];
  const visit = (n: StatechartNode) => {
    for (const tr of n.transitions) {
      for (const target of tr.targets) {
        const parts = target.split('.');
        if (parts.length < depth || parts.slice(0, depth - 1).join('.') !== parentPath.join('.')) continue;
        const sibling = parts.slice(0, depth).join('.');
        if (sibling !== node.path) edges.push({ event: tr.event, to: sibling });
      }
    }
    n.children.forEach(visit);
  };
  visit(node);
  return edges;
}

/**
 * The main path among a state's children: the longest chain from the initial child along forward transitions
 * (to a later sibling in the machine's order), ending in a final state when there is one. The rest are side paths.
 */
export function splitPaths(parent: StatechartNode): { main: StatechartNode[]; side: StatechartNode[] } {
  const children = parent.children.filter((child) => child.type !== 'history');
  const index = new Map(children.map((child, i) => [child.path, i]));
  const start = children.find((child) => child.path === parent.initial) ?? children[0];
  if (!start) return { main: [], side: [] };
  const hasFinal = children.some((child) => child.type === 'final');
  const memo = new Map<string, StatechartNode[] | null>();
  const longest = (node: StatechartNode): StatechartNode[] | null => {
    if (memo.has(node.path)) return memo.get(node.path) ?? null;
    const here = index.get(node.path) ?? 0;
    let best: StatechartNode[] | null = !hasFinal || node.type === 'final' ? [node] : null;
    for (const edge of lifted(node)) {
      const next = index.get(edge.to);
      if (next === undefined || next <= here) continue;
      const tail = longest(children[next]);
      if (tail && (!best || tail.length + 1 > best.length)) best = [node, ...tail];
    }
    memo.set(node.path, best);
    return best;
  };
  const main = longest(start) ?? [start];
  const onMain = new Set(main.map((node) => node.path));
  return { main, side: children.filter((child) => !onMain.has(child.path)) };
}

/**
 * What sending an event does, read from the machine definition (never a list kept here):
 * - `terminal`: it leads to a final state, or into a state no transition leaves (terminated → its exemption review);
 * - `forward`: it moves along the main path (proposed → … → scaled), where the divergence level's main path runs;
 * - `destructive`: terminal and off the main path (reject, withdraw, terminate, deny an exemption).
 */
export interface EventKind {
  event: string;
  target: string | null;
  terminal: boolean;
  forward: boolean;
  destructive: boolean;
}

const within = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor}.`);

/** The state (and its descendants) is a dead end: every transition of its subtree stays inside it, and it can end. */
function isDeadEnd(node: StatechartNode): boolean {
  if (node.type === 'final') return true;
  if (node.type !== 'compound' && node.type !== 'parallel') return false;
  const subtree = allNodes(node);
  const staysInside = subtree.every((n) => n.transitions.every((tr) => tr.targets.every((target) => within(target, node.path))));
  return staysInside && subtree.some((n) => n.type === 'final');
}

export function classifyEvent(chart: Statechart, stage: string, event: string): EventKind {
  const byPath = new Map(allNodes(chart.root).map((node) => [node.path, node]));
  const segments = stage.split('.');
  const chain = segments.map((_, i) => segments.slice(0, i + 1).join('.')).reverse();
  let found: { source: string; target: string } | null = null;
  for (const path of chain) {
    const transition = byPath.get(path)?.transitions.find((tr) => tr.event === event && tr.targets.length > 0);
    if (transition) {
      found = { source: stage, target: transition.targets[0] };
      break;
    }
  }
  if (!found) return { event, target: null, terminal: false, forward: false, destructive: false };
  const target = byPath.get(found.target);
  const terminal = target ? isDeadEnd(target) : false;
  // The level where source and target part: compare their siblings there on that level's main path.
  const from = found.source.split('.');
  const to = found.target.split('.');
  let depth = 0;
  while (depth < from.length && depth < to.length && from[depth] === to[depth]) depth++;
  const parentPath = to.slice(0, depth).join('.');
  const parent = byPath.get(parentPath) ?? chart.root;
  const { main } = splitPaths(parent);
  const mainIndex = (path: string) => main.findIndex((node) => node.path === path);
  const targetIndex = mainIndex(to.slice(0, depth + 1).join('.'));
  const sourceIndex = depth < from.length ? mainIndex(from.slice(0, depth + 1).join('.')) : -1;
  const forward = targetIndex >= 0 && (sourceIndex < 0 || targetIndex > sourceIndex);
  return { event, target: found.target, terminal, forward, destructive: terminal && !forward };
}
