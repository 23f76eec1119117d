import { randomUUID } from 'node:crypto';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import {
  answerFactorRequest,
  FACTOR_ANSWER_DEADLINE,
  FACTOR_REQUEST_MACHINE,
  FACTOR_REQUEST_STAGE_LABEL,
  factorRequestReach,
  makeFactorRequest,
  MatchmakingRuleError,
  normaliseUnit,
  readsFactorRequest,
  readsScenarioFactorRequests,
  requireFactorAnswerer,
  requireFactorRequester,
  type FactorAnswer,
  type FactorKind,
  type FactorRequest,
  type FactorRequestInput,
  type FactorRequestStatus,
  type MatchmakingCaller,
} from '@scq/registry-domain';
import type { ScenarioRepository } from '../scenario.repository.port';
import { systemClock, type MatchmakingClock } from '../opportunities/owned-opportunity.loader';
import type { FactorRequestRepository } from './factor-request.repository.port';

export interface FactorRequestQuery {
  as?: 'responsible' | 'owner';
  status?: FactorRequestStatus;
  kind?: FactorKind;
  limit: number;
}

/**
 * 要素保障: the owner unit of a scenario asks for a factor (land, data, talent, …); the request is routed to the unit
 * responsible for that factor (taxonomy data) with a deadline in working days, which the notification service turns
 * into reminders and escalations (`registry.deadline.requested`, in the request's transaction); an officer of that unit
 * answers (granted, partially, declined, with text), which cancels the deadline (`registry.deadline.cancelled`).
 */
export class FactorRequestsHandler {
  constructor(
    private readonly db: Database,
    private readonly requests: FactorRequestRepository,
    private readonly scenarios: ScenarioRepository,
    private readonly publisher: EventPublisher,
    private readonly clock: MatchmakingClock = systemClock,
  ) {}

  request(caller: MatchmakingCaller, scenarioId: string, input: FactorRequestInput): Promise<FactorRequest> {
    return this.db.transaction(async (tx) => {
      const scenario = await this.scenarios.findById(tx, scenarioId);
      if (!scenario) throw new MatchmakingRuleError('not-found', 'NOT_FOUND', `场景不存在 Scenario ${scenarioId} not found`);
      const ownerUnit = normaliseUnit(scenario.ownerUnit);
      requireFactorRequester(caller, ownerUnit);
      const at = this.clock();
      const request = makeFactorRequest(input, {
        id: randomUUID(),
        scenarioId,
        scenarioTitle: { zh: scenario.title.zh, en: scenario.title.en ?? null },
        ownerUnit,
        by: caller.id,
        at,
      });
      await this.requests.insert(tx, request);
      await this.publisher.publish(tx, 'registry.deadline.v1', 'registry.deadline.requested', {
        subject: request.id,
        data: {
          deadlineId: request.deadlineId,
          instanceId: request.id,
          machineId: FACTOR_REQUEST_MACHINE,
          subjectId: scenarioId,
          deadline: FACTOR_ANSWER_DEADLINE,
          workingDays: request.workingDays,
          stage: 'awaiting-answer',
          stageLabel: { ...FACTOR_REQUEST_STAGE_LABEL },
          responsibleUnits: [request.responsibleUnit],
          requestedAt: at.toISOString(),
        },
      });
      return request;
    });
  }

  answer(caller: MatchmakingCaller, id: string, answer: FactorAnswer): Promise<FactorRequest> {
    return this.db.transaction(async (tx) => {
      const current = await this.requests.findByIdForUpdate(tx, id);
      if (!current) throw notFound(id);
      requireFactorAnswerer(caller, current);
      const at = this.clock();
      const answered = answerFactorRequest(current, answer, { by: caller.id, at });
      await this.requests.saveAnswer(tx, answered);
      await this.publisher.publish(tx, 'registry.deadline.v1', 'registry.deadline.cancelled', {
        subject: answered.id,
        data: { deadlineId: answered.deadlineId, instanceId: answered.id, deadline: FACTOR_ANSWER_DEADLINE, stage: 'answered', stageLabel: { zh: '要素保障已答复', en: 'factor support answered' }, cancelledAt: at.toISOString() },
      });
      return answered;
    });
  }

  async get(caller: MatchmakingCaller, id: string): Promise<FactorRequest> {
    const request = await this.requests.findById(this.db, id);
    if (!request) throw notFound(id);
    if (!readsFactorRequest(caller, request)) throw outOfScope();
    return request;
  }

  /** The requests the caller may read: all for the coordinator and admins, else those made by or routed to the officer's unit. */
  async list(caller: MatchmakingCaller, query: FactorRequestQuery): Promise<FactorRequest[]> {
    const reach = factorRequestReach(caller);
    if (!reach) throw outOfScope();
    return this.requests.list(this.db, { ...query, unit: reach.all ? null : reach.unit });
  }

  /** A scenario's requests (its owner unit, the coordinator, admins; a responsible unit sees those routed to it). */
  async ofScenario(caller: MatchmakingCaller, scenarioId: string): Promise<FactorRequest[]> {
    const scenario = await this.scenarios.findById(this.db, scenarioId);
    if (!scenario) throw new MatchmakingRuleError('not-found', 'NOT_FOUND', `场景不存在 Scenario ${scenarioId} not found`);
    if (!readsScenarioFactorRequests(caller, normaliseUnit(scenario.ownerUnit))) throw outOfScope();
    const all = await this.requests.list(this.db, { unit: null, scenarioId, limit: 500 });
    return all.filter((request) => readsFactorRequest(caller, request));
  }

  /** The requests waiting on the unit's answer (我的待办), oldest first. */
  awaitingAnswerOf(db: SqlExecutor, unit: string, limit: number): Promise<FactorRequest[]> {
    return this.requests.list(db, { unit: normaliseUnit(unit), as: 'responsible', status: 'awaiting-answer', limit });
  }
}

const notFound = (id: string) => new MatchmakingRuleError('not-found', 'NOT_FOUND', `要素需求不存在 Factor request ${id} not found`);
const outOfScope = () =>
  new MatchmakingRuleError('forbidden', 'OUT_OF_SCOPE', '无权查看：仅提出单位、责任单位和统筹协调单位可以查看 Not allowed: only the requesting unit, the responsible unit and the coordinator read factor requests');
