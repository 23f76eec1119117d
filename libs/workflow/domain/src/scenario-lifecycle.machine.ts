import { assign, setup } from 'xstate';
import { EMERGENCY_MANAGEMENT_UNIT } from './incident-review';
import { beyondThreshold, sandboxIndicator, type SandboxReading, type SandboxState, type SandboxTerms } from './sandbox-terms';
import { isAssessment, type ApplicationApprovedEvent, type AssessmentFinalizedEvent, type AssessmentLink, type MatchmakingAgreedEvent } from './gate-events';
import { armDeadline, deadlineHooks, disarmDeadline, isActiveDeadline, NO_DEADLINES, type CancelDeadlineParams, type DeadlineContext, type DeadlineReachedEvent, type LifecycleDefinition, type Permission, type RequestAssessmentParams, type RequestDeadlineParams } from '@scq/lifecycle-domain';

/**
 * The scenario lifecycle (DESIGN §2), cultivation to large-scale rollout:
 * proposed 征集 → cultivating 培育 → recognition 认定评估 → listed 入清单 → operating.open 开放 → operating.matched 对接
 * → operating.piloting 建设试点 (regular | sandbox 沙盒监管 | sandboxReview) → operating.effectiveness 成效评估
 * → operating.scaling 推广 → scaled 规模化应用.
 *
 * `operating` groups the stages in which a scenario is open to the market and a safety incident can occur:
 * an incident suspends it (新场景安全风险闭环管控: reported → rectifying → underReview) and an approved
 * rectification resumes the exact stage it left, through the deep history state `operating.resume`
 * (persisted in `StoredSnapshot.historyValue`). Termination opens a fault-tolerant exemption review (容错免责).
 *
 * Decisions where the plan leaves a choice:
 * - recognition waits for a passing assessment (`recognition.assessing`), then for the coordinator to publish a batch
 *   list with the scenario on it (`recognition.recognized` → `list`, sent by the platform when the registry publishes the
 *   list); a failing one sends it back to cultivation. A published correction that drops the scenario takes it back to
 *   `recognition.recognized` (`delist`, with the correction's reason): it stays recognised, awaiting a list.
 * - 开放 follows listing: the scenario opens (`open`) when the first opportunity (场景机会) of it is published, and is
 *   matched (对接) by an approved application or by a matchmaking event that records an agreement.
 * - a failing effectiveness assessment sends the scenario back to piloting to improve and be assessed again;
 *   ending it instead is an explicit `terminate`, which goes through the exemption review.
 * - effectiveness is assessed on the regular pilot: a sandboxed pilot first leaves the sandbox.
 * The sandbox expiry is a date set by the regulator (`expiresOn`), not a working-day period. Its indicators carry
 *   thresholds (sandbox-terms.ts); the responsible units report readings, and one beyond its threshold opens the
 *   same re-review (`sandboxReview`) as the expiry. That the expiry lies in the future is checked where a clock
 *   exists (the workflow commands): the machine is pure.
 * States that wait for an assessment ask for one on entry (`requestAssessment`), so resuming into
 * `effectiveness` after an incident asks for a fresh one: the rectified pilot is what gets assessed.
 */
export type IncidentSeverity = 'general' | 'serious' | 'major' | 'critical';

export interface ScenarioLifecycleContext extends DeadlineContext {
  scenarioId: string;
  /** The latest assessment per gate. */
  assessments: { recognition?: AssessmentLink; effectiveness?: AssessmentLink };
  batchId: string | null;
  applicationId: string | null;
  sandbox: SandboxState | null;
  incident: { description: string; severity: IncidentSeverity } | null;
  rejectionReason: string | null;
  terminationReason: string | null;
  exemption: { granted: boolean; reason: string } | null;
}

export type ScenarioLifecycleEvent =
  | { type: 'startCultivation' }
  | { type: 'withdraw' }
  | { type: 'requestRecognition' }
  | { type: 'reject'; reason: string }
  | { type: 'list'; batchId: string }
  | { type: 'delist'; batchId: string; reason: string }
  | { type: 'open'; opportunityId: string }
  | MatchmakingAgreedEvent
  | { type: 'startPilot' }
  | ({ type: 'enterSandbox' } & SandboxTerms)
  | ({ type: 'renewSandbox' } & SandboxTerms)
  | { type: 'exitSandbox' }
  | ({ type: 'reportSandboxIndicator' } & Omit<SandboxReading, 'note'> & { note?: string | null })
  | { type: 'completePilot' }
  | { type: 'confirmScaled' }
  | { type: 'reportIncident'; description: string; severity: IncidentSeverity }
  | { type: 'startRectification' }
  | { type: 'submitRectification' }
  | { type: 'approveResumption' }
  | { type: 'rejectRectification' }
  | { type: 'terminate'; reason: string }
  | { type: 'grantExemption'; reason: string }
  | { type: 'denyExemption'; reason: string }
  | AssessmentFinalizedEvent
  | ApplicationApprovedEvent
  | DeadlineReachedEvent;

