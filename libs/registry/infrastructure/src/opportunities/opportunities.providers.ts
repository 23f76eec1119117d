import type { Provider } from '@nestjs/common';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import {
  ChangeMatchmakingEventHandler,
  ChangeOpportunityHandler,
  CreateOpportunityHandler,
  DEMAND_LIST_REPOSITORY,
  MATCHMAKING_EVENT_REPOSITORY,
  OPPORTUNITY_REPOSITORY,
  PublishDemandListHandler,
  RecordMatchmakingEventHandler,
  SCENARIO_REPOSITORY,
  type DemandListRepository,
  type MatchmakingEventRepository,
  type OpportunityRepository,
  type ScenarioRepository,
} from '@scq/registry-application';
import { SqlDemandListRepository } from './sql-demand-list.repository';
import { SqlMatchmakingEventRepository } from './sql-matchmaking-event.repository';
import { SqlOpportunityRepository } from './sql-opportunity.repository';

/** Repositories and use cases of opportunities, demand lists and matchmaking events (SCENARIO_REPOSITORY comes from the registry module). */
export const opportunitiesProviders: Provider[] = [
  { provide: OPPORTUNITY_REPOSITORY, useClass: SqlOpportunityRepository },
  { provide: DEMAND_LIST_REPOSITORY, useClass: SqlDemandListRepository },
  { provide: MATCHMAKING_EVENT_REPOSITORY, useClass: SqlMatchmakingEventRepository },
  {
    provide: CreateOpportunityHandler,
    inject: [SERVICE_DATABASE, OPPORTUNITY_REPOSITORY, SCENARIO_REPOSITORY],
    useFactory: (db: Database, opportunities: OpportunityRepository, scenarios: ScenarioRepository) => new CreateOpportunityHandler(db, opportunities, scenarios),
  },
  {
    provide: ChangeOpportunityHandler,
    inject: [SERVICE_DATABASE, OPPORTUNITY_REPOSITORY],
    useFactory: (db: Database, opportunities: OpportunityRepository) => new ChangeOpportunityHandler(db, opportunities),
  },
  {
    provide: PublishDemandListHandler,
    inject: [SERVICE_DATABASE, DEMAND_LIST_REPOSITORY, OPPORTUNITY_REPOSITORY],
    useFactory: (db: Database, lists: DemandListRepository, opportunities: OpportunityRepository) => new PublishDemandListHandler(db, lists, opportunities),
  },
  {
    provide: RecordMatchmakingEventHandler,
    inject: [SERVICE_DATABASE, MATCHMAKING_EVENT_REPOSITORY, OPPORTUNITY_REPOSITORY],
    useFactory: (db: Database, events: MatchmakingEventRepository, opportunities: OpportunityRepository) => new RecordMatchmakingEventHandler(db, events, opportunities),
  },
  {
    provide: ChangeMatchmakingEventHandler,
    inject: [SERVICE_DATABASE, MATCHMAKING_EVENT_REPOSITORY, OPPORTUNITY_REPOSITORY],
    useFactory: (db: Database, events: MatchmakingEventRepository, opportunities: OpportunityRepository) => new ChangeMatchmakingEventHandler(db, events, opportunities),
  },
];
