import { assign, setup } from 'xstate';
import { armDeadline, deadlineHooks, disarmDeadline, isActiveDeadline, NO_DEADLINES, type AssessmentPurpose, type CancelDeadlineParams, type DeadlineContext, type DeadlinePolicy, type DeadlineReachedEvent, type LifecycleDefinition, type Permission, type RequestDeadlineParams } from '@scq/lifecycle-domain';

/**
 * The assessment lifecycle (DESIGN §2): the recognition of a scenario (场景认定), its effectiveness (场景落地成效评估)
 * or an application's expert review. Evaluators are assigned (conflict-of-interest checks happen before, in
 * the evaluation service), score independently and blind (the scores stay in the evaluation service: the
 * machine only tracks who has submitted), and the service finalizes with the panel's disagreement. Too much
 * disagreement goes to a panel review that records majority and minority views.
 *
 * Choices: `disagreement` is a 0–1 measure computed by the evaluation service (e.g. the spread of total
 * scores over the rubric's range); above `disagreementThreshold` (default 0.25, a quarter of the scale) the
 * panel decides. Anything not a number ≤ the threshold (NaN included) goes to the panel. Replacing an
 * evaluator restarts the scoring deadline so the newcomer gets the full period; a missed deadline marks
 * scoring `overdue`, which still accepts scores, and the evaluation service replaces whoever has not scored (the
 * replacement re-enters `onTime` with a fresh deadline). Leaving `onTime` ends the deadline, escalations included:
 * the replacement, not an escalation, is the plan's answer to a late evaluator.
 */
export const ASSESSMENT_DEFAULTS = { requiredEvaluators: 3, disagreementThreshold: 0.25 } as const;

export const ASSESSMENT_DEADLINES = {
  scoring: { workingDays: 10, description: { zh: '评审专家独立评分期限', en: 'Time for the evaluators to score independently' } },
} as const satisfies Record<'scoring', DeadlinePolicy & { workingDays: number }>;

export interface AssessmentLifecycleInput {
  assessmentId: string;
  purpose: AssessmentPurpose;
  /** The scenario or application assessed. */
  subjectId: string;
  requiredEvaluators?: number;
  disagreementThreshold?: number;
}

export interface AssessmentOutcome {
  passed: boolean;
  via: 'consensus' | 'panel';
}

export interface AssessmentLifecycleContext extends DeadlineContext {
  assessmentId: string;
  purpose: AssessmentPurpose;
  subjectId: string;
  requiredEvaluators: number;
  disagreementThreshold: number;
  evaluators: string[];
  submitted: string[];
  replacements: Array<{ out: string; in: string }>;
  disagreement: number | null;
  panel: { majorityView: string; minorityView: string } | null;
  outcome: AssessmentOutcome | null;
}

export type AssessmentLifecycleEvent =
  | { type: 'assignEvaluators'; evaluatorIds: string[] }
  | { type: 'submitScore'; evaluatorId: string }
  | { type: 'replaceEvaluator'; out: string; in: string }
  | { type: 'finalize'; passed: boolean; disagreement: number }
  | { type: 'recordPanelDecision'; passed: boolean; majorityView: string; minorityView: string }
  | DeadlineReachedEvent;

const label = (zh: string, en: string) => ({ label: { zh, en } });

