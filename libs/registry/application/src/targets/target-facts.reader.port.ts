import type { SqlExecutor } from '@scq/platform-persistence';
import type { ShanghaiYear } from '@scq/calendar';
import type { TargetFacts } from '@scq/registry-domain';

/** Reads the rows the target report counts: the year's scenarios, published opportunities and events. */
export interface TargetFactsReader {
  read(db: SqlExecutor, year: ShanghaiYear): Promise<TargetFacts>;
}

