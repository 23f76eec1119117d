/// <reference types="jest" />
import type { Statechart, StatechartNode } from './statechart';
import { classifyEvent } from './statechart-paths';

type Edge = [event: string, target: string];
const node = (path: string, type: StatechartNode['type'], on: Edge[] = [], children: StatechartNode[] = []): StatechartNode => ({
  path,
  key: path.split('.').pop() ?? '',
  type,
  label: null,
  current: false,
  initial: children[0]?.path ?? null,
  transitions: on.map(([event, target]) => ({ event, guarded: false, targets: [target] })),
  children,
});

/** The scenario lifecycle's shape, cut down: a main path to `scaled`, side endings, a dead-end compound `terminated`. */
const chart: Statechart = {
  machineId: 'scenario-lifecycle',
  version: 1,
  current: null,
  root: node('', 'compound', [], [
    node('proposed', 'atomic', [
      ['startCultivation', 'cultivating'],
      ['withdraw', 'withdrawn'],
    ]),
    node('cultivating', 'atomic', [
      ['requestRecognition', 'recognition.assessing'],
      ['reject', 'rejected'],
      ['withdraw', 'withdrawn'],
    ]),
    node('recognition', 'compound', [['reject', 'rejected']], [node('recognition.assessing', 'atomic', [['assessment.finalized', 'operating.scaling']])]),
    node('operating', 'compound', [['terminate', 'terminated'], ['reportIncident', 'suspended']], [node('operating.scaling', 'atomic', [['confirmScaled', 'scaled']])]),
    node('suspended', 'atomic', [['terminate', 'terminated']]),
    node('terminated', 'compound', [], [
      node('terminated.exemptionReview', 'atomic', [
        ['grantExemption', 'terminated.exempted'],
        ['denyExemption', 'terminated.notExempted'],
      ]),
      node('terminated.exempted', 'final'),
      node('terminated.notExempted', 'final'),
    ]),
    node('scaled', 'final'),
    node('rejected', 'final'),
    node('withdrawn', 'final'),
  ]),
} as Statechart;

const kind = (stage: string, event: string) => {
  const { terminal, forward, destructive } = classifyEvent(chart, stage, event);
  return { terminal, forward, destructive };
};

describe('classifyEvent (what an event does, read from the statechart)', () => {
  it('a forward step is neither terminal nor destructive', () => {
    expect(kind('proposed', 'startCultivation')).toEqual({ terminal: false, forward: true, destructive: false });
  });

  it('reject, withdraw and terminate lead to an ending off the main path: destructive', () => {
    expect(kind('cultivating', 'withdraw')).toEqual({ terminal: true, forward: false, destructive: true });
    expect(kind('recognition.assessing', 'reject')).toEqual({ terminal: true, forward: false, destructive: true });
    // `terminated` is not final itself, but nothing leaves it: a dead end.
    expect(kind('operating.scaling', 'terminate')).toEqual({ terminal: true, forward: false, destructive: true });
    expect(kind('terminated.exemptionReview', 'denyExemption')).toEqual({ terminal: true, forward: false, destructive: true });
  });

  it('an ending on the main path is terminal (asked about) but the way forward, not destructive', () => {
    expect(kind('operating.scaling', 'confirmScaled')).toEqual({ terminal: true, forward: true, destructive: false });
    expect(kind('terminated.exemptionReview', 'grantExemption')).toEqual({ terminal: true, forward: true, destructive: false });
  });

  it('a detour that can come back is neither', () => {
    expect(kind('operating.scaling', 'reportIncident')).toEqual({ terminal: false, forward: false, destructive: false });
  });
});
