import type { SqlExecutor } from '@scq/platform-persistence';
import { canSeeOpportunity, MatchmakingRuleError, requireUnitAuthority, type MatchmakingCaller, type Opportunity } from '@scq/registry-domain';
import type { OpportunityRepository } from './opportunity.repository.port';

/** The time source of the slice's use cases (a test passes a fixed one). */
export type MatchmakingClock = () => Date;
export const systemClock: MatchmakingClock = () => new Date();

/**
 * Locks an opportunity the caller may change: 404 when it does not exist or is a draft the caller may not
 * see (nothing about it is revealed), 403 when the caller does not act for its owner unit.
 */
export async function lockOwnedOpportunity(
  tx: SqlExecutor,
  opportunities: OpportunityRepository,
  caller: MatchmakingCaller,
  id: string,
  action: { zh: string; en: string },
): Promise<Opportunity> {
  const opportunity = await opportunities.findByIdForUpdate(tx, id);
  if (!opportunity || !canSeeOpportunity(caller, opportunity)) throw new MatchmakingRuleError('not-found', 'NOT_FOUND', `场景机会不存在 Opportunity ${id} not found`);
  requireUnitAuthority(caller, opportunity.ownerUnit, action);
  return opportunity;
}
