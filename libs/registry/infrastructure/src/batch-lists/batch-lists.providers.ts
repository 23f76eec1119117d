import type { Provider } from '@nestjs/common';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import {
  BATCH_LIST_REPOSITORY,
  BATCH_LIST_SCENARIOS,
  BatchListItemsHandler,
  BatchListQueries,
  CreateBatchListHandler,
  DiscardBatchListHandler,
  PublishBatchListHandler,
  ReviseBatchListHandler,
  UpdateBatchListHandler,
  type BatchListRepository,
  type BatchListScenarios,
} from '@scq/registry-application';
import { SqlBatchListScenarios } from './sql-batch-list-scenarios';
import { SqlBatchListRepository } from './sql-batch-list.repository';

type WithScenarios<T> = new (db: Database, lists: BatchListRepository, scenarios: BatchListScenarios) => T;

function withScenarios<T>(type: WithScenarios<T>): Provider {
  return {
    provide: type,
    inject: [SERVICE_DATABASE, BATCH_LIST_REPOSITORY, BATCH_LIST_SCENARIOS],
    useFactory: (db: Database, lists: BatchListRepository, scenarios: BatchListScenarios) => new type(db, lists, scenarios),
  };
}

function listsOnly<T>(type: new (db: Database, lists: BatchListRepository) => T): Provider {
  return { provide: type, inject: [SERVICE_DATABASE, BATCH_LIST_REPOSITORY], useFactory: (db: Database, lists: BatchListRepository) => new type(db, lists) };
}

export const batchListProviders: Provider[] = [
  { provide: BATCH_LIST_REPOSITORY, useClass: SqlBatchListRepository },
  { provide: BATCH_LIST_SCENARIOS, useClass: SqlBatchListScenarios },
  withScenarios(CreateBatchListHandler),
  withScenarios(UpdateBatchListHandler),
  withScenarios(BatchListItemsHandler),
  withScenarios(PublishBatchListHandler),
  withScenarios(BatchListQueries),
  listsOnly(DiscardBatchListHandler),
  listsOnly(ReviseBatchListHandler),
];