const label = (zh: string, en: string) => ({ label: { zh, en } });

const WITHDRAW = { withdraw: '#scenario-lifecycle.withdrawn' } as const;
const REJECT = { reject: { target: '#scenario-lifecycle.rejected', actions: 'recordRejection' } } as const;

export const scenarioLifecycleMachine = setup({
  types: {
    context: {} as ScenarioLifecycleContext,
    events: {} as ScenarioLifecycleEvent,
    input: {} as { scenarioId: string },
  },
  guards: {
    sandboxExpired: ({ context, event }) => isActiveDeadline(context, event, 'sandboxExpiry'),
    knownIndicator: ({ context, event }) => event.type === 'reportSandboxIndicator' && sandboxIndicator(context.sandbox, event.indicatorKey) !== undefined,
    readingBeyondThreshold: ({ context, event }) => {
      const indicator = event.type === 'reportSandboxIndicator' ? sandboxIndicator(context.sandbox, event.indicatorKey) : undefined;
      return indicator !== undefined && beyondThreshold(indicator, (event as { value: number }).value);
    },
    recognitionPassed: ({ event }) => isAssessment(event, 'recognition', true),
    recognitionFailed: ({ event }) => isAssessment(event, 'recognition', false),
    effectivenessPassed: ({ event }) => isAssessment(event, 'effectiveness', true),
    effectivenessFailed: ({ event }) => isAssessment(event, 'effectiveness', false),
  },
  actions: {
    armDeadline: assign(({ context }, params: { deadline: string }) => armDeadline(context, params.deadline)),
    disarmDeadline: assign(({ context }, params: { deadline: string }) => disarmDeadline(context, params.deadline)),
    requestDeadline: (_, _params: RequestDeadlineParams) => undefined,
    cancelDeadline: (_, _params: CancelDeadlineParams) => undefined,
    requestAssessment: (_, _params: RequestAssessmentParams) => undefined,
    recordAssessment: assign({
      assessments: ({ context, event }) =>
        event.type === 'assessment.finalized' && event.purpose !== 'application-review'
          ? { ...context.assessments, [event.purpose]: { assessmentId: event.assessmentId, passed: event.passed } }
          : context.assessments,
    }),
    recordBatch: assign({ batchId: ({ context, event }) => (event.type === 'list' ? event.batchId : context.batchId) }),
    clearBatch: assign({ batchId: null }),
    recordApplication: assign({ applicationId: ({ context, event }) => (event.type === 'application.approved' ? event.applicationId : context.applicationId) }),
    setSandbox: assign({
      sandbox: ({ context, event }) =>
        event.type === 'enterSandbox' || event.type === 'renewSandbox' ? { conditions: event.conditions, indicators: event.indicators, expiresOn: event.expiresOn, readings: {} } : context.sandbox,
    }),
    recordReading: assign({
      sandbox: ({ context, event }) => {
        if (event.type !== 'reportSandboxIndicator' || !context.sandbox) return context.sandbox;
        const reading: SandboxReading = { indicatorKey: event.indicatorKey, value: event.value, observedOn: event.observedOn, note: event.note ?? null };
        return { ...context.sandbox, readings: { ...context.sandbox.readings, [event.indicatorKey]: reading } };
      },
    }),
    clearSandbox: assign({ sandbox: null }),
    recordIncident: assign({
      incident: ({ context, event }) => (event.type === 'reportIncident' ? { description: event.description, severity: event.severity } : context.incident),
    }),
    recordRejection: assign({ rejectionReason: ({ context, event }) => (event.type === 'reject' ? event.reason : context.rejectionReason) }),
    recordTermination: assign({ terminationReason: ({ context, event }) => (event.type === 'terminate' ? event.reason : context.terminationReason) }),
    recordExemption: assign({
      exemption: ({ context, event }) =>
        event.type === 'grantExemption' || event.type === 'denyExemption' ? { granted: event.type === 'grantExemption', reason: event.reason } : context.exemption,
    }),
  },
}).createMachine({
  id: 'scenario-lifecycle',
  initial: 'proposed',
  context: ({ input }) => ({
    scenarioId: input.scenarioId,
    ...NO_DEADLINES,
    assessments: {},
    batchId: null,
    applicationId: null,
    sandbox: null,
    incident: null,
    rejectionReason: null,
    terminationReason: null,
    exemption: null,
  }),
  states: {
    proposed: { meta: label('征集', 'Proposed'), on: { startCultivation: 'cultivating', ...WITHDRAW } },
    cultivating: { meta: label('培育', 'Cultivating'), on: { requestRecognition: 'recognition', ...REJECT, ...WITHDRAW } },
    recognition: {
      meta: label('认定评估', 'Recognition'),
      initial: 'assessing',
      on: { ...REJECT, ...WITHDRAW },
      states: {
        assessing: {
          meta: label('认定评估中', 'Being assessed'),
          entry: { type: 'requestAssessment', params: { purpose: 'recognition' } },
          on: {
            'assessment.finalized': [
              { guard: 'recognitionPassed', target: 'recognized', actions: 'recordAssessment' },
              { guard: 'recognitionFailed', target: '#scenario-lifecycle.cultivating', actions: 'recordAssessment' },
            ],
          },
        },
        recognized: { meta: label('认定通过，待入清单', 'Recognised, awaiting listing'), on: { list: { target: '#scenario-lifecycle.listed', actions: 'recordBatch' } } },
      },
    },
    listed: {
      meta: label('入清单', 'Listed'),
      on: { open: 'operating', delist: { target: '#scenario-lifecycle.recognition.recognized', actions: 'clearBatch' } },
    },
    operating: {
      meta: label('开放运行', 'In operation'),
      initial: 'open',
      on: {
        reportIncident: { target: 'suspended', actions: 'recordIncident' },
        terminate: { target: 'terminated', actions: 'recordTermination' },
      },
      states: {
        resume: { type: 'history', history: 'deep' },
        open: { meta: label('开放', 'Open'), on: { 'application.approved': { target: 'matched', actions: 'recordApplication' }, 'matchmaking.agreed': 'matched' } },
        matched: { meta: label('对接', 'Matched'), on: { startPilot: 'piloting' } },
        piloting: {
          meta: label('建设试点', 'Piloting'),
          initial: 'regular',
          states: {
            regular: {
              meta: label('常规试点', 'Regular pilot'),
              on: { enterSandbox: { target: 'sandbox', actions: 'setSandbox' }, completePilot: '#scenario-lifecycle.operating.effectiveness' },
            },
            sandbox: {
              meta: label('沙盒监管', 'Sandbox regulation'),
              ...deadlineHooks<ScenarioLifecycleContext>('sandboxExpiry', (context) => ({ dueOn: sandboxExpiry(context) })),
              on: {
                'deadline.reached': { guard: 'sandboxExpired', target: 'sandboxReview' },
                // A reading beyond its threshold opens the same re-review as the expiry; an unknown key is not accepted.
                reportSandboxIndicator: [
                  { guard: 'readingBeyondThreshold', target: 'sandboxReview', actions: 'recordReading' },
                  { guard: 'knownIndicator', actions: 'recordReading' },
                ],
                exitSandbox: { target: 'regular', actions: 'clearSandbox' },
              },
            },
            sandboxReview: {
              meta: label('沙盒复审（到期或指标越限）', 'Sandbox re-review (expired or an indicator beyond its threshold)'),
              on: { renewSandbox: { target: 'sandbox', actions: 'setSandbox' }, exitSandbox: { target: 'regular', actions: 'clearSandbox' } },
            },
          },
        },
        effectiveness: {
          meta: label('成效评估', 'Effectiveness assessment'),
          entry: { type: 'requestAssessment', params: { purpose: 'effectiveness' } },
          on: {
            'assessment.finalized': [
              { guard: 'effectivenessPassed', target: 'scaling', actions: 'recordAssessment' },
              { guard: 'effectivenessFailed', target: 'piloting', actions: 'recordAssessment' },
            ],
          },
        },
        scaling: { meta: label('推广', 'Scaling'), on: { confirmScaled: '#scenario-lifecycle.scaled' } },
      },
    },
    suspended: {
      meta: label('暂停（安全风险闭环管控）', 'Suspended (safety-risk loop)'),
      initial: 'reported',
      on: { terminate: { target: 'terminated', actions: 'recordTermination' } },
      states: {
        reported: { meta: label('已报告', 'Incident reported'), on: { startRectification: 'rectifying' } },
        rectifying: { meta: label('整改中', 'Rectifying'), on: { submitRectification: 'underReview' } },
        underReview: {
          meta: label('整改复核', 'Rectification under review'),
          on: { approveResumption: '#scenario-lifecycle.operating.resume', rejectRectification: 'rectifying' },
        },
      },
    },
    terminated: {
      meta: label('终止', 'Terminated'),
      initial: 'exemptionReview',
      states: {
        exemptionReview: {
          meta: label('容错免责审查', 'Exemption review'),
          on: { grantExemption: { target: 'exempted', actions: 'recordExemption' }, denyExemption: { target: 'notExempted', actions: 'recordExemption' } },
        },
        exempted: { meta: label('予以免责', 'Exempted'), type: 'final' },
        notExempted: { meta: label('不予免责', 'Not exempted'), type: 'final' },
      },
    },
    scaled: { meta: label('规模化应用', 'Scaled'), type: 'final' },
    rejected: { meta: label('未通过', 'Rejected'), type: 'final' },
    withdrawn: { meta: label('已撤回', 'Withdrawn'), type: 'final' },
  },
});

