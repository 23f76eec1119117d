import { beijingDateOf } from '@scq/calendar';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import {
  closeOpportunity,
  publishOpportunity,
  requireDeletable,
  requireListedScenario,
  reviseOpportunity,
  type CloseReason,
  type MatchmakingCaller,
  type Opportunity,
  type OpportunityRevision,
} from '@scq/registry-domain';
import type { ScenarioRepository } from '../scenario.repository.port';
import { lockOwnedOpportunity, systemClock, type MatchmakingClock } from './owned-opportunity.loader';
import type { OpportunityRepository } from './opportunity.repository.port';

/**
 * What an owner does to an opportunity after drafting it: revise or delete the draft, publish it, close
 * it. Each runs in one transaction on the locked row; a refusal changes nothing.
 */
export class ChangeOpportunityHandler {
  constructor(
    private readonly db: Database,
    private readonly opportunities: OpportunityRepository,
    private readonly scenarios: ScenarioRepository,
    private readonly publisher: EventPublisher,
    private readonly clock: MatchmakingClock = systemClock,
  ) {}

  revise(caller: MatchmakingCaller, id: string, revision: OpportunityRevision): Promise<Opportunity> {
    return this.change(caller, id, { zh: '修改该场景机会', en: 'change this opportunity' }, (o, at) => reviseOpportunity(o, revision, at));
  }

  /**
   * Publishing opens the scenario to offers: only a listed or operating one (409 `SCENARIO_NOT_LISTED` otherwise);
   * `registry.scenario.opportunity-published` lets the workflow open a listed scenario (开放) on its first one.
   */
  publish(caller: MatchmakingCaller, id: string, input: { publishedOn?: string }): Promise<Opportunity> {
    return this.db.transaction(async (tx) => {
      const opportunity = await lockOwnedOpportunity(tx, this.opportunities, caller, id, { zh: '发布该场景机会', en: 'publish this opportunity' });
      const at = this.clock();
      const today = beijingDateOf(at);
      const next = publishOpportunity(opportunity, { publishedOn: input.publishedOn ?? today, today, by: caller.id, at });
      const scenario = await this.scenarios.findById(tx, opportunity.scenarioId);
      requireListedScenario({ id: opportunity.scenarioId, stage: scenario?.stage ?? null });
      await this.opportunities.update(tx, next);
      await this.publisher.publish(tx, 'registry.scenario.v1', 'registry.scenario.opportunity-published', {
        subject: next.scenarioId,
        data: { scenarioId: next.scenarioId, opportunityId: next.id, title: next.title, publishedOn: next.publishedOn as string, publishedBy: caller.id, at: at.toISOString() },
      });
      return next;
    });
  }

  close(caller: MatchmakingCaller, id: string, input: { reason: CloseReason; note?: string }): Promise<Opportunity> {
    return this.change(caller, id, { zh: '关闭该场景机会', en: 'close this opportunity' }, (o, at) =>
      closeOpportunity(o, { reason: input.reason, ...(input.note ? { note: input.note } : {}), today: beijingDateOf(at), by: caller.id, at }),
    );
  }

  delete(caller: MatchmakingCaller, id: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      const opportunity = await lockOwnedOpportunity(tx, this.opportunities, caller, id, { zh: '删除该场景机会', en: 'delete this opportunity' });
      requireDeletable(opportunity);
      await this.opportunities.delete(tx, id);
    });
  }

  private change(caller: MatchmakingCaller, id: string, action: { zh: string; en: string }, step: (o: Opportunity, at: Date) => Opportunity): Promise<Opportunity> {
    return this.db.transaction(async (tx) => {
      const next = step(await lockOwnedOpportunity(tx, this.opportunities, caller, id, action), this.clock());
      await this.opportunities.update(tx, next);
      return next;
    });
  }
}
