import type { AnyMachineSnapshot } from 'xstate';
import { ASSESSMENT_LIFECYCLE, ASSESSMENT_LIFECYCLE_V1, assessmentLifecycleMachine, assessmentLifecycleMachineV2, type AssessmentLifecycleContext, type AssessmentLifecycleEvent } from './assessment-lifecycle.machine';
import { authorize, startLifecycle, stepLifecycle, type Actor, type AuthorizationSubject, type LifecycleStep, type StoredSnapshot } from '@scq/lifecycle-domain';
import { allStateNodes, deadlineEvents, eventTypesOf, exploreModel } from '@scq/lifecycle-domain/testing';

const machine = assessmentLifecycleMachine;
const input = { assessmentId: 'assessment-1', purpose: 'recognition' as const, subjectId: 'scenario-1' };
const panel = ['expert-a', 'expert-b', 'expert-c'];

/** Concrete events from the context: scores from the evaluators still pending, one replacement, too few and enough evaluators. */
function events(snapshot: AnyMachineSnapshot): AssessmentLifecycleEvent[] {
  const { evaluators, submitted, replacements } = snapshot.context as AssessmentLifecycleContext;
  const pending = evaluators.filter((evaluator) => !submitted.includes(evaluator));
  return [
    { type: 'assignEvaluators', evaluatorIds: panel.slice(0, 2) },
    { type: 'assignEvaluators', evaluatorIds: panel },
    ...pending.map((evaluatorId): AssessmentLifecycleEvent => ({ type: 'submitScore', evaluatorId })),
    ...submitted.map((evaluatorId): AssessmentLifecycleEvent => ({ type: 'submitScore', evaluatorId })),
    ...pending.slice(0, 1).map((out): AssessmentLifecycleEvent => ({ type: 'replaceEvaluator', out, in: `expert-r${replacements.length + 1}` })),
    { type: 'finalize', passed: true, disagreement: 0.1 },
    { type: 'finalize', passed: true, disagreement: 0.6 },
    { type: 'recordPanelDecision', passed: false, majorityView: '风险不可控 Risks uncontrolled', minorityView: '可有条件通过 Pass with conditions' },
    ...deadlineEvents(snapshot),
  ];
}

/** Who has submitted is all that matters, not who they are. */
const serialize = (snapshot: AnyMachineSnapshot) => {
  const { evaluators, submitted } = snapshot.context as AssessmentLifecycleContext;
  return JSON.stringify({ value: snapshot.value, evaluators: evaluators.length, submitted: submitted.length });
};

function run(events: AssessmentLifecycleEvent[], from: StoredSnapshot = startLifecycle(machine, input).snapshot): LifecycleStep {
  let step: LifecycleStep = { stage: '', snapshot: from, actions: [] };
  for (const event of events) {
    const next = stepLifecycle(machine, JSON.parse(JSON.stringify(step.snapshot)) as StoredSnapshot, event);
    if (!next) throw new Error(`${event.type} refused in ${JSON.stringify(step.snapshot.value)}`);
    step = next;
  }
  return step;
}

const context = (step: LifecycleStep) => step.snapshot.context as unknown as AssessmentLifecycleContext;
const assign: AssessmentLifecycleEvent = { type: 'assignEvaluators', evaluatorIds: panel };
const score = (evaluatorId: string): AssessmentLifecycleEvent => ({ type: 'submitScore', evaluatorId });
const toConsensus = [assign, ...panel.map(score)];

