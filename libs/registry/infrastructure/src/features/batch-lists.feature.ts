import { BatchListHttpController } from '../batch-lists/batch-list.http.controller';
import { batchListMigrations } from '../batch-lists/batch-lists.migration';
import type { RegistryFeature } from './registry-feature';

/** 批次清单: drafted, published (immutable, with scenario snapshots), corrected by revisions, compared and exported. */
export const batchListsFeature: RegistryFeature = { controllers: [BatchListHttpController], migrations: batchListMigrations };
