import { z } from 'zod';
import { historyEntryAnswerSchema } from '@scq/platform-lifecycle';

/**
 * What the evaluation routes answer, as the API document (and the console's generated client) shows it: each schema
 * describes the body a route sends today (the application's queries and handlers build it), dates as ISO 8601
 * strings. With `SCQ_CHECK_RESPONSES=true` every 2xx answer is parsed with its schema and may carry no other field.
 */

const PURPOSES = ['recognition', 'effectiveness', 'application-review'] as const;
const purpose = z.enum(PURPOSES);
const timestamp = z.iso.datetime({ offset: true });
const uuid = z.guid();
const page = <T extends z.ZodType>(item: T) => ({ items: z.array(item), nextCursor: z.string().nullable().describe('下一页游标（最后一页为 null） The `after` of the next page; null on the last page') });

export const EvaluationBilingualSchema = z.object({ zh: z.string(), en: z.string() }).meta({ id: 'EvaluationBilingual', description: 'A text in Chinese and English' });

// ── Rubrics ────────────────────────────────────────────────────────────────────────────────────────────────────

export const RubricScoredCriterionSchema = z
  .object({
    id: z.string(),
    kind: z.literal('scored'),
    label: EvaluationBilingualSchema,
    guidance: EvaluationBilingualSchema,
    weight: z.number(),
    scale: z.object({ min: z.number(), max: z.number(), step: z.number() }),
    threshold: z.number().nullable().describe('The aggregated score must be at least this (null: no per-criterion threshold)'),
  })
  .meta({ id: 'RubricScoredCriterion', description: 'A criterion scored on a scale, counted in the total with its weight' });

export const RubricPassFailCriterionSchema = z
  .object({ id: z.string(), kind: z.literal('pass-fail'), label: EvaluationBilingualSchema, guidance: EvaluationBilingualSchema })
  .meta({ id: 'RubricPassFailCriterion', description: 'A criterion that is met or not; a fail fails the rubric' });

export const RubricCriterionSchema = z.discriminatedUnion('kind', [RubricScoredCriterionSchema, RubricPassFailCriterionSchema]).meta({ id: 'RubricCriterion' });

const rubricShape = {
  id: z.string(),
  version: z.number().int(),
  title: EvaluationBilingualSchema,
  basis: EvaluationBilingualSchema,
  publishedOn: z.iso.date(),
  criteria: z.array(RubricCriterionSchema),
  totalThreshold: z.number().nullable().describe('The weighted total must be at least this (null: no total threshold)'),
};

/** One version of a rubric, as an assessment pins it. */
export const RubricSchema = z.object(rubricShape).meta({ id: 'Rubric', description: 'One version of a rubric' });

export const RubricRefSchema = z.object({ id: z.string(), version: z.number().int() }).meta({ id: 'RubricRef', description: 'A rubric version an assessment pinned' });

/** `GET /api/evaluation/rubrics/:rubricId` and each item of the list: a version with every published version number. */
export const RubricWithVersionsSchema = z
  .object({ ...rubricShape, versions: z.array(z.number().int()).describe('Every published version, oldest first') })
  .meta({ id: 'RubricWithVersions', description: 'A version of a rubric and the numbers of all its published versions' });

export const RubricListSchema = z
  .object({
    items: z.array(RubricWithVersionsSchema).describe('The current version of every rubric'),
    purposes: z.object({ recognition: z.array(z.string()), effectiveness: z.array(z.string()), 'application-review': z.array(z.string()) }).describe('The rubric ids that decide each purpose'),
  })
  .meta({ id: 'RubricList' });

// ── The evaluator pool ─────────────────────────────────────────────────────────────────────────────────────────

export const EvaluationOrganisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    accounts: z.array(z.string()).describe('User ids that act for the organisation'),
    updatedAt: timestamp,
  })
  .meta({ id: 'EvaluationOrganisation', description: 'An organisation of the evaluator pool' });

export const EvaluationOrganisationPageSchema = z.object(page(EvaluationOrganisationSchema)).meta({ id: 'EvaluationOrganisationPage' });

