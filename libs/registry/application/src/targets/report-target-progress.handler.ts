import type { SqlExecutor } from '@scq/platform-persistence';
import { beijingDateOf, shanghaiYear } from '@scq/calendar';
import { targetProgress, type TargetProgressReport } from '@scq/registry-domain';
import type { TaxonomyVersionId } from '@scq/taxonomy';
import type { TargetFactsReader } from './target-facts.reader.port';

/** A year's progress against the plan's annual targets and the budget-reserve compliance, as of today (Beijing). */
export class ReportTargetProgressHandler {
  constructor(
    private readonly db: SqlExecutor,
    private readonly reader: TargetFactsReader,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async execute(query: { year: number; version: TaxonomyVersionId }): Promise<TargetProgressReport> {
    const facts = await this.reader.read(this.db, shanghaiYear(query.year));
    return targetProgress({ year: query.year, version: query.version, today: beijingDateOf(this.clock()), facts });
  }
}
