import { APPLICATION_LIFECYCLE, applicationLifecycleMachine, type ApplicationLifecycleContext, type ApplicationLifecycleEvent } from './application-lifecycle.machine';
import { acceptedEvents, startLifecycle, stepLifecycle, type AssessmentPurpose, type LifecycleStep, type StoredSnapshot } from '@scq/lifecycle-domain';
import { allStateNodes, deadlineEvents, eventTypesOf, exploreModel } from '@scq/lifecycle-domain/testing';

const machine = applicationLifecycleMachine;
const input = { applicationId: 'application-1', scenarioId: 'scenario-1' };

const review = (passed: boolean, assessmentId = `review-${passed ? 'pass' : 'fail'}`, purpose: AssessmentPurpose = 'application-review'): ApplicationLifecycleEvent => ({
  type: 'assessment.finalized',
  assessmentId,
  purpose,
  passed,
});

const EVENTS: ApplicationLifecycleEvent[] = [
  { type: 'submit' },
  { type: 'startScreening' },
  { type: 'returnForRevision', reason: '缺少营业执照 Business licence missing' },
  { type: 'resubmit' },
  { type: 'passScreening' },
  { type: 'approveByUnit' },
  { type: 'rejectByUnit', reason: '不具备实施能力 Lacks the capacity' },
  { type: 'raiseObjection', objection: '业绩材料不实 Track record misstated' },
  { type: 'withdraw' },
  review(true),
  review(false),
  review(true, 'recognition-1', 'recognition'),
];

function run(events: ApplicationLifecycleEvent[], from: StoredSnapshot = startLifecycle(machine, input).snapshot): LifecycleStep {
  let step: LifecycleStep = { stage: '', snapshot: from, actions: [] };
  for (const event of events) {
    const next = stepLifecycle(machine, JSON.parse(JSON.stringify(step.snapshot)) as StoredSnapshot, event);
    if (!next) throw new Error(`${event.type} refused in ${JSON.stringify(step.snapshot.value)}`);
    step = next;
  }
  return step;
}

const context = (step: LifecycleStep) => step.snapshot.context as unknown as ApplicationLifecycleContext;
const reached = (step: LifecycleStep, deadline: string): ApplicationLifecycleEvent => ({ type: 'deadline.reached', deadline, deadlineId: context(step).deadlines[deadline]! });
const toScreening: ApplicationLifecycleEvent[] = [{ type: 'submit' }, { type: 'startScreening' }];
const toExpertReview: ApplicationLifecycleEvent[] = [...toScreening, { type: 'passScreening' }, { type: 'approveByUnit' }];
const returnForRevision: ApplicationLifecycleEvent = { type: 'returnForRevision', reason: '缺少营业执照 Business licence missing' };

