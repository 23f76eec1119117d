import { assign, setup } from 'xstate';
import { isAssessment, type AssessmentFinalizedEvent } from './gate-events';
import { armDeadline, deadlineHooks, disarmDeadline, isActiveDeadline, NO_DEADLINES, type CancelDeadlineParams, type DeadlineContext, type DeadlinePolicy, type DeadlineReachedEvent, type LifecycleDefinition, type Permission, type RequestAssessmentParams, type RequestDeadlineParams } from '@scq/lifecycle-domain';

/**
 * The application lifecycle (申报 / 揭榜, DESIGN §2): an applicant applies to take an open scenario; the
 * responsible unit screens the file (形式审查, with a revision round 补正 under a deadline) and reviews it
 * (责任单位审核), experts assess it (专家评审, an assessment with purpose `application-review`), and the
 * result is publicly noticed (公示); objections reopen expert review, an uncontested notice approves.
 * Deadlines: see lifecycle-deadline.ts. Expert review asks for an assessment on entry (`requestAssessment`),
 * so an objection gets a fresh one.
 */
export type ApplicationDeadline = 'revision' | 'publicNotice';

export const APPLICATION_DEADLINES = {
  revision: { workingDays: 5, description: { zh: '申报人补正材料期限，逾期视为撤回', en: 'Time for the applicant to revise; expiry withdraws the application' } },
  publicNotice: { workingDays: 5, description: { zh: '评审结果公示期，期满无异议即批准', en: 'Public notice period; approved when it ends without objection' } },
} as const satisfies Record<ApplicationDeadline, DeadlinePolicy & { workingDays: number }>;

export interface ApplicationLifecycleInput {
  applicationId: string;
  scenarioId: string;
}

export interface ApplicationLifecycleContext extends DeadlineContext {
  applicationId: string;
  scenarioId: string;
  revisionReason: string | null;
  /** The expert assessment the latest review decision rests on. */
  assessmentId: string | null;
  objections: string[];
  rejectionReason: string | null;
  withdrawnBy: 'applicant' | 'revision-expired' | null;
}

export type ApplicationLifecycleEvent =
  | { type: 'submit' }
  | { type: 'startScreening' }
  | { type: 'returnForRevision'; reason: string }
  | { type: 'resubmit' }
  | { type: 'passScreening' }
  | { type: 'approveByUnit' }
  | { type: 'rejectByUnit'; reason: string }
  | { type: 'raiseObjection'; objection: string }
  | { type: 'withdraw' }
  | AssessmentFinalizedEvent
  | DeadlineReachedEvent;

const label = (zh: string, en: string) => ({ label: { zh, en } });

const withdraw = { withdraw: { target: '#application-lifecycle.withdrawn', actions: 'withdrawnByApplicant' } } as const;

