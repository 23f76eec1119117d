import { z } from 'zod';
import { auditReportAnswerSchema, historyEntryAnswerSchema, type LifecycleInstance } from '@scq/platform-lifecycle';
import type { WorkflowSubject } from '@scq/workflow-application';
import { WORKFLOW_MACHINES } from './workflow.http.schemas';
import type { instanceView } from './workflow.queries';

/**
 * What the workflow routes answer, as the server writes it (dates as ISO strings). The instances, their
 * history and the statecharts come from @scq/platform-lifecycle; the subjects and machine contexts from
 * @scq/workflow-application and @scq/workflow-domain.
 */

const timestamp = z.iso.datetime({ offset: true });
const machineId = z.enum(WORKFLOW_MACHINES).describe('The lifecycle machine');
const eventTypes = z.array(z.string());

// ── Subjects: what authorisation and listing know about the scenario or application ─────────────────────────

const authorizationSubject = {
  responsibleUnits: z.array(z.string()).describe('责任单位 The units responsible for the domain (Chinese names)'),
  ownerUnit: z.string().nullable().describe('The unit that proposed the scenario'),
  applicantId: z.string().nullable().describe('The applicant’s user id (applications; null for scenarios)'),
  assignedEvaluators: z.array(z.string()),
  domainCode: z.string(),
  district: z.string().nullable().describe('区县 The district, when the scenario is local'),
  title: z.object({ zh: z.string(), en: z.string().optional() }).optional().describe('The scenario’s title as registered (absent on lifecycles started before titles were kept)'),
};

export const WorkflowScenarioSubjectSchema = z
  .object({ kind: z.literal('scenario'), scenarioId: z.uuid(), taxonomyVersion: z.string(), ...authorizationSubject })
  .meta({ id: 'WorkflowScenarioSubject', description: 'The scenario a scenario lifecycle is about' });

export const WorkflowApplicationSubjectSchema = z
  .object({
    kind: z.literal('application'),
    applicationId: z.uuid(),
    scenarioId: z.uuid(),
    ...authorizationSubject,
    parties: z
      .array(z.object({ organisation: z.string(), role: z.enum(['applicant', 'member']) }))
      .optional()
      .describe('The organisations the application is from (the applicant’s; with a consortium, every other member as `member`); absent on applications opened before they were recorded'),
    consortiumId: z.uuid().optional().describe('The consortium the application is made by'),
    consortium: z
      .object({
        consortiumId: z.uuid(),
        name: z.object({ zh: z.string(), en: z.string().optional() }),
        members: z.array(z.object({ organisation: z.string(), kind: z.string(), role: z.enum(['lead', 'member']), contribution: z.string() })),
      })
      .optional()
      .describe('场景创新联合体 The consortium with its members and their roles, as when the application was opened'),
  })
  .meta({ id: 'WorkflowApplicationSubject', description: 'The application (申报/揭榜) an application lifecycle is about' });

export const WorkflowSubjectSchema = z.discriminatedUnion('kind', [WorkflowScenarioSubjectSchema, WorkflowApplicationSubjectSchema]).meta({ id: 'WorkflowSubject' });

// ── Machine state as stored ──────────────────────────────────────────────────────────────────────────────

type StateValue = string | { [state: string]: StateValue };
export const WorkflowStateValueSchema: z.ZodType<StateValue> = z
  .union([z.string(), z.record(z.string(), z.lazy(() => WorkflowStateValueSchema))])
  .meta({ id: 'WorkflowStateValue', description: 'XState state value: `proposed`, or `{ "operating": { "piloting": "regular" } }` for a nested state' });

const deadlineContext = {
  deadlines: z.record(z.string(), z.string()).describe('The armed deadlines: name → id (`revision` → `revision-3`)'),
  deadlineSeq: z.number().int().describe('How many deadlines were armed so far'),
};
const assessmentLink = z.object({ assessmentId: z.string(), passed: z.boolean() });
const sandboxIndicator = z.object({
  key: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  unit: z.string(),
  threshold: z.object({ max: z.number().optional(), min: z.number().optional() }).describe('A value above `max` or below `min` opens the sandbox re-review'),
});
const sandboxReading = z.object({ indicatorKey: z.string(), value: z.number(), observedOn: z.iso.date(), note: z.string().nullable() });
const sandboxTerms = z.object({
  conditions: z.array(z.string()),
  indicators: z.array(z.union([sandboxIndicator, z.string().describe('A sandbox entered before indicators had thresholds: the name, also its key; no threshold')])),
  expiresOn: z.iso.date(),
  readings: z.record(z.string(), sandboxReading).optional().describe('The latest reading per indicator key'),
});

export const WorkflowScenarioContextSchema = z
  .object({
    scenarioId: z.uuid(),
    ...deadlineContext,
    assessments: z.object({ recognition: assessmentLink.optional(), effectiveness: assessmentLink.optional() }).describe('The latest assessment per gate'),
    batchId: z.string().nullable(),
    applicationId: z.uuid().nullable().describe('The approved application the scenario is matched with'),
    sandbox: sandboxTerms.nullable(),
    incident: z.object({ description: z.string(), severity: z.enum(['general', 'serious', 'major', 'critical']) }).nullable(),
    rejectionReason: z.string().nullable(),
    terminationReason: z.string().nullable(),
    exemption: z.object({ granted: z.boolean(), reason: z.string() }).nullable(),
  })
  .meta({ id: 'WorkflowScenarioContext', description: 'The context of a scenario lifecycle' });