const evaluatorShape = {
  id: z.string().describe('The evaluator’s user id'),
  name: z.string(),
  organisationId: z.string(),
  expertise: z.array(z.string()).describe('Domain codes'),
  available: z.boolean(),
  capacity: z.number().int(),
  active: z.boolean().describe('False once retired'),
  createdAt: timestamp,
  updatedAt: timestamp,
};
const load = z.number().int().describe('Open assignments now');

/** What adding or changing an evaluator answers. */
export const EvaluatorSchema = z.object(evaluatorShape).meta({ id: 'Evaluator', description: 'An evaluator of the pool' });

export const EvaluatorWithLoadSchema = z.object({ ...evaluatorShape, load }).meta({ id: 'EvaluatorWithLoad', description: 'An evaluator and their open assignments' });

export const EvaluatorPageSchema = z.object(page(EvaluatorWithLoadSchema)).meta({ id: 'EvaluatorPage' });

export const EvaluatorConflictSchema = z
  .object({
    id: uuid,
    evaluatorId: z.string(),
    kind: z.enum(['declared', 'collaboration']),
    party: z.string(),
    reason: z.string(),
    endedOn: z.iso.date().nullable().describe('Collaboration only: when it ended (null: ongoing)'),
    declaredBy: z.string(),
    declaredAt: timestamp,
  })
  .meta({ id: 'EvaluatorConflict', description: 'A declared conflict of interest' });

export const EvaluatorConflictPageSchema = z.object(page(EvaluatorConflictSchema)).meta({ id: 'EvaluatorConflictPage' });

export const EvaluatorDetailSchema = z
  .object({ ...evaluatorShape, load, conflicts: z.array(EvaluatorConflictSchema) })
  .meta({ id: 'EvaluatorDetail', description: 'An evaluator with their open assignments and declared conflicts' });

// ── Assessments ────────────────────────────────────────────────────────────────────────────────────────────────

export const AssessmentMarkSchema = z
  .object({ rubricId: z.string(), criterionId: z.string(), value: z.union([z.number(), z.boolean()]).describe('A number on a scored criterion, true/false on a pass/fail one'), comment: z.string() })
  .meta({ id: 'AssessmentMark' });

export const AssessmentAssignmentSchema = z
  .object({
    assessmentId: uuid,
    evaluatorId: z.string(),
    evaluatorName: z.string().nullable().optional().describe('Organiser view: the evaluator’s name as the pool has it (null for one no longer in it)'),
    status: z.enum(['assigned', 'submitted', 'declined', 'recused', 'missed-deadline', 'withdrawn', 'conflict']).describe('`conflict`: taken off for a conflict of interest found after assignment; a sheet they submitted does not count'),
    assignedAt: timestamp,
    endedAt: timestamp.nullable(),
    endReason: z.string().nullable(),
    replacedBy: z.string().nullable(),
  })
  .meta({ id: 'AssessmentAssignment', description: 'An evaluator’s place on an assessment’s panel' });

export const AssessmentScoreSheetSchema = z
  .object({ assessmentId: uuid, evaluatorId: z.string(), marks: z.array(AssessmentMarkSchema), submittedAt: timestamp })
  .meta({ id: 'AssessmentScoreSheet', description: 'An evaluator’s sealed marks' });

export const AssessmentDetectedConflictSchema = z
  .object({ kind: z.enum(['self', 'same-organisation', 'parent-organisation', 'child-organisation', 'declared', 'recent-collaboration']), party: z.string(), detail: z.string() })
  .meta({ id: 'AssessmentDetectedConflict', description: 'A conflict of interest found between an evaluator and the parties' });

export const AssessmentExcludedEvaluatorSchema = z
  .object({ evaluatorId: z.string(), conflicts: z.array(AssessmentDetectedConflictSchema) })
  .meta({ id: 'AssessmentExcludedEvaluator', description: 'An evaluator left out for a conflict of interest at the last assignment' });

