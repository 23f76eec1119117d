import { taskId, type Actor, type ServiceTasks, type ServiceTasksQuery, type TaskItem } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import { normaliseUnit, type FactorRequest } from '@scq/registry-domain';
import { findFactorKind } from '@scq/taxonomy';
import type { FactorRequestRepository } from '../factor-support/factor-request.repository.port';

/** A draft batch list, as the coordinator's task list needs it. */
export interface DraftListRow {
  id: string;
  number: string;
  revision: number;
  title: { zh: string; en: string | null };
  itemCount: number;
  createdAt: Date;
}

/** A recognised scenario that no published list in force and no open draft names yet. */
export interface AwaitingListingRow {
  id: string;
  title: { zh: string; en: string | null };
  recognisedAt: Date;
}

/** What the registry's tasks read (SQL in the infrastructure). */
export interface RegistryTaskReader {
  drafts(db: SqlExecutor, limit: number): Promise<DraftListRow[]>;
  awaitingListing(db: SqlExecutor, limit: number): Promise<AwaitingListingRow[]>;
}

/**
 * The registry's tasks: the coordinator's (市发展改革委 "分批次发布应用场景项目清单") — the batch-list drafts to finish
 * and publish, and the recognised scenarios that wait for a list (on no draft yet) — and an officer's: the factor
 * support requests (要素保障) routed to the officer's unit and not answered yet, bounded by their answer deadline (the
 * gateway dates them from the notification service).
 */
export class RegistryTasks {
  constructor(
    private readonly db: SqlExecutor,
    private readonly reader: RegistryTaskReader,
    private readonly factorRequests?: FactorRequestRepository,
  ) {}

  async of(actor: Actor, { limit }: ServiceTasksQuery): Promise<ServiceTasks> {
    const coordinator = actor.roles.includes('coordinator');
    const officerUnit = actor.roles.includes('officer') && actor.unit ? normaliseUnit(actor.unit) : null;
    const [drafts, awaiting, factors] = await Promise.all([
      coordinator ? this.reader.drafts(this.db, limit + 1) : [],
      coordinator ? this.reader.awaitingListing(this.db, limit + 1) : [],
      officerUnit && this.factorRequests ? this.factorRequests.list(this.db, { unit: officerUnit, as: 'responsible', status: 'awaiting-answer', limit: limit + 1 }) : [],
    ]);
    const items = [...drafts.map(draftTask), ...awaiting.map(awaitingTask), ...factors.map(factorTask)].sort((a, b) => a.since.localeCompare(b.since));
    return { items: items.slice(0, limit), truncated: items.length > limit };
  }
}

function factorTask(request: FactorRequest): TaskItem {
  const factor = findFactorKind(request.kind)?.name ?? { zh: request.kind, en: request.kind };
  return {
    id: taskId('factor-request', request.id),
    kind: 'factor-request',
    title: { zh: `${request.scenarioTitle.zh}：${factor.zh}要素需求`, en: `${request.scenarioTitle.en ?? request.scenarioTitle.zh}: ${factor.en.toLowerCase()} support request` },
    subject: { kind: 'factor-request', id: request.id },
    action: { zh: `答复${factor.zh}要素保障需求（${request.ownerUnit}提出）`, en: `Answer the request for ${factor.en.toLowerCase()} (from ${request.ownerUnit})` },
    href: `/factor-requests?request=${request.id}`,
    instanceId: request.id,
    deadlineIds: [request.deadlineId],
    overdue: false,
    since: request.requestedAt.toISOString(),
    unit: request.responsibleUnit,
  };
}

function draftTask(list: DraftListRow): TaskItem {
  const correction = list.revision > 1;
  const scenarios = `${list.itemCount} scenario${list.itemCount === 1 ? '' : 's'}`;
  return {
    id: taskId('batch-list', list.id),
    kind: 'batch-list',
    title: { zh: `${list.title.zh}（${list.number}）`, en: `${list.title.en ?? list.title.zh} (${list.number})` },
    subject: { kind: 'batch-list', id: list.id },
    action: correction
      ? { zh: `完成第 ${list.revision} 版更正并发布（${list.itemCount} 个场景）`, en: `Finish and publish correction ${list.revision} (${scenarios})` }
      : { zh: `完成草稿并发布（${list.itemCount} 个场景）`, en: `Finish and publish the draft (${scenarios})` },
    href: `/batch-lists/${list.id}`,
    overdue: false,
    since: list.createdAt.toISOString(),
    unit: null,
  };
}

function awaitingTask(scenario: AwaitingListingRow): TaskItem {
  return {
    id: taskId('batch-list', `scenario:${scenario.id}`),
    kind: 'batch-list',
    title: { zh: scenario.title.zh, en: scenario.title.en ?? scenario.title.zh },
    subject: { kind: 'scenario', id: scenario.id },
    action: { zh: '认定通过，待编入批次清单', en: 'Recognised: put it on a batch list' },
    href: `/scenarios/${scenario.id}`,
    overdue: false,
    since: scenario.recognisedAt.toISOString(),
    unit: null,
  };
}
