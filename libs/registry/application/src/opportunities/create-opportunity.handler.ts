import { randomUUID } from 'node:crypto';
import type { Database } from '@scq/platform-persistence';
import {
  draftOpportunity,
  MatchmakingRuleError,
  normaliseUnit,
  requireUnitAuthority,
  requireWriterRole,
  type MatchmakingCaller,
  type Opportunity,
  type OpportunityDraft,
} from '@scq/registry-domain';
import type { ScenarioRepository } from '../scenario.repository.port';
import { systemClock, type MatchmakingClock } from './owned-opportunity.loader';
import type { OpportunityRepository } from './opportunity.repository.port';

/** Drafts an opportunity of a registered scenario, owned by the scenario's owner unit. */
export class CreateOpportunityHandler {
  constructor(
    private readonly db: Database,
    private readonly opportunities: OpportunityRepository,
    private readonly scenarios: ScenarioRepository,
    private readonly clock: MatchmakingClock = systemClock,
  ) {}

  execute(caller: MatchmakingCaller, draft: OpportunityDraft): Promise<Opportunity> {
    requireWriterRole(caller);
    return this.db.transaction(async (tx) => {
      const scenario = await this.scenarios.findById(tx, draft.scenarioId);
      if (!scenario) throw MatchmakingRuleError.invalid([{ path: 'scenarioId', message: `场景不存在 no scenario ${draft.scenarioId}` }]);
      const ownerUnit = normaliseUnit(scenario.ownerUnit);
      requireUnitAuthority(caller, ownerUnit, { zh: '为该场景发布场景机会', en: 'draft opportunities of this scenario' });
      const opportunity = draftOpportunity(draft, { id: randomUUID(), ownerUnit, by: caller.id, at: this.clock() });
      await this.opportunities.insert(tx, opportunity);
      return opportunity;
    });
  }
}