describe('application lifecycle machine', () => {
  it('reaches every state and takes every transition (model-based, @xstate/graph)', () => {
    const coverage = exploreModel(machine, { input, events: (snapshot) => [...EVENTS, ...deadlineEvents(snapshot)] });
    console.log(coverage.summary);
    expect(coverage.states.missing).toEqual([]);
    expect(coverage.transitions.missing).toEqual([]);
  });

  it('has exactly one permission entry per event it accepts, and a bilingual label on every state', () => {
    expect(Object.keys(APPLICATION_LIFECYCLE.permissions).sort()).toEqual(eventTypesOf(machine));
    for (const node of allStateNodes(machine)) expect(node.meta).toEqual({ label: { zh: expect.any(String), en: expect.any(String) } });
  });

  describe('revision (补正)', () => {
    it('returns with the reason and a deadline of 5 working days; resubmitting cancels it', () => {
      const returned = run([...toScreening, returnForRevision]);
      expect(returned.stage).toBe('returned');
      expect(context(returned).revisionReason).toBe('缺少营业执照 Business licence missing');
      expect(returned.actions).toEqual([{ type: 'requestDeadline', params: { deadline: 'revision', deadlineId: 'revision-1', workingDays: 5 } }]);
      const resubmitted = run([{ type: 'resubmit' }], returned.snapshot);
      expect(resubmitted.stage).toBe('screening');
      expect(resubmitted.actions).toEqual([{ type: 'cancelDeadline', params: { deadline: 'revision', deadlineId: 'revision-1' } }]);
    });

    it('withdraws the application when the revision deadline passes', () => {
      const returned = run([...toScreening, returnForRevision]);
      const expired = run([reached(returned, 'revision')], returned.snapshot);
      expect(expired.stage).toBe('withdrawn');
      expect(context(expired).withdrawnBy).toBe('revision-expired');
    });

    it('ignores the deadline of an earlier revision round', () => {
      const firstRound = run([...toScreening, returnForRevision]);
      const late = reached(firstRound, 'revision');
      const secondRound = run([{ type: 'resubmit' }, returnForRevision], firstRound.snapshot);
      expect(context(secondRound).deadlines).toEqual({ revision: 'revision-2' });
      expect(stepLifecycle(machine, secondRound.snapshot, late)).toBeNull();
      expect(stepLifecycle(machine, run([{ type: 'resubmit' }], firstRound.snapshot).snapshot, late)).toBeNull();
    });
  });

  it('rejects at the unit with the reason, or on a failed expert review', () => {
    expect(context(run([...toScreening, { type: 'passScreening' }, { type: 'rejectByUnit', reason: '不符合 Ineligible' }])).rejectionReason).toBe('不符合 Ineligible');
    const failed = run([...toExpertReview, review(false, 'review-3')]);
    expect(failed.stage).toBe('rejected');
    expect(context(failed).assessmentId).toBe('review-3');
  });

  it('waits in expert review for an application-review assessment only', () => {
    const expertReview = run(toExpertReview);
    expect(expertReview.actions).toEqual([{ type: 'requestAssessment', params: { purpose: 'application-review' } }]);
    expect(stepLifecycle(machine, expertReview.snapshot, review(true, 'recognition-1', 'recognition'))).toBeNull();
  });

  describe('public notice (公示)', () => {
    it('approves when the notice period ends without objection', () => {
      const notice = run([...toExpertReview, review(true, 'review-4')]);
      expect(notice.stage).toBe('publicNotice');
      expect(notice.actions).toEqual([{ type: 'requestDeadline', params: { deadline: 'publicNotice', deadlineId: 'publicNotice-1', workingDays: 5 } }]);
      const approved = run([reached(notice, 'publicNotice')], notice.snapshot);
      expect(approved.stage).toBe('approved');
      expect(context(approved).assessmentId).toBe('review-4');
      expect(acceptedEvents(machine, approved.snapshot)).toEqual([]);
    });

    it('reopens expert review on an objection; the first notice’s deadline is then ignored', () => {
      const notice = run([...toExpertReview, review(true)]);
      const reopened = run([{ type: 'raiseObjection', objection: '业绩材料不实 Track record misstated' }], notice.snapshot);
      expect(reopened.stage).toBe('expertReview');
      expect(reopened.actions).toEqual([
        { type: 'cancelDeadline', params: { deadline: 'publicNotice', deadlineId: 'publicNotice-1' } },
        { type: 'requestAssessment', params: { purpose: 'application-review' } },
      ]);
      expect(context(reopened).objections).toEqual(['业绩材料不实 Track record misstated']);
      expect(stepLifecycle(machine, reopened.snapshot, reached(notice, 'publicNotice'))).toBeNull();
      const secondNotice = run([review(true, 'review-5')], reopened.snapshot);
      expect(stepLifecycle(machine, secondNotice.snapshot, reached(notice, 'publicNotice'))).toBeNull();
      expect(run([reached(secondNotice, 'publicNotice')], secondNotice.snapshot).stage).toBe('approved');
    });
  });

  it('lets the applicant withdraw before a decision, never after', () => {
    for (const path of [[], toScreening, [...toScreening, returnForRevision], toExpertReview, [...toExpertReview, review(true)]]) {
      const withdrawn = run([...path, { type: 'withdraw' }]);
      expect(withdrawn.stage).toBe('withdrawn');
      expect(context(withdrawn).withdrawnBy).toBe('applicant');
    }
    expect(stepLifecycle(machine, run([...toExpertReview, review(false)]).snapshot, { type: 'withdraw' })).toBeNull();
  });
});
