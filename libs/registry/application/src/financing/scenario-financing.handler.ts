import { randomUUID } from 'node:crypto';
import { beijingDateOf } from '@scq/calendar';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import {
  changeFinancingStatus,
  MatchmakingRuleError,
  normaliseUnit,
  recordFinancing,
  requireFinancingReader,
  requireFinancingWriter,
  requireTotalsReader,
  type Financing,
  type FinancingInput,
  type FinancingStatusChange,
  type MatchmakingCaller,
} from '@scq/registry-domain';
import type { ScenarioRepository } from '../scenario.repository.port';
import { systemClock, type MatchmakingClock } from '../opportunities/owned-opportunity.loader';
import type { FinancingRepository, FinancingTotals } from './financing.repository.port';

/**
 * 场景贷, 场景保险, 国有投资基金跟投 of a scenario: its owner unit records them and moves them along their status flow;
 * the owner unit, the coordinator and 市委金融办 read them; the coordinator and 市委金融办 read the totals.
 */
export class ScenarioFinancingHandler {
  constructor(
    private readonly db: Database,
    private readonly financing: FinancingRepository,
    private readonly scenarios: ScenarioRepository,
    private readonly clock: MatchmakingClock = systemClock,
  ) {}

  record(caller: MatchmakingCaller, scenarioId: string, input: FinancingInput): Promise<Financing> {
    return this.db.transaction(async (tx) => {
      const ownerUnit = await this.ownerOf(tx, scenarioId);
      requireFinancingWriter(caller, ownerUnit);
      const at = this.clock();
      const record = recordFinancing(input, { id: randomUUID(), scenarioId, ownerUnit, today: beijingDateOf(at), by: caller.id, at });
      await this.financing.insert(tx, record);
      return record;
    });
  }

  async list(caller: MatchmakingCaller, scenarioId: string): Promise<Financing[]> {
    requireFinancingReader(caller, await this.ownerOf(this.db, scenarioId));
    return this.financing.listOf(this.db, scenarioId);
  }

  change(caller: MatchmakingCaller, scenarioId: string, id: string, change: FinancingStatusChange): Promise<Financing> {
    return this.db.transaction(async (tx) => {
      const ownerUnit = await this.ownerOf(tx, scenarioId);
      requireFinancingWriter(caller, ownerUnit);
      const current = await this.financing.findByIdForUpdate(tx, scenarioId, id);
      if (!current) throw new MatchmakingRuleError('not-found', 'NOT_FOUND', `融资记录不存在 Financing ${id} of scenario ${scenarioId} not found`);
      const at = this.clock();
      const next = changeFinancingStatus(current, change, { today: beijingDateOf(at), by: caller.id, at });
      await this.financing.update(tx, next);
      return next;
    });
  }

  totals(caller: MatchmakingCaller): Promise<FinancingTotals> {
    requireTotalsReader(caller);
    return this.financing.totals(this.db);
  }

  private async ownerOf(db: SqlExecutor, scenarioId: string): Promise<string> {
    const scenario = await this.scenarios.findById(db, scenarioId);
    if (!scenario) throw new MatchmakingRuleError('not-found', 'NOT_FOUND', `场景不存在 Scenario ${scenarioId} not found`);
    return normaliseUnit(scenario.ownerUnit);
  }
}
