import type { AnyMachineSnapshot } from 'xstate';
import { acceptedEvents, startLifecycle, stepLifecycle, type AssessmentPurpose, type DeadlineReachedEvent, type LifecycleStep, type StoredSnapshot } from '@scq/lifecycle-domain';
import { SCENARIO_LIFECYCLE, scenarioLifecycleMachine, type ScenarioLifecycleContext, type ScenarioLifecycleEvent } from './scenario-lifecycle.machine';
import { allStateNodes, deadlineEvents, eventTypesOf, exploreModel } from '@scq/lifecycle-domain/testing';

const machine = scenarioLifecycleMachine;
const scenarioId = '7f9c1d3e-0000-4000-8000-000000000001';
const accidents = { key: 'accident-rate', name: { zh: '事故率', en: 'Incident rate' }, unit: '%', threshold: { max: 0.5 } };
const punctuality = { key: 'on-time', name: { zh: '准点率', en: 'On-time rate' }, unit: '%', threshold: { min: 90 } };
const terms = { conditions: ['限定园区道路 Park roads only'], indicators: [accidents, punctuality], expiresOn: '2027-06-30' };
const reading = (indicatorKey: string, value: number): ScenarioLifecycleEvent => ({ type: 'reportSandboxIndicator', indicatorKey, value, observedOn: '2026-12-01' });

const assessment = (purpose: AssessmentPurpose, passed: boolean, assessmentId = `${purpose}-${passed ? 'pass' : 'fail'}`): ScenarioLifecycleEvent => ({
  type: 'assessment.finalized',
  assessmentId,
  purpose,
  passed,
});

const EVENTS: ScenarioLifecycleEvent[] = [
  { type: 'startCultivation' },
  { type: 'withdraw' },
  { type: 'requestRecognition' },
  { type: 'reject', reason: '不符合场景认定标准 Does not meet the recognition standard' },
  ...(['recognition', 'effectiveness', 'application-review'] as const).flatMap((purpose) => [assessment(purpose, true), assessment(purpose, false)]),
  { type: 'list', batchId: 'batch-2026-1' },
  { type: 'delist', batchId: 'batch-2026-1', reason: '更正 Correction' },
  { type: 'open', opportunityId: 'o-1' },
  { type: 'application.approved', applicationId: 'application-1' },
  { type: 'matchmaking.agreed', matchmakingEventId: 'm-1', opportunityId: 'o-1', supplier: '重庆某科技有限公司' },
  { type: 'startPilot' },
  { type: 'enterSandbox', ...terms },
  { type: 'renewSandbox', ...terms, expiresOn: '2027-12-31' },
  { type: 'exitSandbox' },
  reading('accident-rate', 0.2),
  reading('accident-rate', 0.9),
  { type: 'completePilot' },
  { type: 'confirmScaled' },
  { type: 'reportIncident', description: '无人车碰撞护栏 A driverless vehicle hit a barrier', severity: 'serious' },
  { type: 'startRectification' },
  { type: 'submitRectification' },
  { type: 'approveResumption' },
  { type: 'rejectRectification' },
  { type: 'terminate', reason: '试点无法达到安全要求 The pilot cannot meet the safety requirements' },
  { type: 'grantExemption', reason: '已履职尽责 Duties were performed diligently' },
  { type: 'denyExemption', reason: '未按规定报告 Not reported as required' },
];

/** While suspended, where it resumes matters; elsewhere the remembered history does not. */
const serialize = (snapshot: AnyMachineSnapshot) =>
  JSON.stringify({ value: snapshot.value, resume: snapshot.matches('suspended') ? Object.values(snapshot.historyValue).flat().map((node) => node.id) : undefined });

function run(events: ScenarioLifecycleEvent[], from: StoredSnapshot = startLifecycle(machine, { scenarioId }).snapshot): LifecycleStep {
  let step: LifecycleStep = { stage: '', snapshot: from, actions: [] };
  for (const event of events) {
    const next = stepLifecycle(machine, JSON.parse(JSON.stringify(step.snapshot)) as StoredSnapshot, event);
    if (!next) throw new Error(`${event.type} refused in ${JSON.stringify(step.snapshot.value)}`);
    step = next;
  }
  return step;
}

