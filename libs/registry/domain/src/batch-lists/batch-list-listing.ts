import { describeScenarioStage } from '@scq/contracts';
import type { Scenario } from '../scenario-registration';
import { BatchListError, type BatchListFieldError } from './batch-list.errors';

/** 认定通过，待入清单: the one stage from which a scenario joins a batch list. */
export const AWAITING_LISTING = 'recognition.recognized';
/** 入清单: the stage a correction may still take a scenario out of (not once it opened to the market). */
export const LISTED = 'listed';

export interface ListingCandidate {
  /** Where the scenario is named in the request (`scenarioId`, `items.3.scenarioId`). */
  path: string;
  scenario: Pick<Scenario, 'id' | 'stage'>;
}

/**
 * Only recognised scenarios join a list; a correction also keeps the scenarios of the revision it corrects
 * (`carried`: they are listed, or beyond, because of it). 409 `SCENARIO_NOT_RECOGNISED`, naming each stage.
 */
export function listingRefusal(candidates: readonly ListingCandidate[], carried: ReadonlySet<string>): BatchListError | null {
  const fields: BatchListFieldError[] = candidates
    .filter(({ scenario }) => scenario.stage !== AWAITING_LISTING && !carried.has(scenario.id))
    .map(({ path, scenario }) => ({
      path,
      message: `场景 ${scenario.id} 当前阶段为「${describeScenarioStage(scenario.stage)}」，只有认定通过的场景可列入清单 only a recognised scenario can be listed`,
    }));
  if (fields.length === 0) return null;
  return new BatchListError(
    'conflict',
    'SCENARIO_NOT_RECOGNISED',
    `只有认定通过、待入清单的场景可列入批次清单 Only scenarios recognised and awaiting listing can be put on a batch list: ${fields.map((f) => f.message).join('; ')}`,
    fields,
  );
}

/**
 * A correction takes a scenario off the list only while it is merely listed: once it opened to the market (opportunities
 * published, suppliers matched) it leaves through termination, not through a correction. 409 `SCENARIO_ALREADY_OPEN`.
 */
export function removalRefusal(removed: ReadonlyArray<Pick<Scenario, 'id' | 'stage'>>): BatchListError | null {
  const fields: BatchListFieldError[] = removed
    .filter((scenario) => scenario.stage !== LISTED && scenario.stage !== AWAITING_LISTING)
    .map((scenario) => ({
      path: 'items',
      message: `场景 ${scenario.id} 已进入「${describeScenarioStage(scenario.stage)}」，不能通过更正移出清单，请改为终止 the scenario has moved on: terminate it instead of removing it`,
    }));
  if (fields.length === 0) return null;
  return new BatchListError(
    'conflict',
    'SCENARIO_ALREADY_OPEN',
    `更正版本移出的场景已开放，不能移出清单 A correction cannot remove scenarios that have opened: ${fields.map((f) => f.message).join('; ')}`,
    fields,
  );
}

/** A scenario is on one list in force at a time. 409 `SCENARIO_ON_ANOTHER_LIST`. */
export function onAnotherListRefusal(found: ReadonlyArray<{ scenarioId: string; number: string; revision: number }>): BatchListError | null {
  if (found.length === 0) return null;
  const fields = found.map((f) => ({ path: 'items', message: `场景 ${f.scenarioId} 已在批次清单 ${f.number}（第 ${f.revision} 版）中 already on batch list ${f.number} revision ${f.revision}` }));
  return new BatchListError('conflict', 'SCENARIO_ON_ANOTHER_LIST', `场景已在其他现行批次清单中 Scenarios already on another list in force: ${fields.map((f) => f.message).join('; ')}`, fields);
}