function sandboxExpiry(context: ScenarioLifecycleContext): string {
  // `setSandbox` runs before the sandbox is entered, and history re-enters it only with its terms kept.
  if (!context.sandbox) throw new Error('The sandbox has no terms');
  return context.sandbox.expiresOn;
}

const RESPONSIBLE: Permission = { roles: ['officer', 'coordinator'], scope: 'responsible-unit' };
const SYSTEM: Permission = { roles: ['system'], scope: 'any' };

/**
 * Who may send what (from the plan, seed 000):
 * - each domain names its 责任单位: their officers advance cultivation, recognition, piloting, the sandbox
 *   (the 沙盒监管 regulator is the domain's unit) and rollout; the coordinator may act for any unit;
 * - 市发展改革委 (coordinator) "分批次发布应用场景项目清单" and "统筹推进场景培育和开放": it publishes the batch lists
 *   (in the registry) and, responsible for 健全管理制度 (尽职免责 / 容错免责), decides exemptions; listing, opening and
 *   matching follow from what is published (a batch list, an opportunity, a matchmaking agreement), so the
 *   platform sends them, never a person;
 * - the owning unit (the department, district or SOE that proposed the scenario) withdraws before listing and
 *   rectifies after an incident;
 * - 新场景安全风险闭环管控 lists 市应急管理局 among its units, which is not necessarily a responsible unit of the
 *   domain: any officer (owner, responsible unit, emergency management) may report an incident; the
 *   responsible units review the rectification and may send it back, but only the coordinator or 市应急管理局
 *   approves the resumption, and never the unit that reported or rectified the incident (separation of duties,
 *   read from the history by `resumptionRefusal` when the event is sent);
 * - assessments, approved applications, timers and what the registry published come from automation.
 */