export const applicationLifecycleMachine = setup({
  types: {
    context: {} as ApplicationLifecycleContext,
    events: {} as ApplicationLifecycleEvent,
    input: {} as ApplicationLifecycleInput,
  },
  guards: {
    deadlineActive: ({ context, event }, params: { deadline: ApplicationDeadline }) => isActiveDeadline(context, event, params.deadline),
    reviewPassed: ({ event }) => isAssessment(event, 'application-review', true),
    reviewFailed: ({ event }) => isAssessment(event, 'application-review', false),
  },
  actions: {
    armDeadline: assign(({ context }, params: { deadline: string }) => armDeadline(context, params.deadline)),
    disarmDeadline: assign(({ context }, params: { deadline: string }) => disarmDeadline(context, params.deadline)),
    requestDeadline: (_, _params: RequestDeadlineParams) => undefined,
    cancelDeadline: (_, _params: CancelDeadlineParams) => undefined,
    requestAssessment: (_, _params: RequestAssessmentParams) => undefined,
    recordRevisionReason: assign({ revisionReason: ({ event }) => (event.type === 'returnForRevision' ? event.reason : null) }),
    recordAssessment: assign({ assessmentId: ({ context, event }) => (event.type === 'assessment.finalized' ? event.assessmentId : context.assessmentId) }),
    recordObjection: assign({ objections: ({ context, event }) => (event.type === 'raiseObjection' ? [...context.objections, event.objection] : context.objections) }),
    recordRejection: assign({ rejectionReason: ({ event }) => (event.type === 'rejectByUnit' ? event.reason : '专家评审未通过 The expert review did not pass') }),
    withdrawnByApplicant: assign({ withdrawnBy: 'applicant' as const }),
    withdrawnByExpiry: assign({ withdrawnBy: 'revision-expired' as const }),
  },
}).createMachine({
  id: 'application-lifecycle',
  initial: 'draft',
  context: ({ input }) => ({
    applicationId: input.applicationId,
    scenarioId: input.scenarioId,
    ...NO_DEADLINES,
    revisionReason: null,
    assessmentId: null,
    objections: [],
    rejectionReason: null,
    withdrawnBy: null,
  }),
  states: {
    draft: { meta: label('草稿', 'Draft'), on: { submit: 'submitted', ...withdraw } },
    submitted: { meta: label('已提交', 'Submitted'), on: { startScreening: 'screening', ...withdraw } },
    screening: {
      meta: label('形式审查', 'Formal screening'),
      on: { returnForRevision: { target: 'returned', actions: 'recordRevisionReason' }, passScreening: 'unitReview', ...withdraw },
    },
    returned: {
      meta: label('退回补正', 'Returned for revision'),
      ...deadlineHooks<ApplicationLifecycleContext>('revision', () => ({ workingDays: APPLICATION_DEADLINES.revision.workingDays })),
      on: {
        resubmit: 'screening',
        'deadline.reached': { guard: { type: 'deadlineActive', params: { deadline: 'revision' } }, target: 'withdrawn', actions: 'withdrawnByExpiry' },
        ...withdraw,
      },
    },
    unitReview: {
      meta: label('责任单位审核', 'Responsible-unit review'),
      on: { approveByUnit: 'expertReview', rejectByUnit: { target: 'rejected', actions: 'recordRejection' }, ...withdraw },
    },
    expertReview: {
      meta: label('专家评审', 'Expert review'),
      entry: { type: 'requestAssessment', params: { purpose: 'application-review' } },
      on: {
        'assessment.finalized': [
          { guard: 'reviewPassed', target: 'publicNotice', actions: 'recordAssessment' },
          { guard: 'reviewFailed', target: 'rejected', actions: ['recordAssessment', 'recordRejection'] },
        ],
        ...withdraw,
      },
    },
    publicNotice: {
      meta: label('公示', 'Public notice'),
      ...deadlineHooks<ApplicationLifecycleContext>('publicNotice', () => ({ workingDays: APPLICATION_DEADLINES.publicNotice.workingDays })),
      on: {
        raiseObjection: { target: 'expertReview', actions: 'recordObjection' },
        'deadline.reached': { guard: { type: 'deadlineActive', params: { deadline: 'publicNotice' } }, target: 'approved' },
        ...withdraw,
      },
    },
    approved: { meta: label('已批准', 'Approved'), type: 'final' },
    rejected: { meta: label('未通过', 'Rejected'), type: 'final' },
    withdrawn: { meta: label('已撤回', 'Withdrawn'), type: 'final' },
  },
});

/**
 * Applicants act on their own file; the responsible units of the scenario's domain screen and review it
 * (the plan names 责任单位 per domain), the coordinator may act for any unit. Objections to a public notice
 * reach the responsible unit, which records them. Gates and timers come from automation.
 */
const APPLICANT: Permission = { roles: ['applicant'], scope: 'applicant' };
const RESPONSIBLE: Permission = { roles: ['officer', 'coordinator'], scope: 'responsible-unit' };
const SYSTEM: Permission = { roles: ['system'], scope: 'any' };

export const APPLICATION_LIFECYCLE = {
  id: 'application-lifecycle',
  version: 1,
  machine: applicationLifecycleMachine,
  deadlines: APPLICATION_DEADLINES,
  permissions: {
    submit: APPLICANT,
    resubmit: APPLICANT,
    withdraw: APPLICANT,
    startScreening: RESPONSIBLE,
    returnForRevision: RESPONSIBLE,
    passScreening: RESPONSIBLE,
    approveByUnit: RESPONSIBLE,
    rejectByUnit: RESPONSIBLE,
    raiseObjection: RESPONSIBLE,
    'assessment.finalized': SYSTEM,
    'deadline.reached': SYSTEM,
  },
} satisfies LifecycleDefinition<typeof applicationLifecycleMachine>;

/** Where an application ended without taking the scenario: its applicant may apply to that scenario again. */
const ENDED_WITHOUT_AWARD = new Set(['rejected', 'withdrawn']);

/**
 * One live application per applicant and scenario: an earlier one in any other stage (draft, under review,
 * approved) means a new one is refused, so reviewers never see the same bid twice.
 */
export function blocksNewApplication(stage: string): boolean {
  return !ENDED_WITHOUT_AWARD.has(stage);
}
