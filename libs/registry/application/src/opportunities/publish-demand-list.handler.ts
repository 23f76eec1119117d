import { beijingDateOf } from '@scq/calendar';
import { randomUUID } from 'node:crypto';
import type { Database } from '@scq/platform-persistence';
import {
  demandListItemErrors,
  MatchmakingRuleError,
  normaliseUnit,
  publishDemandList,
  requireListedScenario,
  requireUnitAuthority,
  requireWriterRole,
  type DemandList,
  type DemandListInput,
  type MatchmakingCaller,
} from '@scq/registry-domain';
import type { ScenarioRepository } from '../scenario.repository.port';
import type { DemandListRepository } from './demand-list.repository.port';
import { systemClock, type MatchmakingClock } from './owned-opportunity.loader';
import type { OpportunityRepository } from './opportunity.repository.port';

/** Publishes an owner unit's numbered demand list (需求清单) of its published opportunities, all of listed or operating scenarios. */
export class PublishDemandListHandler {
  constructor(
    private readonly db: Database,
    private readonly lists: DemandListRepository,
    private readonly opportunities: OpportunityRepository,
    private readonly scenarios: ScenarioRepository,
    private readonly clock: MatchmakingClock = systemClock,
  ) {}

  execute(caller: MatchmakingCaller, input: DemandListInput): Promise<DemandList> {
    requireWriterRole(caller);
    const ownerUnit = normaliseUnit(input.ownerUnit);
    requireUnitAuthority(caller, ownerUnit, { zh: '发布该单位的需求清单', en: "publish this unit's demand lists" });
    const at = this.clock();
    const today = beijingDateOf(at);
    const publishedOn = input.publishedOn ?? today;
    if (publishedOn > today) throw MatchmakingRuleError.invalid([{ path: 'publishedOn', message: `发布日期不能晚于今天（${today}） the publication date cannot be after today` }]);
    return this.db.transaction(async (tx) => {
      if (await this.lists.numberTaken(tx, ownerUnit, input.number)) {
        throw new MatchmakingRuleError('conflict', 'DUPLICATE_NUMBER', `${ownerUnit}已发布过编号为 ${input.number} 的需求清单 ${ownerUnit} already published a demand list numbered ${input.number}`);
      }
      const found = await this.opportunities.findManyForShare(tx, input.opportunityIds);
      const errors = demandListItemErrors({ ownerUnit, publishedOn, opportunityIds: input.opportunityIds }, new Map(found.map((o) => [o.id, o])));
      if (errors.length > 0) throw MatchmakingRuleError.invalid(errors);
      for (const scenarioId of new Set(found.map((o) => o.scenarioId))) {
        requireListedScenario({ id: scenarioId, stage: (await this.scenarios.findById(tx, scenarioId))?.stage ?? null });
      }
      const list = publishDemandList(input, { id: randomUUID(), ownerUnit, publishedOn, by: caller.id, at });
      await this.lists.insert(tx, list);
      return list;
    });
  }
}