export const assessmentLifecycleMachine = setup({
  types: {
    context: {} as AssessmentLifecycleContext,
    events: {} as AssessmentLifecycleEvent,
    input: {} as AssessmentLifecycleInput,
  },
  guards: {
    enoughEvaluators: ({ context, event }) => event.type === 'assignEvaluators' && new Set(event.evaluatorIds).size >= context.requiredEvaluators,
    pendingEvaluator: ({ context, event }) => event.type === 'submitScore' && isPending(context, event.evaluatorId),
    validReplacement: ({ context, event }) => event.type === 'replaceEvaluator' && isPending(context, event.out) && !context.evaluators.includes(event.in),
    allSubmitted: ({ context }) => context.evaluators.every((evaluator) => context.submitted.includes(evaluator)),
    withinThreshold: ({ context, event }) => event.type === 'finalize' && event.disagreement <= context.disagreementThreshold,
    scoringOverdue: ({ context, event }) => isActiveDeadline(context, event, 'scoring'),
  },
  actions: {
    armDeadline: assign(({ context }, params: { deadline: string }) => armDeadline(context, params.deadline)),
    disarmDeadline: assign(({ context }, params: { deadline: string }) => disarmDeadline(context, params.deadline)),
    requestDeadline: (_, _params: RequestDeadlineParams) => undefined,
    cancelDeadline: (_, _params: CancelDeadlineParams) => undefined,
    assignEvaluators: assign({ evaluators: ({ context, event }) => (event.type === 'assignEvaluators' ? [...new Set(event.evaluatorIds)] : context.evaluators) }),
    recordSubmission: assign({ submitted: ({ context, event }) => (event.type === 'submitScore' ? [...context.submitted, event.evaluatorId] : context.submitted) }),
    replaceEvaluator: assign(({ context, event }) =>
      event.type === 'replaceEvaluator'
        ? { evaluators: context.evaluators.map((evaluator) => (evaluator === event.out ? event.in : evaluator)), replacements: [...context.replacements, { out: event.out, in: event.in }] }
        : {},
    ),
    recordDisagreement: assign({ disagreement: ({ context, event }) => (event.type === 'finalize' ? event.disagreement : context.disagreement) }),
    recordConsensus: assign({ outcome: ({ context, event }) => (event.type === 'finalize' ? { passed: event.passed, via: 'consensus' as const } : context.outcome) }),
    recordPanelDecision: assign(({ event }) =>
      event.type === 'recordPanelDecision'
        ? { outcome: { passed: event.passed, via: 'panel' as const }, panel: { majorityView: event.majorityView, minorityView: event.minorityView } }
        : {},
    ),
  },
}).createMachine({
  id: 'assessment-lifecycle',
  initial: 'assigning',
  context: ({ input }) => ({
    assessmentId: input.assessmentId,
    purpose: input.purpose,
    subjectId: input.subjectId,
    requiredEvaluators: input.requiredEvaluators ?? ASSESSMENT_DEFAULTS.requiredEvaluators,
    disagreementThreshold: input.disagreementThreshold ?? ASSESSMENT_DEFAULTS.disagreementThreshold,
    ...NO_DEADLINES,
    evaluators: [],
    submitted: [],
    replacements: [],
    disagreement: null,
    panel: null,
    outcome: null,
  }),
  states: {
    assigning: {
      meta: label('分配评审专家', 'Assigning evaluators'),
      on: { assignEvaluators: { guard: 'enoughEvaluators', target: 'scoring', actions: 'assignEvaluators' } },
    },
    scoring: {
      meta: label('独立评分', 'Independent scoring'),
      initial: 'onTime',
      always: { guard: 'allSubmitted', target: 'consensus' },
      on: {
        submitScore: { guard: 'pendingEvaluator', actions: 'recordSubmission' },
        replaceEvaluator: { guard: 'validReplacement', target: '.onTime', reenter: true, actions: 'replaceEvaluator' },
      },
      states: {
        onTime: {
          meta: label('评分期内', 'Within the scoring period'),
          ...deadlineHooks<AssessmentLifecycleContext>('scoring', () => ({ workingDays: ASSESSMENT_DEADLINES.scoring.workingDays })),
          on: { 'deadline.reached': { guard: 'scoringOverdue', target: 'overdue' } },
        },
        overdue: { meta: label('评分逾期', 'Scoring overdue') },
      },
    },
    consensus: {
      meta: label('形成共识', 'Consensus'),
      on: {
        finalize: [
          { guard: 'withinThreshold', target: 'finalized', actions: ['recordDisagreement', 'recordConsensus'] },
          { target: 'panelReview', actions: 'recordDisagreement' },
        ],
      },
    },
    panelReview: {
      meta: label('专家组复议', 'Panel review'),
      on: { recordPanelDecision: { target: 'finalized', actions: 'recordPanelDecision' } },
    },
    finalized: { meta: label('评审完成', 'Finalized'), type: 'final' },
  },
});

function isPending(context: AssessmentLifecycleContext, evaluatorId: string): boolean {
  return context.evaluators.includes(evaluatorId) && !context.submitted.includes(evaluatorId);
}

/**
 * Version 2: the same states and events, but while scoring an evaluator who has already scored can be replaced too —
 * a conflict of interest that came to light after they scored voids their sheet (the evaluation service no longer
 * counts it) and the newcomer scores in their place. Version 1 replaced only evaluators still to score.
 */
export const assessmentLifecycleMachineV2 = assessmentLifecycleMachine.provide({
  guards: {
    validReplacement: ({ context, event }) => event.type === 'replaceEvaluator' && context.evaluators.includes(event.out) && !context.evaluators.includes(event.in),
  },
  actions: {
    replaceEvaluator: assign(({ context, event }) =>
      event.type === 'replaceEvaluator'
        ? {
            evaluators: context.evaluators.map((evaluator) => (evaluator === event.out ? event.in : evaluator)),
            submitted: context.submitted.filter((evaluator) => evaluator !== event.out),
            replacements: [...context.replacements, { out: event.out, in: event.in }],
          }
        : {},
    ),
  },
});

const ORGANISER: Permission = { roles: ['officer', 'coordinator'], scope: 'responsible-unit' };
const SYSTEM: Permission = { roles: ['system'], scope: 'any' };

/**
 * The unit organising the assessment (a responsible unit, or the coordinator, which runs the 评估机制) assigns
 * and replaces evaluators and records the panel's decision; automatic assignment from the pool, and the
 * replacement of an evaluator who declines, recuses or misses the scoring deadline, is `system`.
 * Only an assigned evaluator submits a score (the runner sets `evaluatorId` to the actor's id). The
 * evaluation service, which holds the blind scores, finalizes.
 */
export const ASSESSMENT_LIFECYCLE_V1 = {
  id: 'assessment-lifecycle',
  version: 1,
  machine: assessmentLifecycleMachine,
  deadlines: ASSESSMENT_DEADLINES,
  permissions: {
    assignEvaluators: { roles: ['officer', 'coordinator', 'system'], scope: 'responsible-unit' },
    submitScore: { roles: ['evaluator'], scope: 'assigned-evaluator' },
    replaceEvaluator: { roles: ['officer', 'coordinator', 'system'], scope: 'responsible-unit' },
    finalize: SYSTEM,
    recordPanelDecision: ORGANISER,
    'deadline.reached': SYSTEM,
  },
} satisfies LifecycleDefinition<typeof assessmentLifecycleMachine>;

/** The current version (see `assessmentLifecycleMachineV2`); version 1 stays for the history of instances that ran on it. */
export const ASSESSMENT_LIFECYCLE = { ...ASSESSMENT_LIFECYCLE_V1, version: 2, machine: assessmentLifecycleMachineV2 } satisfies LifecycleDefinition<typeof assessmentLifecycleMachineV2>;
