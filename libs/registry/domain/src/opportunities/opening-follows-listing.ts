import { describeScenarioStage } from '@scq/contracts';
import { MatchmakingRuleError } from './matchmaking-rule.error';

/**
 * 开放 follows 入清单: opportunities and demand lists are published only for a scenario that is listed (`listed`) or
 * in operation (`operating.*`: open, matched, piloting…). Not before listing (proposed, cultivating, recognition),
 * nor once it ended unlisted, is suspended, terminated or scaled (its pilot is over).
 */
export function opensToOpportunities(stage: string | null): boolean {
  return stage === 'listed' || stage === 'operating' || (stage?.startsWith('operating.') ?? false);
}

/** 409 `SCENARIO_NOT_LISTED`, naming the scenario's current stage, when it may not be opened to opportunities. */
export function requireListedScenario(scenario: { id: string; stage: string | null }): void {
  if (opensToOpportunities(scenario.stage)) return;
  const stage = describeScenarioStage(scenario.stage);
  throw new MatchmakingRuleError(
    'conflict',
    'SCENARIO_NOT_LISTED',
    `场景 ${scenario.id} 尚未入清单或已不在运营（当前阶段：${stage}），不能发布场景机会或需求清单 Scenario ${scenario.id} is not listed or in operation (current stage: ${stage}); its opportunities and demand lists cannot be published`,
  );
}