const context = (step: LifecycleStep) => step.snapshot.context as unknown as ScenarioLifecycleContext;
const toRecognition: ScenarioLifecycleEvent[] = [{ type: 'startCultivation' }, { type: 'requestRecognition' }];
const toOpen: ScenarioLifecycleEvent[] = [...toRecognition, assessment('recognition', true), { type: 'list', batchId: 'batch-2026-1' }, { type: 'open', opportunityId: 'o-1' }];
const toPiloting: ScenarioLifecycleEvent[] = [...toOpen, { type: 'application.approved', applicationId: 'application-1' }, { type: 'startPilot' }];
const toSandbox: ScenarioLifecycleEvent[] = [...toPiloting, { type: 'enterSandbox', ...terms }];
const sandboxExpired = (step: LifecycleStep): DeadlineReachedEvent => ({ type: 'deadline.reached', deadline: 'sandboxExpiry', deadlineId: context(step).deadlines['sandboxExpiry']! });

describe('scenario lifecycle machine', () => {
  it('reaches every state and takes every transition (model-based, @xstate/graph)', () => {
    const coverage = exploreModel(machine, { input: { scenarioId }, events: (snapshot) => [...EVENTS, ...deadlineEvents(snapshot)], serialize });
    console.log(coverage.summary);
    expect(coverage.states.missing).toEqual([]);
    expect(coverage.transitions.missing).toEqual([]);
  });

  it('has exactly one permission entry per event it accepts, and a bilingual label on every state', () => {
    expect(Object.keys(SCENARIO_LIFECYCLE.permissions).sort()).toEqual(eventTypesOf(machine));
    for (const node of allStateNodes(machine)) expect(node.meta).toEqual({ label: { zh: expect.any(String), en: expect.any(String) } });
  });

  it('keeps a freshly proposed scenario to cultivation or withdrawal', () => {
    expect(acceptedEvents(machine, startLifecycle(machine, { scenarioId }).snapshot)).toEqual(['startCultivation', 'withdraw']);
  });

  describe('recognition gate', () => {
    it('does not list a scenario without a passing recognition assessment', () => {
      const assessing = run(toRecognition);
      expect(assessing.stage).toBe('recognition.assessing');
      expect(assessing.actions).toEqual([{ type: 'requestAssessment', params: { purpose: 'recognition' } }]);
      expect(stepLifecycle(machine, assessing.snapshot, { type: 'list', batchId: 'batch-2026-1' })).toBeNull();
      expect(stepLifecycle(machine, assessing.snapshot, assessment('effectiveness', true))).toBeNull();
      expect(stepLifecycle(machine, assessing.snapshot, assessment('application-review', true))).toBeNull();
    });

    it('returns a failed scenario to cultivation, linked to the assessment', () => {
      const failed = run([...toRecognition, assessment('recognition', false, 'assessment-7')]);
      expect(failed.stage).toBe('cultivating');
      expect(context(failed).assessments.recognition).toEqual({ assessmentId: 'assessment-7', passed: false });
    });

    it('lists a recognised scenario in the coordinator’s batch', () => {
      const recognised = run([...toRecognition, assessment('recognition', true, 'assessment-8')]);
      expect(recognised.stage).toBe('recognition.recognized');
      const listed = run([{ type: 'list', batchId: 'batch-2026-2' }], recognised.snapshot);
      expect(listed.stage).toBe('listed');
      expect(context(listed)).toMatchObject({ batchId: 'batch-2026-2', assessments: { recognition: { assessmentId: 'assessment-8', passed: true } } });
      expect(stepLifecycle(machine, listed.snapshot, { type: 'withdraw' })).toBeNull();
    });

    it('takes a scenario a correction removed back to awaiting a list, and lists it again later', () => {
      const listed = run([...toRecognition, assessment('recognition', true), { type: 'list', batchId: 'batch-2026-2' }]);
      const delisted = run([{ type: 'delist', batchId: 'batch-2026-2', reason: '重复申报' }], listed.snapshot);
      expect(delisted.stage).toBe('recognition.recognized');
      expect(context(delisted).batchId).toBeNull();
      expect(run([{ type: 'list', batchId: 'batch-2026-3' }], delisted.snapshot).stage).toBe('listed');
    });

    it('does not take an opened scenario off a list', () => {
      const opened = run(toOpen);
      expect(stepLifecycle(machine, opened.snapshot, { type: 'delist', batchId: 'batch-2026-1', reason: '更正' })).toBeNull();
    });
  });

  it('opens on the first published opportunity, and a later one changes nothing', () => {
    const opened = run(toOpen);
    expect(opened.stage).toBe('operating.open');
    expect(stepLifecycle(machine, opened.snapshot, { type: 'open', opportunityId: 'o-2' })).toBeNull();
  });

  it('matches on a matchmaking agreement', () => {
    const matched = run([...toOpen, { type: 'matchmaking.agreed', matchmakingEventId: 'm-1', opportunityId: 'o-1', supplier: '重庆某科技有限公司' }]);
    expect(matched.stage).toBe('operating.matched');
  });

  it('matches on an approved application and records it', () => {
    const matched = run([...toOpen, { type: 'application.approved', applicationId: 'application-9' }]);
    expect(matched.stage).toBe('operating.matched');
    expect(context(matched).applicationId).toBe('application-9');
  });

  describe('sandbox regulation', () => {
    it('asks for the expiry deadline on entry and forces a re-review when it is reached', () => {
      const sandbox = run(toSandbox);
      expect(sandbox.stage).toBe('operating.piloting.sandbox');
      expect(context(sandbox).sandbox).toEqual({ ...terms, readings: {} });
      expect(sandbox.actions).toEqual([{ type: 'requestDeadline', params: { deadline: 'sandboxExpiry', deadlineId: 'sandboxExpiry-1', dueOn: '2027-06-30' } }]);
      const review = run([sandboxExpired(sandbox)], sandbox.snapshot);
      expect(review.stage).toBe('operating.piloting.sandboxReview');
      expect(review.actions).toEqual([{ type: 'cancelDeadline', params: { deadline: 'sandboxExpiry', deadlineId: 'sandboxExpiry-1' } }]);
      expect(stepLifecycle(machine, review.snapshot, { type: 'completePilot' })).toBeNull();
    });

    it('records a reading within its threshold and stays; bounds themselves are within', () => {
      const sandbox = run(toSandbox);
      const within = run([reading('accident-rate', 0.5), reading('on-time', 90)], sandbox.snapshot);
      expect(within.stage).toBe('operating.piloting.sandbox');
      expect(within.actions).toEqual([]);
      expect(context(within).sandbox?.readings).toEqual({
        'accident-rate': { indicatorKey: 'accident-rate', value: 0.5, observedOn: '2026-12-01', note: null },
        'on-time': { indicatorKey: 'on-time', value: 90, observedOn: '2026-12-01', note: null },
      });
    });

    it.each([
      ['above its max', 'accident-rate', 0.6],
      ['below its min', 'on-time', 89.9],
    ])('opens the re-review on a reading %s, cancelling the expiry deadline, and keeps the reading', (_, key, value) => {
      const sandbox = run(toSandbox);
      const review = run([reading(key, value)], sandbox.snapshot);
      expect(review.stage).toBe('operating.piloting.sandboxReview');
      expect(review.actions).toEqual([{ type: 'cancelDeadline', params: { deadline: 'sandboxExpiry', deadlineId: 'sandboxExpiry-1' } }]);
      expect(context(review).sandbox?.readings?.[key]).toMatchObject({ value });
      // Renewing starts the new terms without the old readings.
      expect(context(run([{ type: 'renewSandbox', ...terms, expiresOn: '2027-12-31' }], review.snapshot)).sandbox?.readings).toEqual({});
    });

    it('does not accept a reading for an indicator the terms do not name, nor outside the sandbox', () => {
      const sandbox = run(toSandbox);
      expect(stepLifecycle(machine, sandbox.snapshot, reading('noise', 1))).toBeNull();
      expect(stepLifecycle(machine, run([reading('accident-rate', 1)], sandbox.snapshot).snapshot, reading('accident-rate', 0.1))).toBeNull();
    });

    it('loads a sandbox stored with plain indicator names: readable by name, never beyond a threshold', () => {
      const sandbox = run(toSandbox);
      const legacy = JSON.parse(JSON.stringify(sandbox.snapshot)) as StoredSnapshot;
      (legacy.context as { sandbox: unknown }).sandbox = { conditions: ['限定区域'], indicators: ['事故率'], expiresOn: '2027-06-30' };
      const read = run([reading('事故率', 1000)], legacy);
      expect(read.stage).toBe('operating.piloting.sandbox');
      expect(context(read).sandbox?.readings).toEqual({ 事故率: { indicatorKey: '事故率', value: 1000, observedOn: '2026-12-01', note: null } });
      expect(stepLifecycle(machine, legacy, reading('accident-rate', 1))).toBeNull();
    });

    it('renews with new terms and a new deadline, or leaves the sandbox', () => {
      const review = run([sandboxExpired(run(toSandbox))], run(toSandbox).snapshot);
      const renewed = run([{ type: 'renewSandbox', ...terms, expiresOn: '2027-12-31' }], review.snapshot);
      expect(renewed.stage).toBe('operating.piloting.sandbox');
      expect(renewed.actions).toEqual([{ type: 'requestDeadline', params: { deadline: 'sandboxExpiry', deadlineId: 'sandboxExpiry-2', dueOn: '2027-12-31' } }]);
      const regular = run([{ type: 'exitSandbox' }], review.snapshot);
      expect(regular.stage).toBe('operating.piloting.regular');
      expect(context(regular).sandbox).toBeNull();
    });

    it('ignores a duplicate or late expiry', () => {
      const sandbox = run(toSandbox);
      const first = sandboxExpired(sandbox);
      const review = run([first], sandbox.snapshot);
      expect(stepLifecycle(machine, review.snapshot, first)).toBeNull();
      const renewed = run([{ type: 'renewSandbox', ...terms }], review.snapshot);
      expect(stepLifecycle(machine, renewed.snapshot, first)).toBeNull();
      const regular = run([{ type: 'exitSandbox' }], renewed.snapshot);
      expect(stepLifecycle(machine, regular.snapshot, sandboxExpired(renewed))).toBeNull();
      expect(stepLifecycle(machine, sandbox.snapshot, { ...first, deadline: 'revision' })).toBeNull();
    });
  });

  describe('effectiveness gate', () => {
    const toEffectiveness: ScenarioLifecycleEvent[] = [...toPiloting, { type: 'completePilot' }];

    it('scales a pilot that passes and reaches large-scale application', () => {
      const scaling = run([...toEffectiveness, assessment('effectiveness', true, 'assessment-11')]);
      expect(scaling.stage).toBe('operating.scaling');
      expect(context(scaling).assessments.effectiveness).toEqual({ assessmentId: 'assessment-11', passed: true });
      expect(run([{ type: 'confirmScaled' }], scaling.snapshot).stage).toBe('scaled');
    });

    it('sends a pilot that fails back to piloting, and ignores a recognition result', () => {
      const effectiveness = run(toEffectiveness);
      expect(effectiveness.actions).toEqual([{ type: 'requestAssessment', params: { purpose: 'effectiveness' } }]);
      expect(stepLifecycle(machine, effectiveness.snapshot, assessment('recognition', true))).toBeNull();
      expect(run([assessment('effectiveness', false)], effectiveness.snapshot).stage).toBe('operating.piloting.regular');
    });
  });

  describe('safety incidents (closed loop)', () => {
    const incident: ScenarioLifecycleEvent = { type: 'reportIncident', description: '数据泄露 Data leak', severity: 'major' };
    const loop: ScenarioLifecycleEvent[] = [incident, { type: 'startRectification' }, { type: 'submitRectification' }];

    it.each([
      ['operating.open', toOpen],
      ['operating.matched', [...toOpen, { type: 'application.approved', applicationId: 'application-1' }]],
      ['operating.piloting.regular', toPiloting],
      ['operating.piloting.sandbox', toSandbox],
      ['operating.effectiveness', [...toPiloting, { type: 'completePilot' }]],
      ['operating.scaling', [...toPiloting, { type: 'completePilot' }, assessment('effectiveness', true)]],
    ] as Array<[string, ScenarioLifecycleEvent[]]>)('resumes %s, the exact stage it left', (stage, path) => {
      const review = run([...path, ...loop]);
      expect(review.stage).toBe('suspended.underReview');
      expect(context(review).incident).toEqual({ description: '数据泄露 Data leak', severity: 'major' });
      expect(run([{ type: 'approveResumption' }], review.snapshot).stage).toBe(stage);
    });

    it('re-arms a sandbox resumed after suspension with a new deadline id, and ignores the old one', () => {
      const sandbox = run(toSandbox);
      const suspended = run([incident], sandbox.snapshot);
      expect(suspended.actions).toEqual([{ type: 'cancelDeadline', params: { deadline: 'sandboxExpiry', deadlineId: 'sandboxExpiry-1' } }]);
      const resumed = run([{ type: 'startRectification' }, { type: 'submitRectification' }, { type: 'approveResumption' }], suspended.snapshot);
      expect(resumed.actions).toEqual([{ type: 'requestDeadline', params: { deadline: 'sandboxExpiry', deadlineId: 'sandboxExpiry-2', dueOn: '2027-06-30' } }]);
      expect(stepLifecycle(machine, resumed.snapshot, sandboxExpired(sandbox))).toBeNull();
      expect(stepLifecycle(machine, suspended.snapshot, sandboxExpired(sandbox))).toBeNull();
    });

    it('sends a rejected rectification back, and terminates with an exemption review', () => {
      const review = run([...toOpen, ...loop]);
      expect(run([{ type: 'rejectRectification' }], review.snapshot).stage).toBe('suspended.rectifying');
      const terminated = run([{ type: 'terminate', reason: '整改无效 Rectification failed' }], review.snapshot);
      expect(terminated.stage).toBe('terminated.exemptionReview');
      const exempted = run([{ type: 'grantExemption', reason: '已履职尽责 Duties performed' }], terminated.snapshot);
      expect(exempted.stage).toBe('terminated.exempted');
      expect(context(exempted)).toMatchObject({ terminationReason: '整改无效 Rectification failed', exemption: { granted: true, reason: '已履职尽责 Duties performed' } });
      expect(acceptedEvents(machine, exempted.snapshot)).toEqual([]);
    });

    it('does not take incidents before the scenario is open', () => {
      expect(stepLifecycle(machine, run(toRecognition).snapshot, incident)).toBeNull();
    });
  });

  it('rejects from cultivation or recognition with the reason, and withdraws before listing only', () => {
    const rejected = run([{ type: 'startCultivation' }, { type: 'reject', reason: '重复建设 Duplicate construction' }]);
    expect(rejected.stage).toBe('rejected');
    expect(context(rejected).rejectionReason).toBe('重复建设 Duplicate construction');
    expect(run([...toRecognition, { type: 'reject', reason: 'x' }]).stage).toBe('rejected');
    expect(run([...toRecognition, { type: 'withdraw' }]).stage).toBe('withdrawn');
    expect(stepLifecycle(machine, run(toOpen).snapshot, { type: 'withdraw' })).toBeNull();
  });
});
