import { taskId, type Actor, type ServiceTasks, type ServiceTasksQuery, type TaskItem } from '@scq/contracts';
import type { LifecycleInstance } from '@scq/platform-lifecycle';
import type { AssessmentSubject } from '../evaluation-lifecycle';
import type { EvaluationDeps } from '../evaluation.deps';
import type { AssessmentRecord, AssignmentRecord } from '../ports/assessment.repository.port';

const MACHINE = 'assessment-lifecycle';
/** Where an organiser is waited on: a panel to seat (the pool was short), a panel's decision to record. */
const ORGANISER_STAGES = { assigning: 'assignEvaluators', panelReview: 'recordPanelDecision' } as const;
type OrganiserStage = keyof typeof ORGANISER_STAGES;

const PURPOSES = {
  recognition: { zh: '认定评估', en: 'Recognition assessment' },
  effectiveness: { zh: '成效评估', en: 'Effectiveness assessment' },
  'application-review': { zh: '申报评审', en: 'Application review' },
} as const;

/**
 * What waits on the caller in the evaluation service: an evaluator's assignments still to score (or decline), and,
 * for the organisers (officers of an organising unit, and the coordinator, who runs the 评估机制 and its pool),
 * assessments waiting for a panel or for the panel's decision. Superseded and cancelled assessments decide nothing
 * and wait on nobody.
 */
export class EvaluationTasks {
  constructor(private readonly deps: EvaluationDeps) {}

  async of(actor: Actor, { limit }: ServiceTasksQuery): Promise<ServiceTasks> {
    const assignments = actor.roles.includes('evaluator') ? await this.assignments(actor, limit + 1) : [];
    const organised = await this.organised(actor, limit + 1);
    const items = [...assignments, ...organised].sort((a, b) => a.since.localeCompare(b.since));
    return { items: items.slice(0, limit), truncated: items.length > limit };
  }

  private async assignments(actor: Actor, limit: number): Promise<TaskItem[]> {
    const open = await this.deps.assessments.openAssignmentsOf(this.deps.db, actor.id, limit);
    const records = await this.deps.assessments.findMany(this.deps.db, open.map((a) => a.assessmentId));
    const instances = await this.instancesOf(records);
    return open.flatMap((assignment) => {
      const record = records.find((r) => r.id === assignment.assessmentId);
      const instance = record && instances.get(record.instanceId);
      if (!record || !instance || !instance.stage.startsWith('scoring') || !live(record)) return [];
      return [assignmentTask(record, instance, assignment, this.deps.runner.allowedEvents(instance, actor))];
    });
  }

  private async organised(actor: Actor, limit: number): Promise<TaskItem[]> {
    const stages = Object.keys(ORGANISER_STAGES);
    const coordinator = actor.roles.includes('coordinator');
    const officerUnit = actor.roles.includes('officer') ? actor.unit : null;
    if (!coordinator && !officerUnit) return [];
    const anyOf = coordinator ? [{ stages }] : [{ subject: { responsibleUnits: officerUnit as string }, stages }];
    const instances = await this.deps.runner.store.list<AssessmentSubject>(this.deps.db, { machineId: MACHINE, anyOf, limit });
    const records = await this.deps.assessments.findMany(this.deps.db, instances.map((i) => i.subjectId));
    return instances.flatMap((instance) => {
      const record = records.find((r) => r.id === instance.subjectId);
      const stage = instance.stage as OrganiserStage;
      const allowed = this.deps.runner.allowedEvents(instance, actor);
      if (!record || !live(record) || !Object.hasOwn(ORGANISER_STAGES, stage) || !allowed.includes(ORGANISER_STAGES[stage])) return [];
      return [organiserTask(record, instance, stage, officerUnit)];
    });
  }

  private async instancesOf(records: AssessmentRecord[]): Promise<Map<string, LifecycleInstance<AssessmentSubject>>> {
    if (records.length === 0) return new Map();
    const instances = await this.deps.runner.store.list<AssessmentSubject>(this.deps.db, { machineId: MACHINE, anyOf: [{ subjectIds: records.map((r) => r.id) }], limit: records.length });
    return new Map(instances.map((instance) => [instance.id, instance]));
  }
}

function live(record: AssessmentRecord): boolean {
  return record.supersededBy === null && record.cancelledAt === null;
}

function title(record: AssessmentRecord): { zh: string; en: string } {
  const purpose = PURPOSES[record.purpose];
  const short = record.subject.id.slice(0, 8);
  return record.subject.kind === 'scenario' ? { zh: `${purpose.zh}：场景 ${short}`, en: `${purpose.en}: scenario ${short}` } : { zh: `${purpose.zh}：申报 ${short}`, en: `${purpose.en}: application ${short}` };
}

function assignmentTask(record: AssessmentRecord, instance: LifecycleInstance<AssessmentSubject>, assignment: AssignmentRecord, allowedEvents: string[]): TaskItem {
  const scoring = ((instance.snapshot.context.deadlines ?? {}) as Record<string, string>).scoring;
  return {
    id: taskId('assignment', record.id),
    kind: 'assignment',
    title: title(record),
    subject: { kind: 'assessment', id: record.id },
    action: { zh: '独立评分（或谢绝、回避）', en: 'Score independently (or decline, recuse)' },
    allowedEvents,
    href: `/evaluation/${record.id}`,
    instanceId: instance.id,
    ...(scoring ? { deadlineIds: [`${instance.id}.${scoring}`] } : {}),
    overdue: instance.stage === 'scoring.overdue',
    since: new Date(assignment.assignedAt).toISOString(),
    unit: null,
  };
}

function organiserTask(record: AssessmentRecord, instance: LifecycleInstance<AssessmentSubject>, stage: OrganiserStage, unit: string | null): TaskItem {
  const action = stage === 'assigning' ? { zh: '配齐评审专家（评估在等待专家）', en: 'Seat the panel (the assessment waits for evaluators)' } : { zh: '记录专家组复议决定', en: 'Record the panel’s decision' };
  return {
    id: taskId('assessment', record.id),
    kind: 'assessment',
    title: title(record),
    subject: { kind: 'assessment', id: record.id },
    action,
    allowedEvents: [ORGANISER_STAGES[stage]],
    href: `/evaluation/${record.id}`,
    instanceId: instance.id,
    overdue: false,
    since: instance.updatedAt.toISOString(),
    unit: unit !== null && record.organisingUnits.includes(unit) ? unit : null,
  };
}
