import type { Provider } from '@nestjs/common';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { ReportTargetProgressHandler, TARGET_FACTS_READER, type TargetFactsReader } from '@scq/registry-application';
import { SqlTargetFactsReader } from './sql-target-facts.reader';

export const targetsProviders: Provider[] = [
  { provide: TARGET_FACTS_READER, useClass: SqlTargetFactsReader },
  {
    provide: ReportTargetProgressHandler,
    inject: [SERVICE_DATABASE, TARGET_FACTS_READER],
    useFactory: (db: Database, reader: TargetFactsReader) => new ReportTargetProgressHandler(db, reader),
  },
];
