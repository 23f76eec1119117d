import { DemandListHttpController } from '../opportunities/demand-list.http.controller';
import { MatchmakingEventHttpController } from '../opportunities/matchmaking-event.http.controller';
import { opportunitiesMigrations } from '../opportunities/opportunities.migrations';
import { OpportunityHttpController } from '../opportunities/opportunity.http.controller';
import type { RegistryFeature } from './registry-feature';

/** 场景机会, 需求清单 and 供需对接活动 (issue 4, item 4). */
export const opportunitiesFeature: RegistryFeature = {
  controllers: [OpportunityHttpController, DemandListHttpController, MatchmakingEventHttpController],
  migrations: opportunitiesMigrations,
};
