import { computeConsensus, pinnedRubrics, type AssessmentLifecycleContext, type ConsensusResult } from '@scq/evaluation-domain';
import type { Actor, LifecycleInstance } from '@scq/platform-lifecycle';
import { encodeTimeIdCursor, pageOf, type TimeIdPosition } from '@scq/platform-persistence';
import { isUnsealed, type AssessmentSubject } from '../evaluation-lifecycle';
import type { EvaluationDeps } from '../evaluation.deps';
import { EvaluationError, forbidden, notFound } from '../evaluation.errors';
import type { AssessmentRecord, ScoreSheetRecord } from '../ports/assessment.repository.port';
import type { TimeIdPageRequest } from '../ports/page-request';
import { readsAsOrganiser } from './assessment-access';
import { readsEverything } from '@scq/contracts';

export interface AssessmentListQuery {
  stage?: string;
  purpose?: string;
  subject?: string;
  domain?: string;
  limit: number;
  /** The (created_at, id) of the previous page's last assessment's lifecycle instance. */
  after?: TimeIdPosition;
}

const BLIND = '评分提交前不能查看他人评分 other evaluators’ scores stay sealed until you have submitted your own';
const SEALED = '全部专家提交前评分保密 scores stay sealed until every evaluator has submitted';

/**
 * What each caller may see of an assessment. Blind scoring: an evaluator sees only their own sheet until they have
 * submitted, then the others' (anonymised) and the consensus; the organising unit sees who is on the panel and
 * their progress, but no score until every evaluator has submitted.
 */
export class AssessmentQueries {
  constructor(private readonly deps: EvaluationDeps) {}

  async get(actor: Actor, id: string) {
    const { assessment, instance } = await this.load(id);
    const assignments = await this.deps.assessments.assignments(this.deps.db, id);
    const mine = assignments.find((assignment) => assignment.evaluatorId === actor.id);
    const organiser = readsAsOrganiser(actor, assessment);
    if (!organiser && !(mine && actor.roles.includes('evaluator'))) throw forbidden('只有组织单位和分配的评审专家可以查看此评估 only the organising units and the assigned evaluators see this assessment');
    const submitted = assignments.filter((a) => a.status === 'submitted').length;
    const common = {
      ...summary(assessment, instance),
      rubrics: pinnedRubrics(assessment.rubrics),
      progress: { submitted, panel: assignments.filter((a) => a.status === 'assigned' || a.status === 'submitted').length },
      outcome: instance.stage === 'finalized' ? { passed: assessment.passed, explanation: assessment.explanation, panel: (instance.snapshot.context.panel as AssessmentLifecycleContext['panel'] | undefined) ?? null } : null,
    };
    if (!organiser) {
      const sheet = (await this.deps.assessments.sheets(this.deps.db, id)).find((s) => s.evaluatorId === actor.id) ?? null;
      // Blind scoring: the organisers' reason may name the evaluators who left the panel; an evaluator learns only that it waits.
      return { ...common, waitingReason: common.waitingReason === null ? null : WAITING_FOR_ORGANISERS, myAssignment: mine, mySheet: sheet };
    }
    return {
      ...common,
      assignments: await this.named(assignments),
      excluded: assessment.excluded,
      consensus: isUnsealed(instance.stage) ? assessment.result : null,
      allowedEvents: this.deps.runner.allowedEvents(instance, actor),
      history: await this.deps.runner.store.historyOf(this.deps.db, instance.id),
    };
  }

  /** The panel with each evaluator's name as the pool has it (null for one no longer in it), for the organisers. */
  private async named<A extends { evaluatorId: string }>(assignments: A[]): Promise<Array<A & { evaluatorName: string | null }>> {
    const names = new Map<string, string | null>();
    for (const id of new Set(assignments.map((assignment) => assignment.evaluatorId))) names.set(id, (await this.deps.pool.findEvaluator(this.deps.db, id))?.name ?? null);
    return assignments.map((assignment) => ({ ...assignment, evaluatorName: names.get(assignment.evaluatorId) ?? null }));
  }

  /** The consensus view: for an evaluator only after their own submission (403 before), for the organisers once all have. */
  async consensus(actor: Actor, id: string) {
    const { assessment, instance } = await this.load(id);
    const assignments = await this.deps.assessments.assignments(this.deps.db, id);
    const mine = assignments.find((assignment) => assignment.evaluatorId === actor.id);
    const asEvaluator = actor.roles.includes('evaluator') && mine !== undefined;
    if (asEvaluator && mine.status !== 'submitted') throw new EvaluationError('BLIND_SCORING', BLIND);
    if (!asEvaluator) {
      if (!readsAsOrganiser(actor, assessment)) throw forbidden('只有组织单位和分配的评审专家可以查看评分 only the organising units and the assigned evaluators see the scores');
      if (!isUnsealed(instance.stage)) throw new EvaluationError('BLIND_SCORING', SEALED);
    }
    const sheets = await this.deps.assessments.sheets(this.deps.db, id);
    const label = labeller(sheets, asEvaluator ? actor.id : null);
    const current: ConsensusResult | null = sheets.length > 0 ? computeConsensus(pinnedRubrics(assessment.rubrics), sheets) : null;
    const consensus = assessment.result ?? current;
    return {
      assessmentId: id,
      stage: instance.stage,
      complete: isUnsealed(instance.stage),
      disagreementThreshold: Number(instance.snapshot.context.disagreementThreshold),
      sheets: sheets.map((sheet) => ({ evaluator: label(sheet.evaluatorId), own: sheet.evaluatorId === actor.id, marks: sheet.marks, submittedAt: sheet.submittedAt })),
      consensus: consensus && { ...consensus, evaluatorTotals: consensus.evaluatorTotals.map((total) => ({ ...total, evaluatorId: label(total.evaluatorId) })) },
      outcome: instance.stage === 'finalized' ? { passed: assessment.passed, explanation: assessment.explanation, panel: (instance.snapshot.context.panel as AssessmentLifecycleContext['panel'] | undefined) ?? null } : null,
    };
  }

