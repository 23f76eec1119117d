import { taskId, type Actor, type ServiceTasks, type ServiceTasksQuery, type TaskItem } from '@scq/contracts';
import { stageLabelOf, type LifecycleInstance, type LifecycleRunner } from '@scq/platform-lifecycle';
import type { SqlExecutor } from '@scq/platform-persistence';
import { actionText, dutiesOf, taskReach, type ApplicationSubject, type ScenarioSubject, type SubjectTitle, type TaskDefinition, type WorkflowSubject } from '@scq/workflow-application';
import { APPLICATION_LIFECYCLE, resumptionRefusal, SCENARIO_LIFECYCLE } from '@scq/workflow-domain';

/** Candidates loaded per machine at most (oldest first); more means the answer says `truncated`. */
const SCAN_LIMIT = 1000;
const MACHINES = [SCENARIO_LIFECYCLE, APPLICATION_LIFECYCLE] as unknown as TaskDefinition[] & Array<{ id: string }>;

/**
 * The caller's workflow tasks: scenario and application lifecycles in which an event is theirs to send now. The
 * candidates come from SQL (their unit's, their own applications, the stages that name them); the permissions
 * are then checked per instance, exactly as the instance view offers its buttons.
 */
export class WorkflowTasks {
  constructor(
    private readonly db: SqlExecutor,
    private readonly runner: LifecycleRunner,
  ) {}

  async of(actor: Actor, { limit }: ServiceTasksQuery): Promise<ServiceTasks> {
    const items: TaskItem[] = [];
    let truncated = false;
    for (const definition of MACHINES) {
      const anyOf = taskReach(actor, definition);
      if (anyOf.length === 0) continue;
      const candidates = await this.runner.store.list<WorkflowSubject>(this.db, { machineId: definition.id, anyOf, limit: SCAN_LIMIT });
      truncated ||= candidates.length === SCAN_LIMIT;
      for (const instance of candidates) {
        const duties = await this.duties(definition, instance, actor);
        if (duties.length > 0) items.push(task(this.runner, instance, duties, actor));
      }
    }
    items.sort((a, b) => a.since.localeCompare(b.since));
    return { items: items.slice(0, limit), truncated: truncated || items.length > limit };
  }

  private async duties(definition: TaskDefinition, instance: LifecycleInstance<WorkflowSubject>, actor: Actor): Promise<string[]> {
    const duties = dutiesOf(definition, this.runner.allowedEvents(instance, actor), actor, instance.subject);
    if (!duties.includes('approveResumption')) return duties;
    // Separation of duties, as the instance view applies it: a unit involved in the incident does not approve.
    const history = await this.runner.store.historyOf(this.db, instance.id);
    return resumptionRefusal(history, actor) === null ? duties : duties.filter((event) => event !== 'approveResumption');
  }
}

function task(runner: LifecycleRunner, instance: LifecycleInstance<WorkflowSubject>, duties: string[], actor: Actor): TaskItem {
  const subject = instance.subject;
  const armed = (instance.snapshot.context.deadlines ?? {}) as Record<string, string>;
  const deadlineIds = Object.values(armed).map((id) => `${instance.id}.${id}`);
  const stage = stageLabelOf(runner.definitionOf(instance).machine, instance.stage);
  const common = {
    action: actionText(stage, duties),
    allowedEvents: duties,
    instanceId: instance.id,
    ...(deadlineIds.length > 0 ? { deadlineIds } : {}),
    overdue: false,
    since: instance.updatedAt.toISOString(),
    // The caller's unit when the task is their unit's (a responsible or owning unit); null for a person's own.
    unit: actor.unit !== null && (subject.responsibleUnits.includes(actor.unit) || subject.ownerUnit === actor.unit) ? actor.unit : null,
  };
  if (subject.kind === 'scenario') {
    return { id: taskId('scenario', subject.scenarioId), kind: 'scenario', title: scenarioTitle(subject), subject: { kind: 'scenario', id: subject.scenarioId }, href: `/scenarios/${subject.scenarioId}`, ...common };
  }
  return { id: taskId('application', subject.applicationId), kind: 'application', title: applicationTitle(subject), subject: { kind: 'application', id: subject.applicationId }, href: `/applications/${subject.applicationId}`, ...common };
}

function scenarioTitle(subject: ScenarioSubject): { zh: string; en: string } {
  return titleOr(subject.title, { zh: `场景 ${subject.scenarioId.slice(0, 8)}`, en: `Scenario ${subject.scenarioId.slice(0, 8)}` });
}

function applicationTitle(subject: ApplicationSubject): { zh: string; en: string } {
  const scenario = titleOr(subject.title, { zh: `场景 ${subject.scenarioId.slice(0, 8)}`, en: `scenario ${subject.scenarioId.slice(0, 8)}` });
  return { zh: `申报：${scenario.zh}`, en: `Application for ${scenario.en}` };
}

function titleOr(title: SubjectTitle | undefined, fallback: { zh: string; en: string }): { zh: string; en: string } {
  return title ? { zh: title.zh, en: title.en || title.zh } : fallback;
}
