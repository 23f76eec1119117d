import type { Statechart, StatechartNode } from '../../api/statechart';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { eventLabel, messages } from './scenario.messages';

/**
 * The statechart as an HTML/CSS diagram (no graph library): at every level the main path (from the initial state
 * along forward transitions to a final state, e.g. proposed → … → scaled) runs left to right, the side paths
 * (suspension, termination, rejection, withdrawal) sit below it, nested states inside their parent. Each state
 * lists its own transitions; the current state is coloured, marked "当前 current" and `aria-current`.
 */
export function StatechartDiagram({ chart }: { chart: Statechart }) {
  const t = useT(messages);
  const label = useLabel();
  const byPath = new Map(allNodes(chart.root).map((node) => [node.path, node]));
  const currentNode = chart.current ? byPath.get(chart.current) : undefined;
  const currentLabel = currentNode ? label(currentNode.label, currentNode.key) : t('none');
  return (
    <figure className="statechart" aria-labelledby="statechart-caption">
      <figcaption id="statechart-caption" className="muted small">
        {t('lifecycleCaption', { version: chart.version, stage: currentLabel })}
      </figcaption>
      <Level parent={chart.root} byPath={byPath} top />
      <details className="statechart-text">
        <summary>{t('textVersion')}</summary>
        <StateList nodes={chart.root.children} current={chart.current} />
      </details>
    </figure>
  );
}

function Level({ parent, byPath, top = false }: { parent: StatechartNode; byPath: Map<string, StatechartNode>; top?: boolean }) {
  const t = useT(messages);
  const { main, side } = splitPaths(parent);
  return (
    <div className="sc-level">
      {top ? <h3 className="sc-row-title small muted">{t('mainPath')}</h3> : null}
      <ol className="sc-row sc-main">
        {main.map((node, i) => (
          <li className="sc-cell" key={node.path}>
            {i > 0 ? <Connector from={main[i - 1]} to={node} /> : null}
            <StateBox node={node} byPath={byPath} />
          </li>
        ))}
      </ol>
      {side.length > 0 ? (
        <>
          {top ? <h3 className="sc-row-title small muted">{t('sidePaths')}</h3> : null}
          <ul className="sc-row sc-side">
            {side.map((node) => (
              <li className="sc-cell" key={node.path}>
                <StateBox node={node} byPath={byPath} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The arrow between two main-path states, named after the event that leads from one to the other. */
function Connector({ from, to }: { from: StatechartNode; to: StatechartNode }) {
  const { language } = useLanguage();
  const events = [...new Set(lifted(from).filter((edge) => edge.to === to.path).map((edge) => edge.event))];
  return (
    <span className="sc-arrow" aria-hidden="true">
      <span className="sc-arrow-event">{events.map((e) => eventLabel(e, language)).join(' / ')}</span>
      <span className="sc-arrow-line">→</span>
    </span>
  );
}

function StateBox({ node, byPath }: { node: StatechartNode; byPath: Map<string, StatechartNode> }) {
  const t = useT(messages);
  const label = useLabel();
  const { language } = useLanguage();
  const isCurrent = node.current && !node.children.some((child) => child.current);
  const visibleChildren = node.children.filter((child) => child.type !== 'history');
  const classes = ['sc-state', `sc-${node.type}`, isCurrent ? 'sc-current' : node.current ? 'sc-active' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes} aria-current={isCurrent ? 'step' : undefined} data-path={node.path}>
      <div className="sc-name">
        <strong>{label(node.label, node.key)}</strong>
        {isCurrent ? <span className="sc-marker">{t('current')}</span> : null}
        {node.type === 'final' ? <span className="sc-tag">{t('finalState')}</span> : null}
      </div>
      {node.transitions.length > 0 ? (
        <ul className="sc-transitions small" aria-label={t('transitions')}>
          {node.transitions.map((tr, i) => (
            <li key={`${tr.event}-${i}`}>
              <span className="sc-event">{eventLabel(tr.event, language)}</span>
              {tr.guarded ? <span className="muted"> {t('guarded')}</span> : null} →{' '}
              {tr.targets.map((target) => targetLabel(byPath.get(target), target, label, (stage) => t('historyState', { stage }), byPath)).join(', ')}
            </li>
          ))}
        </ul>
      ) : null}
      {visibleChildren.length > 0 ? <Level parent={node} byPath={byPath} /> : null}
    </div>
  );
}

function targetLabel(node: StatechartNode | undefined, path: string, label: ReturnType<typeof useLabel>, historyWord: (stage: string) => string, parents: Map<string, StatechartNode>): string {
  if (!node) return path;
  if (node.type === 'history') {
    const parentPath = path.split('.').slice(0, -1).join('.');
    const parent = parents.get(parentPath);
    return historyWord(parent ? label(parent.label, parent.key) : parentPath);
  }
  return label(node.label, node.key);
}

/** The text alternative: every state, nested, the current one marked. */
function StateList({ nodes, current }: { nodes: StatechartNode[]; current: string | null }) {
  const t = useT(messages);
  const label = useLabel();
  const shown = nodes.filter((node) => node.type !== 'history');
  return (
    <ul>
      {shown.map((node) => (
        <li key={node.path} aria-current={node.path === current ? 'step' : undefined}>
          {label(node.label, node.key)} <code className="muted small">{node.path}</code>
          {node.path === current ? <strong className="sc-marker"> {t('current')}</strong> : null}
          {node.children.length > 0 ? <StateList nodes={node.children} current={current} /> : null}
        </li>
      ))}
    </ul>
  );
}

function allNodes(root: StatechartNode): StatechartNode[] {
  return [root, ...root.children.flatMap(allNodes)];
}

/** A state's transitions and its descendants', each target lifted to the sibling level of the state. */
function lifted(node: StatechartNode): Array<{ event: string; to: string }> {
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