  /** Assessments for the organisers (an officer sees those of their unit); keyset pagination on creation. */
  async list(actor: Actor, query: AssessmentListQuery) {
    const everything = readsEverything(actor);
    // A district officer (no unit) organises no assessment: an empty list, as for an officer of a unit without any.
    if (!everything && actor.roles.includes('officer') && !actor.unit) return { items: [], nextCursor: null };
    if (!everything && !actor.roles.includes('officer')) throw forbidden('评估列表供组织单位使用；评审专家请用 /api/evaluation/assignments/mine the list is for organising units; evaluators use /assignments/mine');
    const subject: Record<string, string> = {};
    if (query.purpose) subject.purpose = query.purpose;
    if (query.subject) subject.subjectId = query.subject;
    if (query.domain) subject.domainCode = query.domain;
    if (!everything && actor.unit) subject.responsibleUnits = actor.unit;
    const after = query.after && { createdAt: query.after.at, id: query.after.id };
    const rows = await this.deps.runner.store.list<AssessmentSubject>(this.deps.db, { machineId: 'assessment-lifecycle', stage: query.stage, subject, limit: query.limit + 1, after });
    const page = pageOf(rows, query.limit, (last) => encodeTimeIdCursor(last.createdAt, last.id));
    const records = new Map((await this.deps.assessments.findMany(this.deps.db, page.items.map((i) => i.subjectId))).map((r) => [r.id, r]));
    return {
      items: page.items.flatMap((instance) => {
        const record = records.get(instance.subjectId);
        return record ? [{ ...summary(record, instance), passed: isUnsealed(instance.stage) ? record.passed : null }] : [];
      }),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * The caller's assignments as an evaluator, with what they need to score (the rubrics) and where each stands;
   * newest first, keyset pagination on (assigned at, assessment id).
   */
  async mine(actor: Actor, { limit, after }: TimeIdPageRequest) {
    if (!actor.roles.includes('evaluator')) throw forbidden('只有评审专家有评审任务 only evaluators have assignments');
    const rows = await this.deps.assessments.assignmentsOf(this.deps.db, actor.id, { limit: limit + 1, after });
    const page = pageOf(rows, limit, (last) => encodeTimeIdCursor(new Date(last.assignedAt), last.assessmentId));
    const records = new Map((await this.deps.assessments.findMany(this.deps.db, page.items.map((a) => a.assessmentId))).map((r) => [r.id, r]));
    const items = [];
    for (const assignment of page.items) {
      const record = records.get(assignment.assessmentId);
      const instance = record && (await this.deps.runner.store.find<AssessmentSubject>(this.deps.db, record.instanceId));
      if (record && instance) items.push({ assignment, assessment: { ...summary(record, instance), rubrics: pinnedRubrics(record.rubrics) } });
    }
    return { items, nextCursor: page.nextCursor };
  }

  private async load(id: string): Promise<{ assessment: AssessmentRecord; instance: LifecycleInstance<AssessmentSubject> }> {
    const assessment = await this.deps.assessments.find(this.deps.db, id);
    const instance = assessment && (await this.deps.runner.store.find<AssessmentSubject>(this.deps.db, assessment.instanceId));
    if (!assessment || !instance) throw notFound(`评估不存在 no assessment ${id}`);
    return { assessment, instance };
  }
}

/** What an evaluator is told of an assessment that waits: nothing that names other evaluators. */
const WAITING_FOR_ORGANISERS = '评估正在等待组织单位处理（如补选评审专家） The assessment waits for its organising unit (a replacement evaluator, say)';

function summary(assessment: AssessmentRecord, instance: LifecycleInstance<AssessmentSubject>) {
  const deadlines = (instance.snapshot.context.deadlines ?? {}) as Record<string, string>;
  return {
    id: assessment.id,
    instanceId: instance.id,
    subject: assessment.subject,
    purpose: assessment.purpose,
    domainCode: assessment.domainCode,
    stage: instance.stage,
    version: instance.version,
    rubricRefs: assessment.rubrics,
    requiredEvaluators: assessment.requiredEvaluators,
    organisingUnits: assessment.organisingUnits,
    waitingReason: assessment.waitingReason,
    supersededBy: assessment.supersededBy,
    cancelledAt: assessment.cancelledAt,
    cancellationReason: assessment.cancellationReason,
    scoringDeadlineId: deadlines.scoring ? `${instance.id}.${deadlines.scoring}` : null,
    requestedAt: assessment.requestedAt,
    finalizedAt: assessment.finalizedAt,
  };
}

/** Evaluators as the viewer may see them: ids for the organisers; for an evaluator, “own” and anonymous letters in order of submission. */
function labeller(sheets: ScoreSheetRecord[], viewer: string | null): (evaluatorId: string) => string {
  if (viewer === null) return (evaluatorId) => evaluatorId;
  const order = sheets.map((sheet) => sheet.evaluatorId);
  return (evaluatorId) => (evaluatorId === viewer ? 'own' : `evaluator-${String.fromCharCode(65 + order.indexOf(evaluatorId))}`);
}