export const SCENARIO_LIFECYCLE = {
  id: 'scenario-lifecycle',
  version: 1,
  machine: scenarioLifecycleMachine,
  deadlines: {
    sandboxExpiry: { workingDays: null, description: { zh: '沙盒监管到期，须复审续期或退出沙盒', en: 'The sandbox expires: renew it or leave it after a re-review' } },
  },
  permissions: {
    startCultivation: RESPONSIBLE,
    withdraw: { roles: ['officer'], scope: 'owner' },
    requestRecognition: RESPONSIBLE,
    reject: RESPONSIBLE,
    'assessment.finalized': SYSTEM,
    list: SYSTEM,
    delist: SYSTEM,
    open: SYSTEM,
    'application.approved': SYSTEM,
    'matchmaking.agreed': SYSTEM,
    startPilot: RESPONSIBLE,
    enterSandbox: RESPONSIBLE,
    renewSandbox: RESPONSIBLE,
    exitSandbox: RESPONSIBLE,
    reportSandboxIndicator: RESPONSIBLE,
    'deadline.reached': SYSTEM,
    completePilot: RESPONSIBLE,
    confirmScaled: RESPONSIBLE,
    reportIncident: { roles: ['officer', 'coordinator'], scope: 'any' },
    startRectification: { roles: ['officer'], scope: 'owner' },
    submitRectification: { roles: ['officer'], scope: 'owner' },
    approveResumption: { roles: ['officer', 'coordinator'], scope: 'named-units', units: [EMERGENCY_MANAGEMENT_UNIT] },
    rejectRectification: RESPONSIBLE,
    terminate: RESPONSIBLE,
    grantExemption: { roles: ['coordinator'], scope: 'any' },
    denyExemption: { roles: ['coordinator'], scope: 'any' },
  },
} satisfies LifecycleDefinition<typeof scenarioLifecycleMachine>;
