import type { Statechart, StatechartNode } from '../../api/statechart';
import { allNodes, lifted, splitPaths } from '../../api/statechart-paths';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { eventLabel, messages } from './scenario.messages';

/**
 * The statechart as an HTML/CSS diagram (no graph library): at every level the main path (from the initial state
 * along forward transitions to a final state, e.g. proposed → … → scaled) runs left to right, the side paths
 * (suspension, termination, rejection, withdrawal) sit below it, nested states inside their parent. Each state
 * lists its own transitions; the current state is coloured, marked "当前 current" and `aria-current`. The stages
 * already passed (`travelled`, from the instance's history, oldest first) are drawn apart from the ones not reached
 * yet, marked "已经过 visited" in words as well, with a legend and the path spelled out in the caption.
 */
export function StatechartDiagram({ chart, travelled = [] }: { chart: Statechart; travelled?: string[] }) {
  const t = useT(messages);
  const label = useLabel();
  const byPath = new Map(allNodes(chart.root).map((node) => [node.path, node]));
  const currentNode = chart.current ? byPath.get(chart.current) : undefined;
  const currentLabel = currentNode ? label(currentNode.label, currentNode.key) : t('none');
  const visited = visitedPaths(travelled);
  const path = travelled.filter((stage, i) => stage !== travelled[i - 1]).map((stage) => {
    const node = byPath.get(stage);
    return node ? label(node.label, node.key) : stage;
  });
  return (
    <figure className="statechart" aria-labelledby="statechart-caption">
      <figcaption id="statechart-caption" className="muted small">
        {t('lifecycleCaption', { version: chart.version, stage: currentLabel })}
        {path.length > 0 ? <span className="sc-travelled"> {t('pathTravelled', { path: path.join(' → ') })}</span> : null}
      </figcaption>
      <ul className="sc-legend small" aria-label={t('legend')}>
        <li>
          <span className="sc-swatch sc-swatch-current" aria-hidden="true" /> {t('legendCurrent')}
        </li>
        <li>
          <span className="sc-swatch sc-swatch-visited" aria-hidden="true" /> {t('legendVisited')}
        </li>
        <li>
          <span className="sc-swatch sc-swatch-unvisited" aria-hidden="true" /> {t('legendUnvisited')}
        </li>
      </ul>
      <Level parent={chart.root} byPath={byPath} visited={visited} top />
      <details className="statechart-text">
        <summary>{t('textVersion')}</summary>
        <StateList nodes={chart.root.children} current={chart.current} visited={visited} />
      </details>
    </figure>
  );
}

function Level({ parent, byPath, visited, top = false }: { parent: StatechartNode; byPath: Map<string, StatechartNode>; visited: Set<string>; top?: boolean }) {
  const t = useT(messages);
  const { main, side } = splitPaths(parent);
  return (
    <div className="sc-level">
      {top ? <h3 className="sc-row-title small muted">{t('mainPath')}</h3> : null}
      <ol className="sc-row sc-main">
        {main.map((node, i) => (
          <li className="sc-cell" key={node.path}>
            {i > 0 ? <Connector from={main[i - 1]} to={node} travelled={visited.has(node.path)} /> : null}
            <StateBox node={node} byPath={byPath} visited={visited} />
          </li>
        ))}
      </ol>
      {side.length > 0 ? (
        <>
          {top ? <h3 className="sc-row-title small muted">{t('sidePaths')}</h3> : null}
          <ul className="sc-row sc-side">
            {side.map((node) => (
              <li className="sc-cell" key={node.path}>
                <StateBox node={node} byPath={byPath} visited={visited} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The arrow between two main-path states, named after the event that leads from one to the other. */
function Connector({ from, to, travelled }: { from: StatechartNode; to: StatechartNode; travelled: boolean }) {
  const { language } = useLanguage();
  const events = [...new Set(lifted(from).filter((edge) => edge.to === to.path).map((edge) => edge.event))];
  return (
    <span className={travelled ? 'sc-arrow sc-arrow-travelled' : 'sc-arrow'} aria-hidden="true">
      <span className="sc-arrow-event">{events.map((e) => eventLabel(e, language)).join(' / ')}</span>
      <span className="sc-arrow-line">→</span>
    </span>
  );
}

function StateBox({ node, byPath, visited }: { node: StatechartNode; byPath: Map<string, StatechartNode>; visited: Set<string> }) {
  const t = useT(messages);
  const label = useLabel();
  const { language } = useLanguage();
  const isCurrent = node.current && !node.children.some((child) => child.current);
  const visibleChildren = node.children.filter((child) => child.type !== 'history');
  const wasHere = !node.current && visited.has(node.path);
  const classes = ['sc-state', `sc-${node.type}`, isCurrent ? 'sc-current' : node.current ? 'sc-active' : wasHere ? 'sc-visited' : 'sc-unvisited'].filter(Boolean).join(' ');
  return (
    <div className={classes} aria-current={isCurrent ? 'step' : undefined} data-path={node.path} data-visited={wasHere || undefined}>
      <div className="sc-name">
        <strong>{label(node.label, node.key)}</strong>
        {isCurrent ? <span className="sc-marker">{t('current')}</span> : null}
        {wasHere ? <span className="sc-visited-tag">{t('visited')}</span> : null}
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
      {visibleChildren.length > 0 ? <Level parent={node} byPath={byPath} visited={visited} /> : null}
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
function StateList({ nodes, current, visited }: { nodes: StatechartNode[]; current: string | null; visited: Set<string> }) {
  const t = useT(messages);
  const label = useLabel();
  const shown = nodes.filter((node) => node.type !== 'history');
  return (
    <ul>
      {shown.map((node) => (
        <li key={node.path} aria-current={node.path === current ? 'step' : undefined}>
          {label(node.label, node.key)} <code className="muted small">{node.path}</code>
          {node.path === current ? <strong className="sc-marker"> {t('current')}</strong> : visited.has(node.path) && !current?.startsWith(`${node.path}.`) ? <span className="sc-visited-tag"> {t('visited')}</span> : null}
          {node.children.length > 0 ? <StateList nodes={node.children} current={current} visited={visited} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Every stage passed and its enclosing stages: `operating.piloting.regular` has been in operating and piloting too. */
export function visitedPaths(travelled: string[]): Set<string> {
  const visited = new Set<string>();
  for (const stage of travelled) {
    const parts = stage.split('.');
    parts.forEach((_, i) => visited.add(parts.slice(0, i + 1).join('.')));
  }
  return visited;
}