export const WorkflowApplicationContextSchema = z
  .object({
    applicationId: z.uuid(),
    scenarioId: z.uuid(),
    ...deadlineContext,
    revisionReason: z.string().nullable(),
    assessmentId: z.string().nullable().describe('The expert assessment the latest review decision rests on'),
    objections: z.array(z.string()),
    rejectionReason: z.string().nullable(),
    withdrawnBy: z.enum(['applicant', 'revision-expired']).nullable(),
  })
  .meta({ id: 'WorkflowApplicationContext', description: 'The context of an application lifecycle' });

export const WorkflowSnapshotSchema = z
  .object({
    value: WorkflowStateValueSchema,
    context: z.union([WorkflowScenarioContextSchema, WorkflowApplicationContextSchema]),
    historyValue: z.record(z.string(), z.array(z.object({ id: z.string() }))).optional().describe('The states remembered by history nodes, once such a state was left'),
  })
  .meta({ id: 'WorkflowSnapshot', description: 'The machine’s state as stored' });

// ── Instances ────────────────────────────────────────────────────────────────────────────────────────────

const storedInstance = {
  id: z.uuid(),
  machineId,
  machineVersion: z.number().int(),
  subjectId: z.uuid().describe('The scenario or application id'),
  subject: WorkflowSubjectSchema,
  stage: z.string().describe('`proposed`, or `operating.piloting.sandbox` for a nested state'),
  snapshot: WorkflowSnapshotSchema,
  version: z.number().int().describe('Optimistic-concurrency version (`expectedVersion`)'),
  historyLength: z.number().int(),
  historyHead: z.string().describe('The hash of the last history row'),
  createdAt: timestamp,
  updatedAt: timestamp,
};

export const WorkflowInstanceSchema = z
  .object({ ...storedInstance, allowedEvents: eventTypes.describe('The events this caller may send now (empty without a caller)') })
  .meta({ id: 'WorkflowInstance', description: 'A lifecycle instance as listed' });

export const WorkflowInstancePageSchema = z
  .object({ items: z.array(WorkflowInstanceSchema), nextCursor: z.string().nullable().describe('`after` for the next page; null on the last') })
  .meta({ id: 'WorkflowInstancePage', description: 'A page of lifecycle instances, in creation order' });

export const WorkflowHistoryEntrySchema = historyEntryAnswerSchema()
  .meta({ id: 'WorkflowHistoryEntry', description: 'One row of an instance’s append-only, hash-chained history' });

export const WorkflowInstanceViewSchema = z
  .object({
    ...storedInstance,
    acceptedEvents: eventTypes.describe('The events the current stage accepts, before authorisation'),
    allowedEvents: eventTypes.describe('The events this caller may send now (empty without a caller)'),
    history: z.array(WorkflowHistoryEntrySchema),
  })
  .meta({ id: 'WorkflowInstanceView', description: 'An instance: stage, history and the events the caller may send' });

// ── Audit, machines, statecharts ─────────────────────────────────────────────────────────────────────────

export const WorkflowAuditReportSchema = auditReportAnswerSchema().meta({
  id: 'WorkflowAuditReport',
  description: 'The verification of an instance’s history: keyed links, anchored heads, authorisation of each event, replay',
});

export const WorkflowMachineSchema = z
  .object({ id: machineId, version: z.number().int().describe('The current version'), statechart: z.string().describe('The path of its statechart') })
  .meta({ id: 'WorkflowMachine' });

export const WorkflowMachineListSchema = z.array(WorkflowMachineSchema).meta({ id: 'WorkflowMachineList', description: 'The lifecycle machines and their current versions' });

export const WorkflowStatechartNodeSchema = z.object({
  path: z.string().describe('Dotted path from the root (`piloting.sandbox`; empty for the root)'),
  key: z.string(),
  type: z.enum(['atomic', 'compound', 'parallel', 'final', 'history']),
  label: z.object({ zh: z.string().optional(), en: z.string().optional() }).nullable(),
  initial: z.string().nullable().describe('The path of the initial child state'),
  current: z.boolean().describe('On the marked stage'),
  transitions: z.array(z.object({ event: z.string().describe('The event, or `(always)`'), targets: z.array(z.string()), guarded: z.boolean() })),
  get children(): z.ZodArray<typeof WorkflowStatechartNodeSchema> {
    return z.array(WorkflowStatechartNodeSchema);
  },
});
z.globalRegistry.add(WorkflowStatechartNodeSchema, { id: 'WorkflowStatechartNode', description: 'A state and its transitions and children' });

export const WorkflowStatechartSchema = z
  .object({ machineId: z.string(), version: z.number().int(), current: z.string().nullable().describe('The marked stage'), root: WorkflowStatechartNodeSchema })
  .meta({ id: 'WorkflowStatechart', description: 'A machine’s statechart, generated from its definition' });


// ── What tsc checks ─────────────────────────────────────────────────────────────────────────────────────
// The instances the routes build, as sent, are what the schemas say; left out are the fields the stored types
// type more loosely than the answers (`machineId` is a string there, the snapshot's context a record).

/** What JSON.stringify makes of a value: dates become ISO strings. */
type Sent<T> = T extends Date ? string : T extends ReadonlyArray<infer U> ? Array<Sent<U>> : T extends object ? { [K in keyof T]: Sent<T[K]> } : T;
type Agrees<Built extends Documented, Documented> = [Built, Documented];
type Loose<T> = Omit<T, 'machineId' | 'snapshot'>;
export type _WorkflowInstancesAgree = [
  Agrees<Loose<Sent<LifecycleInstance<WorkflowSubject> & { allowedEvents: string[] }>>, Loose<z.output<typeof WorkflowInstanceSchema>>>,
  Agrees<Loose<Sent<Awaited<ReturnType<typeof instanceView>>>>, Loose<z.output<typeof WorkflowInstanceViewSchema>>>,
];