describe('assessment lifecycle machine', () => {
  it('reaches every state and takes every transition (model-based, @xstate/graph)', () => {
    const coverage = exploreModel(machine, { input, events, serialize });
    console.log(coverage.summary);
    expect(coverage.states.missing).toEqual([]);
    expect(coverage.transitions.missing).toEqual([]);
  });

  it('has exactly one permission entry per event it accepts, and a bilingual label on every state', () => {
    expect(Object.keys(ASSESSMENT_LIFECYCLE.permissions).sort()).toEqual(eventTypesOf(machine));
    for (const node of allStateNodes(machine)) expect(node.meta).toEqual({ label: { zh: expect.any(String), en: expect.any(String) } });
  });

  it('needs the required number of distinct evaluators (3 by default, or from the input)', () => {
    const assigning = startLifecycle(machine, input).snapshot;
    expect(stepLifecycle(machine, assigning, { type: 'assignEvaluators', evaluatorIds: ['expert-a', 'expert-b', 'expert-a'] })).toBeNull();
    const scoring = run([assign]);
    expect(scoring.stage).toBe('scoring.onTime');
    expect(scoring.actions).toEqual([{ type: 'requestDeadline', params: { deadline: 'scoring', deadlineId: 'scoring-1', workingDays: 10 } }]);
    const five = startLifecycle(machine, { ...input, requiredEvaluators: 5 }).snapshot;
    expect(stepLifecycle(machine, five, assign)).toBeNull();
  });

  it('takes one score per assigned evaluator and reaches consensus when all have scored', () => {
    const scoring = run([assign, score('expert-a')]);
    expect(stepLifecycle(machine, scoring.snapshot, score('expert-a'))).toBeNull();
    expect(stepLifecycle(machine, scoring.snapshot, score('expert-z'))).toBeNull();
    const consensus = run([score('expert-b'), score('expert-c')], scoring.snapshot);
    expect(consensus.stage).toBe('consensus');
    expect(consensus.actions).toEqual([{ type: 'cancelDeadline', params: { deadline: 'scoring', deadlineId: 'scoring-1' } }]);
  });

  it('replaces an evaluator who has not scored, restarting the scoring deadline', () => {
    const scoring = run([assign, score('expert-a')]);
    expect(stepLifecycle(machine, scoring.snapshot, { type: 'replaceEvaluator', out: 'expert-a', in: 'expert-d' })).toBeNull();
    expect(stepLifecycle(machine, scoring.snapshot, { type: 'replaceEvaluator', out: 'expert-b', in: 'expert-c' })).toBeNull();
    const replaced = run([{ type: 'replaceEvaluator', out: 'expert-b', in: 'expert-d' }], scoring.snapshot);
    expect(context(replaced)).toMatchObject({ evaluators: ['expert-a', 'expert-d', 'expert-c'], replacements: [{ out: 'expert-b', in: 'expert-d' }] });
    expect(replaced.actions).toEqual([
      { type: 'cancelDeadline', params: { deadline: 'scoring', deadlineId: 'scoring-1' } },
      { type: 'requestDeadline', params: { deadline: 'scoring', deadlineId: 'scoring-2', workingDays: 10 } },
    ]);
    expect(stepLifecycle(machine, replaced.snapshot, score('expert-b'))).toBeNull();
  });

  it('version 2 also replaces an evaluator who has scored (a conflict found after: their sheet is voided), and the newcomer must score', () => {
    const step = (from: StoredSnapshot, event: AssessmentLifecycleEvent) => stepLifecycle(assessmentLifecycleMachineV2, JSON.parse(JSON.stringify(from)) as StoredSnapshot, event);
    const scoring = run([assign, score('expert-a'), score('expert-b')]);
    // Version 1 refuses it; version 2 takes it, with the same states (snapshots move between them as they are).
    expect(stepLifecycle(machine, scoring.snapshot, { type: 'replaceEvaluator', out: 'expert-a', in: 'expert-d' })).toBeNull();
    const replaced = step(scoring.snapshot, { type: 'replaceEvaluator', out: 'expert-a', in: 'expert-d' })!;
    expect(replaced.stage).toBe('scoring.onTime');
    expect(context(replaced)).toMatchObject({ evaluators: ['expert-d', 'expert-b', 'expert-c'], submitted: ['expert-b'], replacements: [{ out: 'expert-a', in: 'expert-d' }] });
    expect(step(replaced.snapshot, { type: 'replaceEvaluator', out: 'expert-a', in: 'expert-e' })).toBeNull();
    expect(step(replaced.snapshot, { type: 'replaceEvaluator', out: 'expert-b', in: 'expert-c' })).toBeNull();
    const oneLeft = step(replaced.snapshot, score('expert-c'))!;
    expect(oneLeft.stage).toBe('scoring.onTime');
    expect(step(oneLeft.snapshot, score('expert-d'))!.stage).toBe('consensus');
    // Not once all have scored: the panel's scores are unsealed.
    const consensus = run([score('expert-c')], scoring.snapshot);
    expect(step(consensus.snapshot, { type: 'replaceEvaluator', out: 'expert-a', in: 'expert-d' })).toBeNull();
    expect([ASSESSMENT_LIFECYCLE_V1.version, ASSESSMENT_LIFECYCLE.version]).toEqual([1, 2]);
    expect(exploreModel(assessmentLifecycleMachineV2, { input, events, serialize }).states.missing).toEqual([]);
  });

  it('marks scoring overdue once, still accepts scores, and ignores a stale deadline', () => {
    const scoring = run([assign]);
    const deadline: AssessmentLifecycleEvent = { type: 'deadline.reached', deadline: 'scoring', deadlineId: 'scoring-1' };
    const overdue = run([deadline], scoring.snapshot);
    expect(overdue.stage).toBe('scoring.overdue');
    expect(stepLifecycle(machine, overdue.snapshot, deadline)).toBeNull();
    expect(stepLifecycle(machine, scoring.snapshot, { ...deadline, deadlineId: 'scoring-7' })).toBeNull();
    expect(run(panel.map(score), overdue.snapshot).stage).toBe('consensus');
  });

  it('finalizes by consensus when the disagreement is within the threshold', () => {
    const finalized = run([...toConsensus, { type: 'finalize', passed: true, disagreement: 0.25 }]);
    expect(finalized.stage).toBe('finalized');
    expect(context(finalized)).toMatchObject({ disagreement: 0.25, outcome: { passed: true, via: 'consensus' }, panel: null });
  });

  it('sends high disagreement to a panel review that records majority and minority views', () => {
    const panelReview = run([...toConsensus, { type: 'finalize', passed: true, disagreement: 0.4 }]);
    expect(panelReview.stage).toBe('panelReview');
    expect(context(panelReview).outcome).toBeNull();
    const finalized = run([{ type: 'recordPanelDecision', passed: false, majorityView: '不通过 Fail', minorityView: '通过 Pass' }], panelReview.snapshot);
    expect(context(finalized)).toMatchObject({ outcome: { passed: false, via: 'panel' }, panel: { majorityView: '不通过 Fail', minorityView: '通过 Pass' } });
    expect(run([...toConsensus, { type: 'finalize', passed: true, disagreement: Number.NaN }]).stage).toBe('panelReview');
    const strict = startLifecycle(machine, { ...input, disagreementThreshold: 0.1 }).snapshot;
    expect(run([...toConsensus, { type: 'finalize', passed: true, disagreement: 0.2 }], strict).stage).toBe('panelReview');
  });

  describe('authorize', () => {
    const evaluator = (id: string): Actor => ({ id, roles: ['evaluator'], unit: null, organisation: '重庆大学', district: null });
    const subject: AuthorizationSubject = { responsibleUnits: ['市科技局'], ownerUnit: null, applicantId: null, assignedEvaluators: panel };

    it.each([
      ['an assigned evaluator scores', evaluator('expert-a'), 'submitScore', true],
      ['an unassigned evaluator may not', evaluator('expert-z'), 'submitScore', false],
      ['an officer does not score', { id: 'u-1', roles: ['officer'], unit: '市科技局', organisation: null }, 'submitScore', false],
      ['the organising unit replaces an evaluator', { id: 'u-1', roles: ['officer'], unit: '市科技局', organisation: null }, 'replaceEvaluator', true],
      ['another unit may not', { id: 'u-2', roles: ['officer'], unit: '市民政局', organisation: null }, 'replaceEvaluator', false],
      ['automation assigns from the pool', { id: 'pool', roles: ['system'], unit: null, organisation: null }, 'assignEvaluators', true],
      ['automation replaces an evaluator who declined, recused or missed the deadline', { id: 'pool', roles: ['system'], unit: null, organisation: null }, 'replaceEvaluator', true],
      ['an evaluator does not replace themself', evaluator('expert-a'), 'replaceEvaluator', false],
      ['only the evaluation service finalizes', { id: 'u-3', roles: ['coordinator'], unit: '市发展改革委', organisation: null }, 'finalize', false],
    ] as Array<[string, Actor, string, boolean]>)('%s', (_, actor, eventType, allowed) => {
      expect(authorize(ASSESSMENT_LIFECYCLE, actor, eventType, subject).allowed).toBe(allowed);
    });
  });
});