export const AssessmentCriterionOutcomeSchema = z
  .object({
    rubricId: z.string(),
    criterionId: z.string(),
    label: EvaluationBilingualSchema,
    kind: z.enum(['scored', 'pass-fail']),
    value: z.number().nullable().describe('Scored: the aggregated score; pass/fail: null'),
    weight: z.number().nullable(),
    max: z.number().nullable(),
    threshold: z.number().nullable(),
    method: z.enum(['mean', 'trimmed-mean', 'majority']),
    votes: z.object({ for: z.number().int(), against: z.number().int() }).nullable().describe('Pass/fail: how the evaluators voted'),
    met: z.boolean(),
  })
  .meta({ id: 'AssessmentCriterionOutcome' });

export const AssessmentRubricOutcomeSchema = z
  .object({
    rubricId: z.string(),
    version: z.number().int(),
    title: EvaluationBilingualSchema,
    criteria: z.array(AssessmentCriterionOutcomeSchema),
    total: z.number(),
    maxTotal: z.number(),
    totalThreshold: z.number().nullable(),
    totalMet: z.boolean(),
    passed: z.boolean(),
    disagreement: z.number().describe('Spread of the evaluators’ totals on this rubric, 0–1'),
  })
  .meta({ id: 'AssessmentRubricOutcome' });

export const AssessmentEvaluatorTotalSchema = z
  .object({
    evaluatorId: z.string().describe('The evaluator’s id for the organisers; `own` or `evaluator-A`, `evaluator-B` … for an evaluator'),
    rubricId: z.string(),
    total: z.number(),
    normalised: z.number().describe('The total on the rubric’s range, 0–1'),
  })
  .meta({ id: 'AssessmentEvaluatorTotal' });

export const AssessmentConsensusResultSchema = z
  .object({
    passed: z.boolean(),
    evaluators: z.number().int(),
    rubrics: z.array(AssessmentRubricOutcomeSchema),
    disagreement: z.number().describe('The largest disagreement over the rubrics'),
    evaluatorTotals: z.array(AssessmentEvaluatorTotalSchema),
  })
  .meta({ id: 'AssessmentConsensusResult', description: 'The consensus computed from the score sheets' });

export const AssessmentOutcomeSchema = z
  .object({
    passed: z.boolean().nullable(),
    explanation: z.string().nullable(),
    panel: z.object({ majorityView: z.string(), minorityView: z.string() }).nullable().describe('The panel’s views when a panel decided'),
  })
  .meta({ id: 'AssessmentOutcome', description: 'The decision, once finalized' });

export const AssessmentHistoryEntrySchema = historyEntryAnswerSchema()
  .meta({ id: 'AssessmentHistoryEntry', description: 'A row of the assessment’s hash-chained lifecycle history' });

const summaryShape = {
  id: uuid,
  instanceId: uuid.describe('The lifecycle instance'),
  subject: z.object({ kind: z.enum(['scenario', 'application']), id: uuid }),
  purpose,
  domainCode: z.string().nullable(),
  stage: z.string().describe('The lifecycle stage, e.g. `scoring.onTime`'),
  version: z.number().int(),
  rubricRefs: z.array(RubricRefSchema),
  requiredEvaluators: z.number().int(),
  organisingUnits: z.array(z.string()),
  waitingReason: z.string().nullable(),
  supersededBy: uuid.nullable(),
  cancelledAt: timestamp.nullable().describe('When its scenario was withdrawn, rejected or terminated before it decided; it never decides then'),
  cancellationReason: z.string().nullable(),
  scoringDeadlineId: z.string().nullable(),
  requestedAt: timestamp,
  finalizedAt: timestamp.nullable(),
};

export const AssessmentListItemSchema = z
  .object({ ...summaryShape, passed: z.boolean().nullable().describe('Null until every evaluator has submitted') })
  .meta({ id: 'AssessmentListItem', description: 'An assessment in the organisers’ list' });

export const AssessmentPageSchema = z.object(page(AssessmentListItemSchema)).meta({ id: 'AssessmentPage' });

/**
 * One assessment as the caller may see it. Common to both views: the summary, the pinned rubrics, the progress and
 * the outcome. An assigned evaluator gets `myAssignment` and `mySheet` (their own marks) and nothing of the others;
 * an organiser gets `assignments`, `excluded`, `consensus` (null while sealed), `allowedEvents` and `history`.
 */
export const AssessmentSchema = z
  .object({
    ...summaryShape,
    rubrics: z.array(RubricSchema),
    progress: z.object({ submitted: z.number().int(), panel: z.number().int().describe('Evaluators assigned or submitted') }),
    outcome: AssessmentOutcomeSchema.nullable(),
    myAssignment: AssessmentAssignmentSchema.optional().describe('Evaluator view: the caller’s assignment'),
    mySheet: AssessmentScoreSheetSchema.nullable().optional().describe('Evaluator view: the caller’s own marks (null before submitting)'),
    assignments: z.array(AssessmentAssignmentSchema).optional().describe('Organiser view: the panel and its progress'),
    excluded: z.array(AssessmentExcludedEvaluatorSchema).optional().describe('Organiser view'),
    consensus: AssessmentConsensusResultSchema.nullable().optional().describe('Organiser view: null until every evaluator has submitted'),
    allowedEvents: z.array(z.string()).optional().describe('Organiser view: the lifecycle events the caller may send now'),
    history: z.array(AssessmentHistoryEntrySchema).optional().describe('Organiser view'),
  })
  .meta({ id: 'Assessment', description: 'An assessment as the caller may see it (blind: an evaluator sees only their own marks)' });

export const AssessmentConsensusSchema = z
  .object({
    assessmentId: uuid,
    stage: z.string(),
    complete: z.boolean().describe('Every evaluator has submitted'),
    disagreementThreshold: z.number(),
    sheets: z.array(
      z
        .object({
          evaluator: z.string().describe('The evaluator’s id for the organisers; `own` or `evaluator-A` … for an evaluator'),
          own: z.boolean(),
          marks: z.array(AssessmentMarkSchema),
          submittedAt: timestamp,
        })
        .meta({ id: 'AssessmentConsensusSheet' }),
    ),
    consensus: AssessmentConsensusResultSchema.nullable(),
    outcome: AssessmentOutcomeSchema.nullable(),
  })
  .meta({ id: 'AssessmentConsensus', description: 'The score sheets (anonymised for an evaluator) and the consensus' });

export const AssessmentAssignmentItemSchema = z
  .object({
    assignment: AssessmentAssignmentSchema,
    assessment: z.object({ ...summaryShape, rubrics: z.array(RubricSchema) }).meta({ id: 'AssessmentToScore', description: 'An assessment with the rubrics to score it on' }),
  })
  .meta({ id: 'AssessmentAssignmentItem' });

export const AssessmentAssignmentPageSchema = z.object(page(AssessmentAssignmentItemSchema)).meta({ id: 'AssessmentAssignmentPage' });

// ── Calibration ────────────────────────────────────────────────────────────────────────────────────────────────

export const CalibrationReportSchema = z
  .object({
    assessments: z.number().int().describe('Assessments with at least two evaluators counted'),
    evaluators: z.array(
      z
        .object({
          evaluatorId: z.string(),
          assessments: z.number().int(),
          meanDeviation: z.number().describe('Below 0 severe, above 0 lenient'),
          spread: z.number(),
          z: z.number().nullable(),
          flag: z.enum(['severe', 'lenient']).nullable(),
          outlier: z.boolean(),
          name: z.string().nullable(),
        })
        .meta({ id: 'CalibrationEvaluator' }),
    ),
    policy: z.object({ minAssessments: z.number().int(), biasThreshold: z.number(), outlierZ: z.number() }).meta({ id: 'CalibrationPolicy' }),
    purpose: purpose.nullable(),
  })
  .meta({ id: 'CalibrationReport', description: 'Severity and leniency of each evaluator against their peers' });
